import Foundation
import Kernel
import SQLKit

extension PetitionStore {
    struct ReplyRow: Decodable { let channel: String; let unit_code: String; let due: Int; let on_time: Int }

    /// Petitions of `scope` whose reply was due by `now` or has been given, by channel and unit,
    /// with how many were answered no later than their (extended) limit.
    func replyRows(within scope: Scope, at now: Date, on sql: any SQLDatabase) async throws -> [ReplyRow] {
        try await sql.select()
            .column(SQLColumn("channel")).column(SQLColumn("unit_code"))
            .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("due")))
            // Fixed text, no values: replied, and no later than the (extended) limit.
            .column(SQLAlias(SQLRaw("SUM(CASE WHEN replied_at IS NOT NULL AND replied_at <= reply_due_at THEN 1 ELSE 0 END)"),
                             as: SQLIdentifier("on_time")))
            .from("petitions")
            .where("unit_code", within: scope)
            .where("reply_due_at", .isNot, SQLLiteral.null)
            .where { $0.where("reply_due_at", .lessThan, now.epochSeconds).orWhere("replied_at", .isNot, SQLLiteral.null) }
            .groupBy("channel").groupBy("unit_code")
            .all(decoding: ReplyRow.self)
    }
}
