import Foundation
import Kernel
import SQLKit

/// SQL for ballots and the votes of their households.
public struct BallotStore: Sendable {
    public init() {}

    static let columns = ["id", "unit_code", "title", "options", "opens_at", "closes_at", "rule", "households_eligible", "codes_issued_at", "created_by", "created_at"]

    struct Row: Decodable {
        let id: String, unit_code: String, title: String, options: String, opens_at: Int64, closes_at: Int64, rule: String
        let households_eligible: Int?, codes_issued_at: Int64?, created_by: String?, created_at: Int64
        var ballot: Ballot {
            Ballot(id: id, unitCode: unit_code, title: title, options: (try? JSONDecoder().decode([String].self, from: Data(options.utf8))) ?? [],
                   opensAt: Date(epochSeconds: opens_at), closesAt: Date(epochSeconds: closes_at), rule: BallotRule(rawValue: rule) ?? .residentsMeeting,
                   householdsEligible: households_eligible, codesIssuedAt: codes_issued_at.map(Date.init(epochSeconds:)), createdBy: created_by,
                   createdAt: Date(epochSeconds: created_at))
        }
    }

    func insert(_ b: Ballot, on sql: any SQLDatabase) async throws {
        let options = String(decoding: try JSONEncoder().encode(b.options), as: UTF8.self)
        try await sql.insert(into: "ballots").columns(Self.columns)
            .values(SQLBind(b.id), SQLBind(b.unitCode), SQLBind(b.title), SQLBind(options), SQLBind(b.opensAt.epochSeconds), SQLBind(b.closesAt.epochSeconds),
                    SQLBind(b.rule.rawValue), SQLBind(b.householdsEligible), SQLBind(b.codesIssuedAt?.epochSeconds), SQLBind(b.createdBy),
                    SQLBind(b.createdAt.epochSeconds)).run()
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> Ballot? {
        try await sql.select().columns(Self.columns).from("ballots").where("id", .equal, id).first(decoding: Row.self)?.ballot
    }

    /// Ballots of units in `scope` (nil: every unit), newest first; only those open by `openedBy` when given (the portal's).
    func list(within scope: Scope?, openedBy: Date? = nil, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Ballot], total: Int) {
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
            var b = b.from("ballots")
            if let openedBy { b = b.where("opens_at", .lessThanOrEqual, openedBy.epochSeconds) }
            return scope.map { b.where("unit_code", within: $0) } ?? b
        }
        let items = try await filtered(sql.select().columns(Self.columns)).orderBy("closes_at", .descending).orderBy("id").limit(limit).offset(offset)
            .all(decoding: Row.self).map(\.ballot)
        return (items, try await sql.count(filtered))
    }

    /// Freezes the eligible households with their codes' hashes, once; false when already issued.
    func issue(_ codes: [(household: String, hash: String)], for id: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        guard try await sql.update("ballots").set("households_eligible", to: codes.count).set("codes_issued_at", to: now.epochSeconds)
            .where("id", .equal, id).where("codes_issued_at", .is, SQLLiteral.null).returning("id").all().count == 1 else { return false }
        for chunk in stride(from: 0, to: codes.count, by: 500) {
            var insert = sql.insert(into: "ballot_households").columns("ballot_id", "household_id", "code_hash")
            for c in codes[chunk..<min(chunk + 500, codes.count)] { insert = insert.values(SQLBind(id), SQLBind(c.household), SQLBind(c.hash)) }
            try await insert.run()
        }
        return true
    }

    /// Writes a household's vote if it has none yet: the one guarded update that makes a second
    /// vote fail however many arrive at once, from however many processes.
    public func vote(ballot id: String, household: String?, codeHash: String?, option: Int, channel: VoteChannel, by staffId: String?, at now: Date,
              on sql: any SQLDatabase) async throws -> Bool {
        var update = sql.update("ballot_households").set("option_index", to: option).set("channel", to: channel.rawValue).set("entered_by", to: staffId)
            .set("voted_at", to: now.epochSeconds).where("ballot_id", .equal, id).where("voted_at", .is, SQLLiteral.null)
        if let household { update = update.where("household_id", .equal, household) }
        if let codeHash { update = update.where("code_hash", .equal, codeHash) }
        return try await update.returning("household_id").all().count == 1
    }

    /// Whether the household (or the code) belongs to the ballot, and whether it has voted.
    func voter(ballot id: String, household: String?, codeHash: String?, on sql: any SQLDatabase) async throws -> (household: String, voted: Bool)? {
        struct R: Decodable { let household_id: String, voted_at: Int64? }
        var select = sql.select().columns("household_id", "voted_at").from("ballot_households").where("ballot_id", .equal, id)
        if let household { select = select.where("household_id", .equal, household) }
        if let codeHash { select = select.where("code_hash", .equal, codeHash) }
        return try await select.first(decoding: R.self).map { ($0.household_id, $0.voted_at != nil) }
    }

    /// Votes per option index.
    func counts(ballot id: String, on sql: any SQLDatabase) async throws -> [Int: Int] {
        struct R: Decodable { let option_index: Int, n: Int }
        let rows = try await sql.select().column("option_index").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("ballot_households")
            .where("ballot_id", .equal, id).where("voted_at", .isNot, SQLLiteral.null).groupBy("option_index").all(decoding: R.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.option_index, $0.n) })
    }
}
