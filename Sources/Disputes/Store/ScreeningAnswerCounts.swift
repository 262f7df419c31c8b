import Kernel
import SQLKit

/// How many grids answered each screening round, with findings (`reported`) and with "none", kept as counts (`KeptCounts`)
/// under every unit above the grid as reports are made: a county round's figures are one row, where counting them read its
/// 5,000 reports (3 ms of PostgreSQL) each time the round was looked at. A grid's own answer is its report, so nothing is
/// kept under a grid (a row a report would copy the reports' table: 330,000 rows of 377,000 here). A report is never
/// changed or removed.
enum ScreeningAnswerCounts {
    static let table = "screening_answer_counts"
    static let kept = KeptCounts(table: table, keys: ["round_id"], counts: ["reported", "none"], shorterThan: 15)

    /// Counts `r`, just recorded, in the caller's transaction.
    static func add(_ r: ScreeningReport, on sql: any SQLDatabase) async throws {
        try await kept.add(r.nothingFound ? [0, 1] : [1, 0], unit: r.gridCode, keyValues: [[r.roundId]], on: sql)
    }

    /// How many grids under `root` answered the round, each way; nil when `root` is a grid or of no unit level's length
    /// (counted then from the reports).
    static func counts(roundId: String, under root: String, on sql: any SQLDatabase) async throws -> (reported: Int, none: Int)? {
        try await kept.counts(under: root, keyValues: [roundId], on: sql).map { ($0[0], $0[1]) }
    }

    /// Counts every report again: the migration that made the table, and a bench that loaded reports straight into theirs.
    static func recount(on sql: any SQLDatabase) async throws {
        let none = SQLFunction("SUM", args: SQLColumn("nothing_found"))
        let reported = SQLBinaryExpression(SQLFunction("COUNT", args: SQLLiteral.all), .subtract, none)
        try await kept.recount(from: "screening_reports", unitColumn: "grid_code",
                               keyings: [.init(values: [SQLColumn("round_id")], grouped: [SQLColumn("round_id")])], sums: [reported, none], on: sql)
    }
}

extension Screening {
    /// Counts every report into the kept answer counts again: a bench that loaded reports straight into their table.
    public static func recountAnswers(in database: Database) async throws {
        try await database.transaction { try await ScreeningAnswerCounts.recount(on: $0) }
    }
}
