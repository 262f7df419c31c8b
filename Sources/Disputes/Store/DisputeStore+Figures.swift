import Foundation
import Kernel
import SQLKit

extension DisputeStore {
    /// One figures line per value of `column` (type or unit): disputes registered in the period
    /// within `scope`, as they stand at `now`.
    func figureLines(by column: String, within scope: Scope, from: Day, to: Day, now: Date, on sql: any SQLDatabase) async throws
        -> [DisputeFigures.Line] {
        struct Row: Decodable { let key: String; let found: Int; let concluded: Int; let agreements: Int; let overdue: Int; let escalated: Int }
        let open = DisputeStatus.allCases.filter(\.isOpen).map(\.rawValue)
        return try await sql.select()
            .column(SQLAlias(SQLColumn(column), as: SQLIdentifier("key")))
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
            .groupBy(column).orderBy(column)
            .all(decoding: Row.self)
            .map { DisputeFigures.Line(key: $0.key, found: $0.found, concluded: $0.concluded, agreements: $0.agreements, overdue: $0.overdue, escalated: $0.escalated) }
    }
}
