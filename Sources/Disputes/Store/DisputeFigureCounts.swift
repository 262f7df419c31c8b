import Foundation
import Kernel
import SQLKit

/// The outcome figures kept as counts (`KeptCounts`) while disputes are registered and mediated: by day of
/// registration, by type (and all types, `type_code` ''), under the dispute's unit and every level
/// above it (county, street, community; province and city too). A county's year is then summed from
/// its streets' days (74,000 small index entries for 101 streets) instead of read from every dispute
/// registered in it (5.3 s at a million disputes).
/// Only "overdue" is counted from the disputes themselves: it changes with the clock, not with a step.
enum DisputeFigureCounts {
    static let table = "dispute_figure_counts"
    static let kept = KeptCounts(table: table, keys: ["type_code", "day"], counts: ["found", "concluded", "agreements", "escalated"])
    static let concluded: [DisputeStatus] = [.agreed, .performed, .failed, .referred]

    struct Tally: Equatable, Sendable {
        var found = 0, concluded = 0, agreements = 0, escalated = 0

        static func - (lhs: Tally, rhs: Tally) -> Tally {
            Tally(found: lhs.found - rhs.found, concluded: lhs.concluded - rhs.concluded, agreements: lhs.agreements - rhs.agreements,
                  escalated: lhs.escalated - rhs.escalated)
        }
    }

    /// What one dispute adds to its counts as it stands.
    static func tally(_ d: Dispute) -> Tally {
        Tally(found: 1, concluded: concluded.contains(d.status) ? 1 : 0, agreements: d.outcome == .agreement ? 1 : 0,
              escalated: d.escalatedAt == nil ? 0 : 1)
    }

    /// Adds `delta` to the counts of a dispute of `unit` and `type` registered on `day` (its type's and all types'), in the caller's transaction.
    static func add(_ delta: Tally, unit: String, type: String, day: Int, on sql: any SQLDatabase) async throws {
        try await kept.add([delta.found, delta.concluded, delta.agreements, delta.escalated], unit: unit,
                                keyValues: [["", day], [type, day]], on: sql)
    }

    /// Counts every dispute again from scratch: the migration that made the table, and a bench that
    /// loaded disputes straight into theirs.
    static func recount(on sql: any SQLDatabase) async throws {
        // SQLKit writes a nested expression without brackets: the sum is grouped by hand.
        let day = SQLBinaryExpression(SQLGroupExpression(SQLBinaryExpression(SQLColumn("created_at"), .add, SQLLiteral.numeric(String(Day.offset)))),
                                      .divide, SQLLiteral.numeric("86400"))
        // Fixed text, no values: the statuses and outcome are the code's own names.
        let statuses = concluded.map { "'\($0.rawValue)'" }.joined(separator: ",")
        let sums: [any SQLExpression] = [
            SQLFunction("COUNT", args: SQLLiteral.all),
            SQLRaw("SUM(CASE WHEN status IN (\(statuses)) THEN 1 ELSE 0 END)"),
            SQLRaw("SUM(CASE WHEN outcome = '\(MediationOutcome.agreement.rawValue)' THEN 1 ELSE 0 END)"),
            SQLRaw("SUM(CASE WHEN escalated_at IS NOT NULL THEN 1 ELSE 0 END)"),
        ]
        try await kept.recount(from: "disputes", keyings: [.init(values: [SQLLiteral.string(""), day], grouped: [day]),
                                                          .init(values: [SQLColumn("type_code"), day], grouped: [SQLColumn("type_code"), day])],
                               sums: sums, on: sql)
    }

    struct Line: Sendable { let key: String, found: Int, concluded: Int, agreements: Int, escalated: Int }

    /// The period's counts for `root`: all types, each type, and each unit of the level below (with
    /// the root's own line for disputes registered at its unit).
    static func lines(under root: String, from: Day, to: Day, on sql: any SQLDatabase) async throws -> (total: Line?, byType: [Line], byUnit: [Line]) {
        func read(_ key: String, _ narrowed: @escaping (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [KeptCounts.Sums] {
            try await kept.sums(by: key, on: sql) {
                narrowed($0.where("day", .greaterThanOrEqual, from.dayNumber).where("day", .lessThanOrEqual, to.dayNumber))
            }
        }
        func line(_ sums: KeptCounts.Sums) -> Line {
            Line(key: sums.key, found: sums.values[0], concluded: sums.values[1], agreements: sums.values[2], escalated: sums.values[3])
        }
        let total = try await read("type_code") { $0.where("unit_code", .equal, root).where("type_code", .equal, "") }.first
        let byType = try await read("type_code") { $0.where("unit_code", .equal, root).where("type_code", .notEqual, "") }
        let below = try await read("unit_code") { KeptCounts.below(root)($0.where("type_code", .equal, "")) }
        let byUnit = KeptCounts.withOwn(below, root: root, total: total?.values ?? Array(repeating: 0, count: kept.counts.count))
        return (total.map(line), byType.map(line), byUnit.map(line))
    }

    /// Disputes registered in the period under `root` still open past their deadline at `now`, by
    /// type and by unit of the level below: read from the disputes, off their clock's index.
    static func overdue(under root: String, from: Day, to: Day, now: Date, on sql: any SQLDatabase) async throws -> (byType: [String: Int], byUnit: [String: Int]) {
        struct Row: Decodable { let type_code: String, unit: String, n: Int }
        let unit = UnitLevels.child("unit_code", of: root)
        // `created_at + 0`: SQLite would take the registration index's range (a county's year) over the clock's.
        let created = SQLBinaryExpression(SQLColumn("created_at"), .add, SQLLiteral.numeric("0"))
        // Grouped by the type as no index reads it: SQLite walked the type's index whole to spare itself the sort.
        let type = listColumn("type_code", indexed: false)
        let rows = try await sql.select().column(type, as: "type_code").column(unit, as: "unit").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("disputes")
            .where("open_due", .lessThan, now.epochSeconds)
            .where("unit_code", withinWalking: Scope(rootCode: root))
            .where(created, .greaterThanOrEqual, SQLBind(from.startDate.epochSeconds))
            .where(created, .lessThan, SQLBind(to.next.startDate.epochSeconds))
            .groupBy(type).groupBy(unit)
            .all(decoding: Row.self)
        var byType: [String: Int] = [:], byUnit: [String: Int] = [:]
        for row in rows {
            byType[row.type_code, default: 0] += row.n
            byUnit[row.unit, default: 0] += row.n
        }
        return (byType, byUnit)
    }
}
