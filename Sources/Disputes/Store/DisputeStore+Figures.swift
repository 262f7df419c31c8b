import Foundation
import Kernel
import SQLKit

extension DisputeStore {
    /// The figures lines by type and by unit, from one pass grouped by both: disputes registered in
    /// the period within `scope`, as they stand at `now`. Read off one index that holds every column
    /// they need (`disputes_0005`), never the rows: a county's year took 7 s reading them twice.
    func figureLines(within scope: Scope, from: Day, to: Day, now: Date, on sql: any SQLDatabase) async throws
        -> (byType: [DisputeFigures.Line], byUnit: [DisputeFigures.Line]) {
        struct Row: Decodable {
            let type_code: String, unit_code: String
            let found: Int, concluded: Int, agreements: Int, overdue: Int, escalated: Int
        }
        let open = DisputeStatus.allCases.filter(\.isOpen).map(\.rawValue)
        let rows = try await sql.select()
            .column("type_code").column("unit_code")
            .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("found")))
            .column(SQLAlias(SQLQueryString("SUM(CASE WHEN status IN ('agreed','performed','failed','referred') THEN 1 ELSE 0 END)"), as: SQLIdentifier("concluded")))
            .column(SQLAlias(SQLQueryString("SUM(CASE WHEN outcome = 'agreement' THEN 1 ELSE 0 END)"), as: SQLIdentifier("agreements")))
            .column(SQLAlias(SQLQueryString("SUM(CASE WHEN status IN (\(binds: open)) AND due_at < \(bind: now.epochSeconds) THEN 1 ELSE 0 END)"),
                             as: SQLIdentifier("overdue")))
            .column(SQLAlias(SQLQueryString("SUM(CASE WHEN escalated_at IS NOT NULL THEN 1 ELSE 0 END)"), as: SQLIdentifier("escalated")))
            .from("disputes")
            .where("unit_code", within: scope)
            .where("created_at", .greaterThanOrEqual, from.startDate.epochSeconds)
            .where("created_at", .lessThan, to.next.startDate.epochSeconds)
            .groupBy("type_code").groupBy("unit_code")
            .all(decoding: Row.self)
        func lines(_ key: (Row) -> String) -> [DisputeFigures.Line] {
            var sums: [String: DisputeFigures.Line] = [:]
            for row in rows {
                let line = DisputeFigures.Line(key: key(row), found: row.found, concluded: row.concluded, agreements: row.agreements,
                                               overdue: row.overdue, escalated: row.escalated)
                sums[line.key] = sums[line.key].map { $0 + line } ?? line
            }
            return sums.values.sorted { $0.key < $1.key }
        }
        return (lines(\.type_code), lines(\.unit_code))
    }
}
