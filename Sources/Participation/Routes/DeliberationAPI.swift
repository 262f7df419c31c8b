import Foundation
import Hummingbird
import Kernel

/// `/api/v1/proposals` (民情征集) and `/api/v1/council-*` (议事会) with the plan's signatures.
public enum DeliberationAPI {
    struct ProposalItem: Encodable, Sendable {
        let id: String, unitCode: String, title: String, body: String, proposerName: String, proposerPhone: String, channel: String, status: String
        let groupLabel: String?, reviewNote: String?, ballotId: String?, createdAt: Date
        /// Staff see the phone masked; the number itself stays with the window that calls back.
        init(_ p: Proposal) {
            (id, unitCode, title, body, proposerName, proposerPhone) = (p.id, p.unitCode, p.title, p.body, p.proposerName, PhoneNumber.masked(p.proposerPhone))
            (channel, status, groupLabel, reviewNote, ballotId, createdAt) = (p.channel.rawValue, p.status.rawValue, p.groupLabel, p.reviewNote, p.ballotId, p.createdAt)
        }
    }
    struct NewProposal: Decodable { let unitCode: String, title: String, body: String, proposerName: String, proposerPhone: String }
    struct Review: Decodable { let status: String, groupLabel: String?, note: String? }
    struct ToBallot: Decodable { let unitCode: String, proposalIds: [String], title: String, opensAt: Date, closesAt: Date, rule: String? }
    struct MemberItem: Encodable, Sendable {
        let id: String, unitCode: String, name: String, post: String, since: String, until: String?
        init(_ m: CouncilMember) { (id, unitCode, name, post, since, until) = (m.id, m.unitCode, m.name, m.post, m.since.description, m.until?.description) }
    }
    struct MotionItem: Encodable, Sendable {
        let id: String, title: String, yes: Int, no: Int, abstain: Int, carried: Bool, projectId: String?
        init(_ m: CouncilMotion) { (id, title, yes, no, abstain, carried, projectId) = (m.id, m.title, m.yes, m.no, m.abstain, m.carried, m.projectId) }
    }
    struct MeetingItem: Encodable, Sendable {
        let id: String, unitCode: String, heldOn: String, topic: String, minutes: String, membersTotal: Int, present: Int, quorumMet: Bool
        let attendees: [MemberItem]?, motions: [MotionItem]?
        init(_ m: CouncilMeeting, record: MeetingRecord? = nil) {
            (id, unitCode, heldOn, topic, minutes) = (m.id, m.unitCode, m.heldOn.description, m.topic, m.minutes)
            (membersTotal, present, quorumMet) = (m.membersTotal, m.attendees.count, m.quorumMet)
            (attendees, motions) = (record?.attendees.map(MemberItem.init), record?.motions.map(MotionItem.init))
        }
    }
    struct SignatureItem: Encodable, Sendable {
        let memberId: String, name: String, signedOn: String
        init(_ s: PlanSignature) { (memberId, name, signedOn) = (s.memberId, s.name, s.signedOn.description) }
    }
    struct NewMember: Decodable { let unitCode: String, name: String, post: String?, since: String? }
    struct NewMeeting: Decodable { let unitCode: String, heldOn: String?, topic: String, minutes: String, attendees: [String] }
    struct NewMotion: Decodable { let title: String, yes: Int, no: Int, abstain: Int, projectId: String? }
    struct NewSignature: Decodable { let memberId: String, signedOn: String? }

