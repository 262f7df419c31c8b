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

    /// The figures below, counted again only when a dispute was written (in any server process) or a deadline has
    /// passed since `cache` kept them: a county's figures read tens of thousands of kept counts and overdue disputes
    /// (35 ms at a million disputes).
    static func measure(within scope: Scope, from: Day, to: Day, now: Date, cache: VersionedCache<DisputeFigures>,
                        on sql: any SQLDatabase) async throws -> DisputeFigures {
        try await cache.value("\(scope.rootCode) \(from) \(to)", watching: DisputeStore.changes, at: now, on: sql) {
            try await measure(within: scope, from: from, to: to, now: now, on: sql)
        } until: {
            try await DisputeStore.nextDeadline(after: now, on: sql)
        }
    }

    /// Disputes registered from `from` to `to` (both included) within `scope`, as they stand at `now`:
    /// by type, and by unit of the level below the scope's (a county's streets, a street's
    /// communities, a community's grids); disputes registered at the scope's own unit are its own line.
    static func measure(within scope: Scope, from: Day, to: Day, now: Date, on sql: any SQLDatabase) async throws -> DisputeFigures {
        let root = scope.rootCode
        let kept = try await DisputeFigureCounts.lines(under: root, from: from, to: to, on: sql)
        let overdue = try await DisputeFigureCounts.overdue(under: root, from: from, to: to, now: now, on: sql)
        func line(_ key: String, _ row: DisputeFigureCounts.Line?, overdue: Int) -> Line {
            Line(key: key, found: row?.found ?? 0, concluded: row?.concluded ?? 0, agreements: row?.agreements ?? 0, overdue: overdue,
                 escalated: row?.escalated ?? 0)
        }
        // Overdue by unit is grouped by the same units below, the root's own disputes under the root's code.
        return DisputeFigures(from: from, to: to, total: line("all", kept.total, overdue: overdue.byType.values.reduce(0, +)),
                              byType: kept.byType.map { line($0.key, $0, overdue: overdue.byType[$0.key] ?? 0) }.sorted { $0.key < $1.key },
                              byUnit: kept.byUnit.map { line($0.key, $0, overdue: overdue.byUnit[$0.key] ?? 0) }.sorted { $0.key < $1.key })
    }
}

extension DisputeService {
    public func figures(by actor: StaffContext, from: Day?, to: Day?) async throws -> DisputeFigures {
        let now = clock.now(), today = Day(date: now)
        let to = to ?? today, from = from ?? Day(year: today.year, month: 1, day: 1)
        guard from <= to else { throw AppError.invalid("dispute_error_period") }
        let scope = actor.scope, cache = figureCache
        return try await database.read { try await DisputeFigures.measure(within: scope, from: from, to: to, now: now, cache: cache, on: $0) }
    }
}
