import Foundation
import Kernel
import SQLKit

/// SQL for residents' proposals.
public struct ProposalStore: Sendable {
    public init() {}

    static let columns = ["id", "unit_code", "title", "body", "proposer_name", "proposer_phone", "channel", "status", "group_label", "review_note", "ballot_id",
                          "entered_by", "created_at"]

    struct Row: Decodable {
        let id: String, unit_code: String, title: String, body: String, proposer_name: String, proposer_phone: String, channel: String, status: String
        let group_label: String?, review_note: String?, ballot_id: String?, entered_by: String?, created_at: Int64
        var proposal: Proposal {
            Proposal(id: id, unitCode: unit_code, title: title, body: body, proposerName: proposer_name, proposerPhone: proposer_phone,
                     channel: Proposal.Channel(rawValue: channel) ?? .window, status: Proposal.Status(rawValue: status) ?? .received, groupLabel: group_label,
                     reviewNote: review_note, ballotId: ballot_id, enteredBy: entered_by, createdAt: Date(epochSeconds: created_at))
        }
    }

    func insert(_ p: Proposal, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "proposals").columns(Self.columns)
            .values(SQLBind(p.id), SQLBind(p.unitCode), SQLBind(p.title), SQLBind(p.body), SQLBind(p.proposerName), SQLBind(p.proposerPhone), SQLBind(p.channel.rawValue),
                    SQLBind(p.status.rawValue), SQLBind(p.groupLabel), SQLBind(p.reviewNote), SQLBind(p.ballotId), SQLBind(p.enteredBy),
                    SQLBind(p.createdAt.epochSeconds)).run()
        try await ProposalCounts.move(unit: p.unitCode, from: nil, to: p.status, on: sql)
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> Proposal? {
        try await sql.select().columns(Self.columns).from("proposals").where("id", .equal, id).first(decoding: Row.self)?.proposal
    }

    func find(ids: [String], on sql: any SQLDatabase) async throws -> [Proposal] {
        guard !ids.isEmpty else { return [] }
        return try await sql.select().columns(Self.columns).from("proposals").where("id", .in, ids).orderBy("created_at").all(decoding: Row.self).map(\.proposal)
    }

    /// Proposals of units in `scope` (nil: all), of one status or all, newest first: a street's or county's walked off
    /// `proposals_created_place` (or its status's), a deep page by ids alone; the total capped as every large list's.
    func list(within scope: Scope?, status: Proposal.Status?, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Proposal], total: Int) {
        let filtered = Self.filtered(within: scope, status: status, walked: try await sql.walks("proposals", column: "unit_code", within: scope))
        // Counted as they change (`ProposalCounts`), capped as every large list's total is; a deep page nearer the end walked from it.
        let kept = try await ProposalCounts.count(under: scope?.rootCode ?? "", status: status, on: sql)
        let proposals = try await page(filtered, limit: limit, offset: offset, total: kept, on: sql)
        if let kept { return (proposals, min(kept, ListTotal.cap + 1)) }
        return (proposals, try await sql.listTotal(afterReading: proposals.count, limit: limit, offset: offset, filtered))
    }

    /// The same page without its total (the portal shows none: counting a street's proposals was most of its time).
    func page(within scope: Scope?, limit: Int, on sql: any SQLDatabase) async throws -> [Proposal] {
        let walked = try await sql.walks("proposals", column: "unit_code", within: scope)
        return try await page(Self.filtered(within: scope, status: nil, walked: walked), limit: limit, offset: 0, on: sql)
    }

    func page(_ filtered: (SQLSelectBuilder) -> SQLSelectBuilder, limit: Int, offset: Int, total: Int? = nil, on sql: any SQLDatabase) async throws -> [Proposal] {
        try await sql.page(of: "proposals", columns: Self.columns, orderedBy: "created_at", descending: true, after: nil, limit: limit, offset: offset,
                           total: total, decoding: Row.self, where: filtered).map(\.proposal)
    }

    static func filtered(within scope: Scope?, status: Proposal.Status?, walked: Bool) -> @Sendable (SQLSelectBuilder) -> SQLSelectBuilder {
        { b in
            var b = b.from("proposals")
            if let scope { b = b.where("unit_code", within: scope, walked: walked) }
            // A community's or grid's few by place: the status's index would walk the county's proposals of that status.
            if let status { b = b.where(listColumn("status", indexed: walked), .equal, SQLBind(status.rawValue)) }
            return b
        }
    }

    /// Shortlists or declines a proposal still open to review (its status read and held first, to move its count).
    func review(_ id: String, status: Proposal.Status, group: String?, note: String, on sql: any SQLDatabase) async throws -> Bool {
        struct Current: Decodable { let status: String, unit_code: String }
        guard let current = try await sql.select().columns("status", "unit_code").from("proposals").where("id", .equal, id).for(.update)
            .first(decoding: Current.self), let old = Proposal.Status(rawValue: current.status), [.received, .shortlisted].contains(old) else { return false }
        guard try await sql.update("proposals").set("status", to: status.rawValue).set("group_label", to: group).set("review_note", to: note)
            .where("id", .equal, id).where("status", .equal, old.rawValue).returning("id").all().count == 1 else { return false }
        try await ProposalCounts.move(unit: current.unit_code, from: old, to: status, on: sql)
        return true
    }

    /// Marks shortlisted proposals as put to a ballot; the count that were still shortlisted.
    func ballot(_ ids: [String], ballotId: String, on sql: any SQLDatabase) async throws -> Int {
        let units = try await sql.update("proposals").set("status", to: Proposal.Status.balloted.rawValue).set("ballot_id", to: ballotId).where("id", .in, ids)
            .where("status", .equal, Proposal.Status.shortlisted.rawValue).returning("unit_code").all(decodingColumn: "unit_code", as: String.self)
        for unit in units.sorted() { try await ProposalCounts.move(unit: unit, from: .shortlisted, to: .balloted, on: sql) }
        return units.count
    }
}
