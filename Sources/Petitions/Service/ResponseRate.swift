import Foundation
import SQLKit
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

    /// Due and answered on time, as counted.
    public struct Counts: Sendable, Equatable {
        public var due = 0, onTime = 0
        mutating func add(due: Int, onTime: Int) { (self.due, self.onTime) = (self.due + due, self.onTime + onTime) }
    }

    /// The figures of the counts by channel and by unit.
    static func measure(byChannel: [String: Counts], byUnit: [String: Counts]) -> ResponseRate {
        func figure(_ key: String, _ c: Counts?) -> Figure { Figure(key: key, due: c?.due ?? 0, onTime: c?.onTime ?? 0) }
        let all = byChannel.values.reduce(into: Counts()) { $0.add(due: $1.due, onTime: $1.onTime) }
        // Every channel is listed, a channel with nothing due too: an empty row is information.
        return ResponseRate(overall: figure("all", all), byChannel: PetitionChannel.allCases.map { figure($0.rawValue, byChannel[$0.rawValue]) },
                            byUnit: byUnit.keys.sorted().map { figure($0, byUnit[$0]) })
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
        let now = clock.now(), cache = rateCache
        return try await database.read { try await ResponseRate.measure(within: scope, at: now, cache: cache, on: $0) }
    }
}

extension ResponseRate {
    /// `scope`'s rate at `now`, counted again only when a petition was written (in any server process) or a reply limit
    /// has passed since `cache` kept it (a county's took p50 37–43 ms at 8 connections on PostgreSQL at a million petitions).
    static func measure(within scope: Scope, at now: Date, cache: VersionedCache<ResponseRate>, on sql: any SQLDatabase) async throws -> ResponseRate {
        try await cache.value(scope.rootCode, watching: PetitionStore.changes, at: now, on: sql) {
            let (byChannel, byUnit) = try await PetitionReplyCounts.figures(under: scope.rootCode, at: now, on: sql)
            return measure(byChannel: byChannel, byUnit: byUnit)
        } until: {
            try await PetitionStore.nextReplyDeadline(after: now, on: sql)
        }
    }
}