    public static func register(on routes: SecureRoutes, proposals: ProposalService, council: CouncilService, projects: ProjectService) {
        routes.get("/api/v1/proposals", .permitted(.viewJurisdiction)) { request, context in
            let paging = try Paging(request)
            let status = try request.queryEnum("status", Proposal.Status.self, invalidKey: "proposal_error_status")
            let (items, total) = try await proposals.list(by: context, status: status, paging: paging)
            return try Response.json(ListPage(items: items.map(ProposalItem.init), total: total, paging: paging))
        }
        routes.post("/api/v1/proposals", .permitted(.runBallots)) { request, context in
            let p = try await request.decodeJSON(NewProposal.self, limit: 16 << 10)
            return try Response.json(ProposalItem(try await proposals.enter(unitCode: p.unitCode, title: p.title, body: p.body, name: p.proposerName,
                                                                              phone: p.proposerPhone, by: context)), status: .created)
        }
        routes.post("/api/v1/proposals/{proposal}/review", .permitted(.runBallots)) { request, context in
            let p = try await proposals.find(try context.parameters.require("proposal"), by: context)
            let r = try await request.decodeJSON(Review.self, limit: 4 << 10)
            return try Response.json(ProposalItem(try await proposals.review(p, status: r.status, group: r.groupLabel, note: r.note ?? "", by: context)))
        }
        routes.post("/api/v1/proposals/ballot", .permitted(.runBallots)) { request, context in
            let b = try await request.decodeJSON(ToBallot.self, limit: 16 << 10)
            let ballot = try await proposals.toBallot(b.proposalIds, unitCode: b.unitCode, title: b.title, opensAt: b.opensAt, closesAt: b.closesAt,
                                                      rule: b.rule ?? BallotRule.residentsMeeting.rawValue, by: context)
            return try Response.json(BallotAPI.Item(ballot, now: proposals.clock.now()), status: .created)
        }
        routes.get("/api/v1/council-members", .permitted(.viewJurisdiction)) { _, context in
            try Response.json(["items": try await council.members(by: context).map(MemberItem.init)])
        }
        routes.post("/api/v1/council-members", .permitted(.keepCouncilRecords)) { request, context in
            let m = try await request.decodeJSON(NewMember.self, limit: 4 << 10)
            return try Response.json(MemberItem(try await council.addMember(unitCode: m.unitCode, name: m.name, post: m.post ?? "",
                                                                            since: try RequestDay.parse(m.since, field: "since"), by: context)), status: .created)
        }
        routes.get("/api/v1/council-meetings", .permitted(.viewJurisdiction)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await council.meetings(by: context, paging: paging)
            return try Response.json(ListPage(items: items.map { MeetingItem($0) }, total: total, paging: paging))
        }
        routes.post("/api/v1/council-meetings", .permitted(.keepCouncilRecords)) { request, context in
            let m = try await request.decodeJSON(NewMeeting.self, limit: 64 << 10)
            let record = try await council.recordMeeting(unitCode: m.unitCode, heldOn: try RequestDay.parse(m.heldOn, field: "held_on"), topic: m.topic,
                                                         minutes: m.minutes, attendees: Array(m.attendees.prefix(500)), by: context)
            return try Response.json(MeetingItem(record.meeting, record: record), status: .created)
        }
        routes.get("/api/v1/council-meetings/{meeting}", .permitted(.viewJurisdiction)) { _, context in
            let record = try await council.meeting(try context.parameters.require("meeting"), by: context)
            return try Response.json(MeetingItem(record.meeting, record: record))
        }
        routes.post("/api/v1/council-meetings/{meeting}/motions", .permitted(.keepCouncilRecords)) { request, context in
            let record = try await council.meeting(try context.parameters.require("meeting"), by: context)
            let m = try await request.decodeJSON(NewMotion.self, limit: 4 << 10)
            return try Response.json(MotionItem(try await council.vote(record, title: m.title, yes: m.yes, no: m.no, abstain: m.abstain, projectId: m.projectId,
                                                                       by: context)), status: .created)
        }
        routes.get("/api/v1/projects/{project}/signatures", .permitted(.viewJurisdiction)) { _, context in
            let p = try await projects.find(try context.parameters.require("project"), by: context)
            return try Response.json(["items": try await council.signatures(p).map(SignatureItem.init)])
        }
        routes.post("/api/v1/projects/{project}/signatures", .permitted(.keepCouncilRecords)) { request, context in
            let p = try await projects.find(try context.parameters.require("project"), by: context)
            let s = try await request.decodeJSON(NewSignature.self, limit: 2 << 10)
            let all = try await council.sign(p, memberId: s.memberId, on: try RequestDay.parse(s.signedOn, field: "signed_on"), by: context)
            return try Response.json(["items": all.map(SignatureItem.init)], status: .created)
        }
    }
}
