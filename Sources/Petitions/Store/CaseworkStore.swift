import Foundation
import Kernel
import SQLKit

/// SQL for reception days, backlog cases, their meetings and aid grants.
struct CaseworkStore: Sendable {
    struct ReceptionRow: Decodable {
        let id: String, leader_name: String, leader_title: String, day: String, hours: String, place: String, unit_code: String, created_at: Int64
        var reception: ReceptionDay? {
            Day(day).map { ReceptionDay(id: id, leaderName: leader_name, leaderTitle: leader_title, day: $0, hours: hours, place: place,
                                        unitCode: unit_code, createdAt: Date(epochSeconds: created_at)) }
        }
    }
    static let receptionColumns = ["id", "leader_name", "leader_title", "day", "hours", "place", "unit_code", "created_at"]

    func insert(_ r: ReceptionDay, by staffId: String, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "reception_days").columns(Self.receptionColumns + ["created_by"])
            .values(SQLBind(r.id), SQLBind(r.leaderName), SQLBind(r.leaderTitle), SQLBind(r.day.description), SQLBind(r.hours), SQLBind(r.place),
                    SQLBind(r.unitCode), SQLBind(r.createdAt.epochSeconds), SQLBind(staffId))
            .run()
    }

    /// Reception days from `from` to `to`, within `scope`, in date order.
    func receptions(within scope: Scope, from: Day, to: Day, on sql: any SQLDatabase) async throws -> [ReceptionDay] {
        try await sql.select().columns(Self.receptionColumns).from("reception_days").where("unit_code", within: scope)
            .where("day", .greaterThanOrEqual, from.description).where("day", .lessThanOrEqual, to.description).orderBy("day").orderBy("hours")
            .all(decoding: ReceptionRow.self).compactMap(\.reception)
    }

    func reception(id: String, on sql: any SQLDatabase) async throws -> ReceptionDay? {
        try await sql.select().columns(Self.receptionColumns).from("reception_days").where("id", .equal, id).first(decoding: ReceptionRow.self)?.reception
    }

    /// Records a petition received that day; false when it was recorded already.
    func addCase(reception: String, petition: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.insert(into: "reception_cases").columns("reception_id", "petition_id").values(SQLBind(reception), SQLBind(petition))
            .ignoringConflicts(with: ["reception_id", "petition_id"]).returning("petition_id").all().count == 1
    }

    func cases(reception: String, on sql: any SQLDatabase) async throws -> [String] {
        try await sql.select().column("petition_id").from("reception_cases").where("reception_id", .equal, reception).orderBy("petition_id")
            .all(decodingColumn: "petition_id", as: String.self)
    }

    // MARK: backlog

    struct CaseRow: Decodable {
        let id: String, petition_id: String, leader: String, team: String, plan: String, owner: String, status: String, resolution: String?
        let opened_at: Int64, resolved_at: Int64?
        var backlog: BacklogCase {
            BacklogCase(id: id, petitionId: petition_id, leader: leader, team: team, plan: plan, owner: owner,
                        status: BacklogCase.Status(rawValue: status) ?? .open, resolution: resolution, openedAt: Date(epochSeconds: opened_at),
                        resolvedAt: resolved_at.map(Date.init(epochSeconds:)))
        }
    }
    static let caseColumns = ["id", "petition_id", "leader", "team", "plan", "owner", "status", "resolution", "opened_at", "resolved_at"]

    /// Opens the case unless the petition has one already; false then.
    func insert(_ c: BacklogCase, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.insert(into: "backlog_cases").columns(Self.caseColumns)
            .values(SQLBind(c.id), SQLBind(c.petitionId), SQLBind(c.leader), SQLBind(c.team), SQLBind(c.plan), SQLBind(c.owner), SQLBind(c.status.rawValue),
                    SQLBind(c.resolution), SQLBind(c.openedAt.epochSeconds), SQLBind(c.resolvedAt?.epochSeconds))
            .ignoringConflicts(with: ["petition_id"]).returning("id").all().count == 1
    }

    func backlog(petitionId: String, on sql: any SQLDatabase) async throws -> BacklogCase? {
        try await sql.select().columns(Self.caseColumns).from("backlog_cases").where("petition_id", .equal, petitionId).first(decoding: CaseRow.self)?.backlog
    }

    func backlog(id: String, on sql: any SQLDatabase) async throws -> BacklogCase? {
        try await sql.select().columns(Self.caseColumns).from("backlog_cases").where("id", .equal, id).first(decoding: CaseRow.self)?.backlog
    }

    func resolve(id: String, resolution: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("backlog_cases").set("status", to: BacklogCase.Status.resolved.rawValue).set("resolution", to: resolution)
            .set("resolved_at", to: now.epochSeconds).where("id", .equal, id).where("status", .equal, BacklogCase.Status.open.rawValue)
            .returning("id").all().count == 1
    }

    func insert(_ m: BacklogMeeting, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "backlog_meetings").columns("id", "case_id", "kind", "held_on", "attendees", "minutes", "decisions", "recorded_by", "recorded_at")
            .values(SQLBind(m.id), SQLBind(m.caseId), SQLBind(m.kind.rawValue), SQLBind(m.heldOn), SQLBind(m.attendees), SQLBind(m.minutes),
                    SQLBind(m.decisions), SQLBind(staffId), SQLBind(now.epochSeconds))
            .run()
    }

    func meetings(caseId: String, on sql: any SQLDatabase) async throws -> [BacklogMeeting] {
        struct Row: Decodable { let id: String, case_id: String, kind: String, held_on: String, attendees: String, minutes: String, decisions: String }
        return try await sql.select().columns("id", "case_id", "kind", "held_on", "attendees", "minutes", "decisions").from("backlog_meetings")
            .where("case_id", .equal, caseId).orderBy("held_on").orderBy("id").all(decoding: Row.self)
            .map { BacklogMeeting(id: $0.id, caseId: $0.case_id, kind: BacklogMeeting.Kind(rawValue: $0.kind) ?? .consultation, heldOn: $0.held_on,
                                  attendees: $0.attendees, minutes: $0.minutes, decisions: $0.decisions) }
    }

    struct GrantRow: Decodable {
        let id: String, case_id: String, amount_fen: Int, reason: String, status: String, requested_at: Int64, decided_at: Int64?, decision_note: String?
        var grant: AidGrant {
            AidGrant(id: id, caseId: case_id, amountFen: amount_fen, reason: reason, status: AidGrant.Status(rawValue: status) ?? .requested,
                     requestedAt: Date(epochSeconds: requested_at), decidedAt: decided_at.map(Date.init(epochSeconds:)), decisionNote: decision_note)
        }
    }
    static let grantColumns = ["id", "case_id", "amount_fen", "reason", "status", "requested_at", "decided_at", "decision_note"]

    /// Adds the grant with its petition's place, which the ledger is listed and totalled by.
    func insert(_ g: AidGrant, by staffId: String, on sql: any SQLDatabase) async throws {
        let place = sql.select().column(SQLColumn("unit_code", table: "petitions")).from("backlog_cases")
            .join("petitions", on: SQLColumn("id", table: "petitions"), .equal, SQLColumn("petition_id", table: "backlog_cases"))
            .where(SQLColumn("id", table: "backlog_cases"), .equal, SQLBind(g.caseId))
        try await sql.insert(into: "aid_grants").columns(Self.grantColumns + ["requested_by", "unit_code"])
            .values(SQLBind(g.id), SQLBind(g.caseId), SQLBind(g.amountFen), SQLBind(g.reason), SQLBind(g.status.rawValue), SQLBind(g.requestedAt.epochSeconds),
                    SQLBind(g.decidedAt?.epochSeconds), SQLBind(g.decisionNote), SQLBind(staffId), SQLGroupExpression(place.select))
            .run()
    }

    func decide(grant id: String, approved: Bool, note: String, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("aid_grants").set("status", to: (approved ? AidGrant.Status.approved : .refused).rawValue).set("decision_note", to: note)
            .set("decided_by", to: staffId).set("decided_at", to: now.epochSeconds)
            .where("id", .equal, id).where("status", .equal, AidGrant.Status.requested.rawValue).returning("id").all().count == 1
    }

    func grant(id: String, on sql: any SQLDatabase) async throws -> AidGrant? {
        try await sql.select().columns(Self.grantColumns).from("aid_grants").where("id", .equal, id).first(decoding: GrantRow.self)?.grant
    }

    /// Grants of the cases whose petitions lie in `scope`, newest first, a page at a time: walked off (requested, id, place), a
    /// deep page's ids alone.
    func grants(within scope: Scope, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> [AidGrant] {
        try await sql.page(of: "aid_grants", columns: Self.grantColumns, orderedBy: "requested_at", descending: true, after: nil, limit: limit, offset: offset,
                           decoding: GrantRow.self, where: { $0.from("aid_grants").where("unit_code", withinWalking: scope) }).map(\.grant)
    }

    /// One case's grants, newest first (a case has a few).
    func grants(caseId: String, within scope: Scope, on sql: any SQLDatabase) async throws -> [AidGrant] {
        try await sql.select().columns(Self.grantColumns).from("aid_grants").where("case_id", .equal, caseId).where("unit_code", within: scope)
            .orderBy("requested_at", .descending).orderBy("id", .descending).limit(1_000).all(decoding: GrantRow.self).map(\.grant)
    }

    /// How many grants lie in `scope` (capped as every list's total), and what those approved come to, off the indexes alone.
    func grantTotals(within scope: Scope, on sql: any SQLDatabase) async throws -> (count: Int, approvedFen: Int) {
        let count = try await sql.listTotal { $0.from("aid_grants").where("unit_code", withinWalking: scope) }
        let approved = try await sql.select().column(WholeSum("amount_fen"), as: "fen").from("aid_grants")
            .where("status", .equal, AidGrant.Status.approved.rawValue).where("unit_code", within: scope).first(decodingColumn: "fen", as: Int?.self)
        return (count, (approved ?? nil) ?? 0)
    }
}
