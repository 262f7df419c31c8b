import Foundation
import Kernel
import SQLKit

/// A quarter's hazard figures kept as counts (`KeptCounts`) while hazards are reported and closed: by day found, kind and
/// level, under the hazard's grid and every level above it. A county's quarter is then summed from its own rows (about
/// 1,300) instead of read from every hazard found in it (46,000 in a quarter at 500,000 hazards: 160–180 ms at p95 over
/// HTTP). Only "overdue" is counted from the hazards themselves: it changes with the clock, not with a step.
enum HazardFigureCounts {
    static let table = "hazard_figure_counts"
    static let kept = KeptCounts(table: table, keys: ["kind", "level", "day"], counts: ["found", "closed"])

    /// What one hazard adds to its counts as it stands.
    static func tally(_ h: Hazard) -> [Int] { [1, h.closedAt == nil ? 0 : 1] }

    /// Adds what `h` counts less what `before` counted (nothing for a new one), in the caller's transaction. A hazard's grid,
    /// kind, level and day found never change after it is reported.
    static func count(_ h: Hazard, replacing before: Hazard? = nil, on sql: any SQLDatabase) async throws {
        let delta = zip(tally(h), before.map(tally) ?? [0, 0]).map { $0 - $1 }
        try await kept.add(delta, unit: h.gridCode, keyValues: [[h.kind.rawValue, h.level.rawValue, Day(date: h.createdAt).dayNumber]], on: sql)
    }

    /// The table: a unit's days in order, so a quarter of one unit is one range; on SQLite without a rowid, the key the
    /// table (half the size: it holds a row for nearly every hazard under its grid, and one for each level above). A
    /// statement of this file, no input in it.
    static func create(_ kind: DatabaseKind, on sql: any SQLDatabase) async throws {
        try await sql.raw(SQLQueryString("""
            CREATE TABLE \(unsafeRaw: table) (unit_code TEXT NOT NULL, depth INTEGER NOT NULL, kind TEXT NOT NULL, level TEXT NOT NULL, \
            day INTEGER NOT NULL, found INTEGER NOT NULL, closed INTEGER NOT NULL, PRIMARY KEY (unit_code, day, kind, level))\(unsafeRaw: kind == .sqlite ? " WITHOUT ROWID" : "")
            """)).run()
    }

    /// Counts every hazard again from scratch: the migration that made the table, and a bench that loaded hazards straight into theirs.
    static func recount(on sql: any SQLDatabase) async throws {
        // SQLKit writes a nested expression without brackets: the sum is grouped by hand.
        let day = SQLBinaryExpression(SQLGroupExpression(SQLBinaryExpression(SQLColumn("created_at"), .add, SQLLiteral.numeric(String(Day.offset)))),
                                      .divide, SQLLiteral.numeric("86400"))
        try await kept.recount(from: "hazards", unitColumn: "grid_code",
                               keyings: [.init(values: [SQLColumn("kind"), SQLColumn("level"), day], grouped: [SQLColumn("kind"), SQLColumn("level"), day])],
                               sums: [SQLFunction("COUNT", args: SQLLiteral.all), SQLFunction("COUNT", args: SQLColumn("closed_at"))], on: sql)
    }

    struct Line: Decodable { let kind: String, level: String, found: Int, closed: Int }

    /// Found and closed by kind and level, of the hazards under `root` found from `from` to `to` (both days counted).
    static func lines(under root: String, from: Day, to: Day, on sql: any SQLDatabase) async throws -> [Line] {
        try await sql.select().column("kind").column("level")
            .column(SQLFunction("SUM", args: SQLColumn("found")), as: "found").column(SQLFunction("SUM", args: SQLColumn("closed")), as: "closed")
            .from(table).where("unit_code", .equal, root).where("day", .greaterThanOrEqual, from.dayNumber).where("day", .lessThanOrEqual, to.dayNumber)
            .groupBy("kind").groupBy("level").all(decoding: Line.self)
    }
}
