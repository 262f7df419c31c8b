import Foundation
import Hummingbird
import Kernel

/// Reception days, backlog cases (five ones, meetings) and the judicial-aid ledger.
public enum CaseworkAPI {
    struct Reception: Encodable, Sendable {
        let id: String, leaderName: String, leaderTitle: String, day: String, hours: String, place: String, unitCode: String
        var petitionIds: [String]? = nil
        init(_ r: ReceptionDay, cases: [String]? = nil) {
            id = r.id
            leaderName = r.leaderName
            leaderTitle = r.leaderTitle
            day = r.day.description
            hours = r.hours
            place = r.place
            unitCode = r.unitCode
            petitionIds = cases
        }
    }

    struct Backlog: Encodable, Sendable {
        let id: String, petitionId: String, petitionNumber: String, leader: String, team: String, plan: String, owner: String, status: String
        let resolution: String?, openedAt: Date, resolvedAt: Date?
        let meetings: [BacklogMeeting]
        let grants: [AidGrant]
        let approvedAidFen: Int
    }

    struct Ledger: Encodable, Sendable { let items: [AidGrant], total: Int, limit: Int, offset: Int, approvedFen: Int }

    struct NewReception: Decodable { let leaderName: String; let leaderTitle: String; let day: String; let hours: String; let place: String; let unitCode: String? }
    struct CaseRef: Decodable { let petitionId: String }
    struct NewBacklog: Decodable { let leader: String?; let team: String?; let plan: String?; let owner: String? }
    struct NewMeeting: Decodable { let kind: String; let heldOn: String; let attendees: String; let minutes: String; let decisions: String }
    struct Resolution: Decodable { let resolution: String }
    struct NewAid: Decodable { let amountFen: Int; let reason: String }
    struct Decision: Decodable { let approve: Bool; let note: String? }

    static func backlog(_ b: BacklogCase, _ p: Petition, casework: Casework, by context: StaffContext) async throws -> Backlog {
        let ledger = try await casework.ledger(by: context, caseId: b.id)
        return Backlog(id: b.id, petitionId: b.petitionId, petitionNumber: p.number, leader: b.leader, team: b.team, plan: b.plan, owner: b.owner,
                       status: b.status.rawValue, resolution: b.resolution, openedAt: b.openedAt, resolvedAt: b.resolvedAt,
                       meetings: try await casework.meetings(of: b), grants: ledger.grants, approvedAidFen: ledger.approvedFen)
    }

    public static func register(on routes: SecureRoutes, casework: Casework, petitions: PetitionService) {
        routes.get("/api/v1/receptions", .permitted(.viewPetitions)) { _, context in
            let items = try await casework.rota(by: context).map { Reception($0) }
            return try Response.json(ListPage(items: items, total: items.count, paging: Paging(limit: max(items.count, 1), offset: 0)))
        }
        routes.post("/api/v1/receptions", .permitted(.handlePetitions)) { request, context in
            let b = try await request.decodeJSON(NewReception.self, limit: 16 << 10)
            let r = try await casework.schedule(leaderName: b.leaderName, leaderTitle: b.leaderTitle, day: b.day, hours: b.hours, place: b.place,
                                                unitCode: b.unitCode ?? context.staff.unitCode, by: context)
            return try Response.json(Reception(r), status: .created)
        }
        routes.get("/api/v1/receptions/{reception}", .permitted(.viewPetitions)) { _, context in
            let (r, cases) = try await casework.reception(try context.parameters.require("reception"), by: context)
            return try Response.json(Reception(r, cases: cases))
        }
        routes.post("/api/v1/receptions/{reception}/cases", .permitted(.handlePetitions)) { request, context in
            let id = try context.parameters.require("reception")
            _ = try await casework.reception(id, by: context)
            let body = try await request.decodeJSON(CaseRef.self, limit: 4 << 10)
            try await casework.record(try await petitions.find(body.petitionId, by: context), at: id, by: context)
            let (r, cases) = try await casework.reception(id, by: context)
            return try Response.json(Reception(r, cases: cases), status: .created)
        }
        routes.post("/api/v1/petitions/{petition}/backlog", .permitted(.handlePetitions)) { request, context in
            let petition = try await petitions.find(try context.parameters.require("petition"), by: context)
            let b = try await request.decodeJSON(NewBacklog.self, limit: 32 << 10)
            let opened = try await casework.openBacklog(petition, leader: b.leader ?? "", team: b.team ?? "", plan: b.plan ?? "", owner: b.owner ?? "",
                                                        by: context)
            return try Response.json(try await backlog(opened, petition, casework: casework, by: context), status: .created)
        }
        routes.get("/api/v1/backlog-cases/{case}", .permitted(.viewPetitions)) { _, context in
            let (b, p) = try await casework.backlog(try context.parameters.require("case"), by: context)
            return try Response.json(try await backlog(b, p, casework: casework, by: context))
        }
        routes.post("/api/v1/backlog-cases/{case}/meetings", .permitted(.handlePetitions)) { request, context in
            let (b, p) = try await casework.backlog(try context.parameters.require("case"), by: context)
            let m = try await request.decodeJSON(NewMeeting.self, limit: 64 << 10)
            guard let kind = try parseChoice(m.kind, BacklogMeeting.Kind.self, invalidKey: "backlog_error_meeting_kind") else {
                throw AppError.invalid("backlog_error_meeting_kind")
            }
            _ = try await casework.addMeeting(to: b, kind: kind, heldOn: m.heldOn, attendees: m.attendees, minutes: m.minutes, decisions: m.decisions,
                                              by: context)
            return try Response.json(try await backlog(b, p, casework: casework, by: context), status: .created)
        }
        routes.post("/api/v1/backlog-cases/{case}/resolve", .permitted(.handlePetitions)) { request, context in
            let (b, p) = try await casework.backlog(try context.parameters.require("case"), by: context)
            let resolved = try await casework.resolve(b, resolution: try await request.decodeJSON(Resolution.self, limit: 32 << 10).resolution, by: context)
            return try Response.json(try await backlog(resolved, p, casework: casework, by: context))
        }
        routes.post("/api/v1/backlog-cases/{case}/aid", .permitted(.handlePetitions)) { request, context in
            let (b, _) = try await casework.backlog(try context.parameters.require("case"), by: context)
            let body = try await request.decodeJSON(NewAid.self, limit: 16 << 10)
            return try Response.json(try await casework.requestAid(for: b, amountFen: body.amountFen, reason: body.reason, by: context), status: .created)
        }
        routes.post("/api/v1/aid-grants/{grant}/decision", .permitted(.approveAid)) { request, context in
            let body = try await request.decodeJSON(Decision.self, limit: 16 << 10)
            return try Response.json(try await casework.decideAid(try context.parameters.require("grant"), approve: body.approve, note: body.note ?? "",
                                                                  by: context))
        }
        routes.get("/api/v1/aid-ledger", .permitted(.viewPetitions)) { request, context in
            let paging = try Paging(request)
            let ledger = try await casework.ledger(by: context, paging: paging)
            return try Response.json(Ledger(items: ledger.grants, total: ledger.total, limit: paging.limit, offset: paging.offset,
                                            approvedFen: ledger.approvedFen))
        }
    }
}
