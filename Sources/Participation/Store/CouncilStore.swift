import Foundation
import Kernel
import SQLKit

/// SQL for councils: members, meetings, motions, and the members' signatures on project plans.
public struct CouncilStore: Sendable {
    public init() {}

    struct MemberRow: Decodable {
        let id: String, unit_code: String, name: String, post: String, since: String, until: String?
        var member: CouncilMember {
            CouncilMember(id: id, unitCode: unit_code, name: name, post: post, since: Day(since) ?? Day(year: 1970, month: 1, day: 1), until: until.flatMap(Day.init))
        }
    }

    func insert(_ m: CouncilMember, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "council_members").columns("id", "unit_code", "name", "post", "since", "until", "created_by", "created_at")
            .values(SQLBind(m.id), SQLBind(m.unitCode), SQLBind(m.name), SQLBind(m.post), SQLBind(m.since.description), SQLBind(m.until?.description),
                    SQLBind(staffId), SQLBind(now.epochSeconds)).run()
    }

    func members(unit: String, on sql: any SQLDatabase) async throws -> [CouncilMember] {
        try await sql.select().columns("id", "unit_code", "name", "post", "since", "until").from("council_members").where("unit_code", .equal, unit)
            .orderBy("since").orderBy("id").limit(1_000).all(decoding: MemberRow.self).map(\.member)
    }

    func members(within scope: Scope, on sql: any SQLDatabase) async throws -> [CouncilMember] {
        try await sql.select().columns("id", "unit_code", "name", "post", "since", "until").from("council_members").where("unit_code", within: scope)
            .orderBy("unit_code").orderBy("since").orderBy("id").limit(1_000).all(decoding: MemberRow.self).map(\.member)
    }

    static let meetingColumns = ["id", "unit_code", "held_on", "topic", "minutes", "members_total", "attendees", "quorum_met", "recorded_by", "recorded_at"]

    struct MeetingRow: Decodable {
        let id: String, unit_code: String, held_on: String, topic: String, minutes: String, members_total: Int, attendees: String, quorum_met: Int
        let recorded_by: String?, recorded_at: Int64
        var meeting: CouncilMeeting {
            CouncilMeeting(id: id, unitCode: unit_code, heldOn: Day(held_on) ?? Day(year: 1970, month: 1, day: 1), topic: topic, minutes: minutes,
                           membersTotal: members_total, attendees: (try? JSONDecoder().decode([String].self, from: Data(attendees.utf8))) ?? [],
                           quorumMet: quorum_met != 0, recordedBy: recorded_by, recordedAt: Date(epochSeconds: recorded_at))
        }
    }

    func insert(_ m: CouncilMeeting, on sql: any SQLDatabase) async throws {
        let attendees = String(decoding: try JSONEncoder().encode(m.attendees), as: UTF8.self)
        try await sql.insert(into: "council_meetings").columns(Self.meetingColumns)
            .values(SQLBind(m.id), SQLBind(m.unitCode), SQLBind(m.heldOn.description), SQLBind(m.topic), SQLBind(m.minutes), SQLBind(m.membersTotal),
                    SQLBind(attendees), SQLBind(m.quorumMet ? 1 : 0), SQLBind(m.recordedBy), SQLBind(m.recordedAt.epochSeconds)).run()
    }

    func meeting(id: String, on sql: any SQLDatabase) async throws -> CouncilMeeting? {
        try await sql.select().columns(Self.meetingColumns).from("council_meetings").where("id", .equal, id).first(decoding: MeetingRow.self)?.meeting
    }

    func meetings(within scope: Scope, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [CouncilMeeting], total: Int) {
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder { b.from("council_meetings").where("unit_code", within: scope) }
        let items = try await filtered(sql.select().columns(Self.meetingColumns)).orderBy("held_on", .descending).orderBy("id").limit(limit).offset(offset)
            .all(decoding: MeetingRow.self).map(\.meeting)
        return (items, try await sql.count(filtered))
    }

    struct MotionRow: Decodable {
        let id: String, meeting_id: String, title: String, yes: Int, no: Int, abstain: Int, carried: Int, project_id: String?, recorded_at: Int64
        var motion: CouncilMotion {
            CouncilMotion(id: id, meetingId: meeting_id, title: title, yes: yes, no: no, abstain: abstain, carried: carried != 0, projectId: project_id,
                          recordedAt: Date(epochSeconds: recorded_at))
        }
    }

    func insert(_ m: CouncilMotion, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "council_motions").columns("id", "meeting_id", "title", "yes", "no", "abstain", "carried", "project_id", "recorded_at")
            .values(SQLBind(m.id), SQLBind(m.meetingId), SQLBind(m.title), SQLBind(m.yes), SQLBind(m.no), SQLBind(m.abstain), SQLBind(m.carried ? 1 : 0),
                    SQLBind(m.projectId), SQLBind(m.recordedAt.epochSeconds)).run()
    }

    func motions(meeting id: String, on sql: any SQLDatabase) async throws -> [CouncilMotion] {
        try await sql.select().columns("id", "meeting_id", "title", "yes", "no", "abstain", "carried", "project_id", "recorded_at").from("council_motions")
            .where("meeting_id", .equal, id).orderBy("recorded_at").orderBy("id").limit(500).all(decoding: MotionRow.self).map(\.motion)
    }

    /// False when the member has signed the plan already.
    func sign(_ s: PlanSignature, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.insert(into: "plan_signatures").columns("project_id", "member_id", "name", "signed_on", "recorded_by", "recorded_at")
            .values(SQLBind(s.projectId), SQLBind(s.memberId), SQLBind(s.name), SQLBind(s.signedOn.description), SQLBind(staffId), SQLBind(now.epochSeconds))
            .ignoringConflicts(with: ["project_id", "member_id"]).returning("member_id").all().count == 1
    }

    func signatures(project id: String, on sql: any SQLDatabase) async throws -> [PlanSignature] {
        struct R: Decodable { let project_id: String, member_id: String, name: String, signed_on: String }
        return try await sql.select().columns("project_id", "member_id", "name", "signed_on").from("plan_signatures").where("project_id", .equal, id)
            .orderBy("signed_on").orderBy("member_id").limit(1_000).all(decoding: R.self)
            .map { PlanSignature(projectId: $0.project_id, memberId: $0.member_id, name: $0.name, signedOn: Day($0.signed_on) ?? Day(year: 1970, month: 1, day: 1)) }
    }
}
