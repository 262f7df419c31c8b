import Foundation
import Kernel

/// The published response rate: petitions replied to within their handling limit, over the
/// petitions whose limit has passed or that have been replied to. Online petitions are shown
/// on their own (SPEC.md: a county answered 26.29% of them).
public struct ResponseRate: Sendable, Encodable {
    public struct Figure: Sendable, Encodable, Equatable {
        public let key: String
        public let due: Int
        public let onTime: Int
        /// nil when nothing was due yet.
        public var rate: Double? { due == 0 ? nil : Double(onTime) / Double(due) }

        public func percent() -> String { rate.map { String(format: "%.2f%%", $0 * 100) } ?? "—" }

        enum CodingKeys: String, CodingKey { case key, due, onTime, rate }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(key, forKey: .key)
            try c.encode(due, forKey: .due)
            try c.encode(onTime, forKey: .onTime)
            try c.encode(rate, forKey: .rate)
        }
    }

    public let overall: Figure
    public let byChannel: [Figure]
    public let byUnit: [Figure]

    /// Figures from the store's rows: petitions due a reply by channel and unit, and those answered on time.
    static func measure(_ rows: [PetitionStore.ReplyRow]) -> ResponseRate {
        func grouped(_ key: (PetitionStore.ReplyRow) -> String) -> [Figure] {
            Dictionary(grouping: rows, by: key).map { k, rows in
                Figure(key: k, due: rows.reduce(0) { $0 + $1.due }, onTime: rows.reduce(0) { $0 + $1.on_time })
            }.sorted { $0.key < $1.key }
        }
        let overall = Figure(key: "all", due: rows.reduce(0) { $0 + $1.due }, onTime: rows.reduce(0) { $0 + $1.on_time })
        // Every channel is listed, a channel with nothing due too: an empty row is information.
        let channels = grouped(\.channel)
        let byChannel = PetitionChannel.allCases.map { c in channels.first { $0.key == c.rawValue } ?? Figure(key: c.rawValue, due: 0, onTime: 0) }
        return ResponseRate(overall: overall, byChannel: byChannel, byUnit: grouped(\.unit_code))
    }
}

extension PetitionService {
    /// The caller's jurisdiction's figures.
    public func responseRate(by actor: StaffContext) async throws -> ResponseRate {
        try await responseRate(within: actor.scope)
    }

    /// Every petition in the installation: what the portal publishes, to anyone, so computed at most
    /// every five minutes (a million petitions are read for it).
    public func publishedResponseRate() async throws -> ResponseRate {
        let service = self
        return try await published.value(at: clock.now()) { try await service.responseRate(within: Scope(rootCode: "")) }
    }

    func responseRate(within scope: Scope) async throws -> ResponseRate {
        let now = clock.now()
        let store = self.store
        return ResponseRate.measure(try await database.read { try await store.replyRows(within: scope, at: now, on: $0) })
    }
}
