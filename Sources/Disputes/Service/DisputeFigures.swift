import Foundation
import Kernel
import SQLKit

/// Outcome figures by type and by unit for a period: found, mediated to an end, success rate,
/// overdue and escalated.
public struct DisputeFigures: Sendable, Encodable {
    public struct Line: Sendable, Encodable, Equatable {
        public let key: String, found: Int, concluded: Int, agreements: Int, overdue: Int, escalated: Int
        /// Agreements over disputes mediated to an end (agreement, none, referral); nil before any.
        public var successRate: Double? { concluded == 0 ? nil : Double(agreements) / Double(concluded) }

        /// The two lines' counts added, under the left one's key.
        static func + (lhs: Line, rhs: Line) -> Line {
            Line(key: lhs.key, found: lhs.found + rhs.found, concluded: lhs.concluded + rhs.concluded, agreements: lhs.agreements + rhs.agreements,
                 overdue: lhs.overdue + rhs.overdue, escalated: lhs.escalated + rhs.escalated)
        }

        enum CodingKeys: String, CodingKey { case key, found, concluded, agreements, overdue, escalated, successRate }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(key, forKey: .key)
            try c.encode(found, forKey: .found)
            try c.encode(concluded, forKey: .concluded)
            try c.encode(agreements, forKey: .agreements)
            try c.encode(overdue, forKey: .overdue)
            try c.encode(escalated, forKey: .escalated)
            try c.encode(successRate, forKey: .successRate)
        }
    }

    public let from: Day, to: Day
    public let total: Line
    public let byType: [Line]
    public let byUnit: [Line]

    /// Disputes registered from `from` to `to` (both included) within `scope`, as they stand at `now`.
    static func measure(within scope: Scope, from: Day, to: Day, now: Date, store: DisputeStore, on sql: any SQLDatabase) async throws -> DisputeFigures {
        let (byType, byUnit) = try await store.figureLines(within: scope, from: from, to: to, now: now, on: sql)
        let total = byType.reduce(Line(key: "all", found: 0, concluded: 0, agreements: 0, overdue: 0, escalated: 0)) { $0 + $1 }
        return DisputeFigures(from: from, to: to, total: total, byType: byType, byUnit: byUnit)
    }
}

extension DisputeService {
    public func figures(by actor: StaffContext, from: Day?, to: Day?) async throws -> DisputeFigures {
        let now = clock.now(), today = Day(date: now)
        let to = to ?? today, from = from ?? Day(year: today.year, month: 1, day: 1)
        guard from <= to else { throw AppError.invalid("dispute_error_period") }
        let scope = actor.scope
        let store = self.store
        return try await database.read { try await DisputeFigures.measure(within: scope, from: from, to: to, now: now, store: store, on: $0) }
    }
}
