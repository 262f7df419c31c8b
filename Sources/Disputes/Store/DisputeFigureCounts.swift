import Foundation
import Kernel
import SQLKit

/// The outcome figures kept as counts while disputes are registered and mediated: by day of
/// registration, by type (and all types, `type_code` ''), under the dispute's unit and every level
/// above it (county, street, community; province and city too). A county's year is then read from a
/// few thousand rows instead of every dispute registered in it (5.3 s at a million disputes).
/// Only "overdue" is counted from the disputes themselves: it changes with the clock, not with a step.
struct DisputeFigureCounts: Sendable {
    static let table = "dispute_figure_counts"
    /// The lengths of unit codes: the installation, province, city, county, street, community, grid.
    static let levels = [0, 2, 4, 6, 9, 12, 15]
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

    /// The units a dispute of `unit` is counted under: each level's code above it, and its own.
    static func units(over unit: String) -> [String] {
        var units = levels.filter { $0 <= unit.count }.map { String(unit.prefix($0)) }
        if !levels.contains(unit.count) { units.append(unit) }
        return units
    }

    /// The level below `root` whose units the figures list one by one (a county's streets).
    static func childLength(of root: String) -> Int { levels.first { $0 > root.count } ?? root.count }

    /// Adds `delta` to the counts of a dispute of `unit` and `type` registered on `day`, in the caller's transaction.
    func add(_ delta: Tally, unit: String, type: String, day: Int, on sql: any SQLDatabase) async throws {
        guard delta != Tally() else { return }
        var insert = sql.insert(into: Self.table).columns("unit_code", "depth", "type_code", "day", "found", "concluded", "agreements", "escalated")
        // In key order, so two writers on PostgreSQL take the rows' locks in the same order.
        for u in Self.units(over: unit) {
            for t in ["", type] {
                insert = insert.values(SQLBind(u), SQLBind(u.count), SQLBind(t), SQLBind(day), SQLBind(delta.found), SQLBind(delta.concluded),
                                       SQLBind(delta.agreements), SQLBind(delta.escalated))
            }
        }
        try await insert.onConflict(with: ["unit_code", "type_code", "day"]) { update in
            var update = update
            for column in ["found", "concluded", "agreements", "escalated"] {
                update = update.set(column, to: SQLBinaryExpression(SQLColumn(column, table: Self.table), .add, SQLColumn(column, table: "excluded")))
            }
            return update
        }.run()
    }

    /// Counts every dispute again from scratch: the migration that made the table, and a bench that
    /// loaded disputes straight into theirs.
    static func recount(on sql: any SQLDatabase) async throws {
        try await sql.delete(from: table).run()
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
        // Each level's prefix, then the codes of no level (counted under themselves).
        var groupings: [(unit: any SQLExpression, depth: any SQLExpression, only: (SQLSelectBuilder) -> SQLSelectBuilder)] = levels.map { length in
            (SQLFunction("substr", args: SQLColumn("unit_code"), SQLLiteral.numeric("1"), SQLLiteral.numeric(String(length))),
             SQLLiteral.numeric(String(length)),
             { $0.where(SQLFunction("length", args: SQLColumn("unit_code")), .greaterThanOrEqual, SQLLiteral.numeric(String(length))) })
        }
        groupings.append((SQLColumn("unit_code"), SQLFunction("length", args: SQLColumn("unit_code")),
                          { $0.where(SQLFunction("length", args: SQLColumn("unit_code")), .notIn, SQLBind.group(levels)) }))
        for grouping in groupings {
            for byType in [false, true] {
                let type: any SQLExpression = byType ? SQLColumn("type_code") : SQLLiteral.string("")
                var select = grouping.only(sql.select().column(grouping.unit).column(grouping.depth).column(type).column(day).columns(sums).from("disputes"))
                select = select.groupBy(grouping.unit).groupBy(day)
                if byType { select = select.groupBy("type_code") }
                let insert = sql.insert(into: table).columns("unit_code", "depth", "type_code", "day", "found", "concluded", "agreements", "escalated")
                insert.insert.valueQuery = select.select
                try await insert.run()
            }
        }
    }

    struct Line: Decodable { let key: String, found: Int, concluded: Int, agreements: Int, escalated: Int }

    /// The period's counts for `root`: all types, each type, and each unit of the level below.
    func lines(under root: String, from: Day, to: Day, on sql: any SQLDatabase) async throws -> (total: [Line], byType: [Line], byUnit: [Line]) {
        func read(_ key: String, _ narrowed: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [Line] {
            var select = sql.select().column(SQLColumn(key), as: "key")
            for column in ["found", "concluded", "agreements", "escalated"] {
                select = select.column(SQLFunction("SUM", args: SQLColumn(column)), as: column)
            }
            return try await narrowed(select.from(Self.table).where("day", .greaterThanOrEqual, from.dayNumber).where("day", .lessThanOrEqual, to.dayNumber))
                .groupBy(key).all(decoding: Line.self)
        }
        let total = try await read("type_code") { $0.where("unit_code", .equal, root).where("type_code", .equal, "") }
        let byType = try await read("type_code") { $0.where("unit_code", .equal, root).where("type_code", .notEqual, "") }
        let byUnit = try await read("unit_code") {
            $0.where("depth", .equal, Self.childLength(of: root)).where("type_code", .equal, "")
                .where("unit_code", .greaterThanOrEqual, root).where("unit_code", .lessThan, Scope(rootCode: root).upperBound)
        }
        return (total, byType, byUnit)
    }

    /// Disputes registered in the period under `root` still open past their deadline at `now`, by
    /// type and by unit of the level below: read from the disputes, off their clock's index.
    func overdue(under root: String, from: Day, to: Day, now: Date, on sql: any SQLDatabase) async throws -> (byType: [String: Int], byUnit: [String: Int]) {
        struct Row: Decodable { let type_code: String, unit: String, n: Int }
        let unit = SQLFunction("substr", args: SQLColumn("unit_code"), SQLLiteral.numeric("1"), SQLLiteral.numeric(String(Self.childLength(of: root))))
        // `created_at + 0`: SQLite would take the registration index's range (a county's year) over the clock's.
        let created = SQLBinaryExpression(SQLColumn("created_at"), .add, SQLLiteral.numeric("0"))
        let rows = try await sql.select().column("type_code").column(unit, as: "unit").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("disputes")
            .where("open_due", .lessThan, now.epochSeconds)
            .where("unit_code", withinWalking: Scope(rootCode: root))
            .where(created, .greaterThanOrEqual, SQLBind(from.startDate.epochSeconds))
            .where(created, .lessThan, SQLBind(to.next.startDate.epochSeconds))
            .groupBy("type_code").groupBy(unit)
            .all(decoding: Row.self)
        var byType: [String: Int] = [:], byUnit: [String: Int] = [:]
        for row in rows {
            byType[row.type_code, default: 0] += row.n
            byUnit[row.unit, default: 0] += row.n
        }
        return (byType, byUnit)
    }
}
