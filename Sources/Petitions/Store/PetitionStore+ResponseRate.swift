import Foundation
import Kernel
import SQLKit

/// The response rate's replies kept as counts (`KeptCounts`) as petitions are answered: by channel,
/// under the petition's unit and every level above it. A county's rate is read from a few rows per
/// unit below it instead of every petition it ever received (3.2 s at a million). Only the
/// petitions still unanswered past their limit are counted from the petitions themselves: they
/// change with the clock, not with a step, and are few.
struct PetitionReplyCounts: Sendable {
    static let table = "petition_reply_counts"
    static let kept = KeptCounts(table: table, keys: ["channel"], counts: ["replied", "on_time"])

    struct Tally: Equatable, Sendable {
        var replied = 0, onTime = 0
        static func - (lhs: Tally, rhs: Tally) -> Tally { Tally(replied: lhs.replied - rhs.replied, onTime: lhs.onTime - rhs.onTime) }
    }

    /// What one petition adds: answered with a limit, and no later than the (extended) limit.
    static func tally(_ p: Petition) -> Tally {
        guard let replied = p.repliedAt?.epochSeconds, let due = p.replyDueAt?.epochSeconds else { return Tally() }
        return Tally(replied: 1, onTime: replied <= due ? 1 : 0)
    }

    static func add(_ delta: Tally, of p: Petition, on sql: any SQLDatabase) async throws {
        try await kept.add([delta.replied, delta.onTime], unit: p.unitCode, keyValues: [[p.channel.rawValue]], on: sql)
    }

    /// Counts every petition again from scratch: the migration that made the table, and a bench that loaded petitions straight into theirs.
    static func recount(on sql: any SQLDatabase) async throws {
        // Fixed text, no values.
        let sums: [any SQLExpression] = [
            SQLRaw("SUM(CASE WHEN replied_at IS NOT NULL AND reply_due_at IS NOT NULL THEN 1 ELSE 0 END)"),
            SQLRaw("SUM(CASE WHEN replied_at IS NOT NULL AND replied_at <= reply_due_at THEN 1 ELSE 0 END)"),
        ]
        try await kept.recount(from: "petitions", keyings: [.init(values: [SQLColumn("channel")], grouped: [SQLColumn("channel")])], sums: sums, on: sql)
    }

    /// Due (answered, or unanswered past the limit) and answered on time, by channel and by unit of the level below `root`.
    static func figures(under root: String, at now: Date, on sql: any SQLDatabase)
        async throws -> (byChannel: [String: ResponseRate.Counts], byUnit: [String: ResponseRate.Counts]) {
        var byChannel: [String: ResponseRate.Counts] = [:], byUnit: [String: ResponseRate.Counts] = [:]
        for row in try await kept.sums(by: "channel", on: sql, { $0.where("unit_code", .equal, root) }) {
            byChannel[row.key, default: .init()].add(due: row.values[0], onTime: row.values[1])
        }
        let all = byChannel.values.reduce(into: ResponseRate.Counts()) { $0.add(due: $1.due, onTime: $1.onTime) }
        let below = try await kept.sums(by: "unit_code", on: sql, KeptCounts.below(root))
        for row in KeptCounts.withOwn(below, root: root, total: [all.due, all.onTime]) {
            byUnit[row.key, default: .init()].add(due: row.values[0], onTime: row.values[1])
        }
        struct Late: Decodable { let channel: String, unit: String, n: Int }
        let unit = UnitLevels.child("unit_code", of: root)
        let late = try await sql.select().column("channel").column(unit, as: "unit").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("petitions")
            .where("replied_at", .is, SQLLiteral.null).where("reply_due_at", .lessThan, now.epochSeconds)
            .where("unit_code", withinWalking: Scope(rootCode: root))
            .groupBy("channel").groupBy(unit)
            .all(decoding: Late.self)
        for row in late {
            byChannel[row.channel, default: .init()].add(due: row.n, onTime: 0)
            byUnit[row.unit, default: .init()].add(due: row.n, onTime: 0)
        }
        return (byChannel, byUnit)
    }
}
