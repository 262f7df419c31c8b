import Foundation
import Kernel
import SQLKit

/// A meeting with its motions, as the page and the API show it.
public struct MeetingRecord: Sendable {
    public let meeting: CouncilMeeting
    public let attendees: [CouncilMember]
    public let motions: [CouncilMotion]
}

/// The council 议事会: its members, meetings with attendance against the quorum, motions carried
/// by a majority of those present, and the members' signatures on a project's plan.
public struct CouncilService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let store = CouncilStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory) {
        self.database = database
        self.clock = clock
        self.units = units
    }

    var today: Day { Day(date: clock.now()) }

    public func addMember(unitCode: String, name: String, post: String, since: Day?, by actor: StaffContext) async throws -> CouncilMember {
        guard actor.staff.can(.keepCouncilRecords) else { throw AppError.forbiddenAction }
        let unit = unitCode.trimmed, name = name.trimmed, now = clock.now()
        try await units.requireUnit(unit, codeLength: 12, within: actor.scope, errorKey: "council_error_unit")
        guard !name.isEmpty, name.count <= 50 else { throw AppError.invalid("council_error_name").naming("name") }
        let since = since ?? today
        guard since <= today else { throw AppError.invalid("council_error_day").naming("since") }
        let m = CouncilMember(id: RecordID.make(now: now), unitCode: unit, name: name, post: String(post.trimmed.prefix(50)), since: since, until: nil)
        let store = self.store, event = actor.audit("council.member", "council_member", m.id, detail: unit)
        try await database.transaction(recording: event, at: now) { sql in
            try await store.insert(m, by: actor.staff.id, at: now, on: sql)
        }
        return m
    }

    public func members(by actor: StaffContext) async throws -> [CouncilMember] {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.members(within: scope, on: $0) }
    }

    /// A meeting with who attended: members serving that day only; quorate at the settings' share.
    public func recordMeeting(unitCode: String, heldOn: Day?, topic: String, minutes: String, attendees: [String], by actor: StaffContext) async throws -> MeetingRecord {
        guard actor.staff.can(.keepCouncilRecords) else { throw AppError.forbiddenAction }
        let unit = unitCode.trimmed, topic = topic.trimmed, minutes = minutes.trimmed, now = clock.now(), held = heldOn ?? today
        try await units.requireUnit(unit, codeLength: 12, within: actor.scope, errorKey: "council_error_unit")
        guard held <= today, held >= today.adding(days: -366) else { throw AppError.invalid("council_error_day").naming("held_on") }
        guard !topic.isEmpty, topic.count <= 200 else { throw AppError.invalid("council_error_topic").naming("topic") }
        guard !minutes.isEmpty, minutes.count <= 20_000 else { throw AppError.invalid("council_error_minutes").naming("minutes") }
        let store = self.store
        let (serving, settings) = try await database.read { sql in
            (try await store.members(unit: unit, on: sql).filter { $0.serves(on: held) }, try await ProjectStore().settings(on: sql))
        }
        guard !serving.isEmpty else { throw AppError.invalid("council_error_no_members").naming("unit_code") }
        let present = Set(attendees.map(\.trimmed))
        guard present.isSubset(of: Set(serving.map(\.id))) else { throw AppError.invalid("council_error_attendee").naming("attendees") }
        let meeting = CouncilMeeting(id: RecordID.make(now: now), unitCode: unit, heldOn: held, topic: topic, minutes: minutes, membersTotal: serving.count,
                                     attendees: serving.map(\.id).filter(present.contains),
                                     quorumMet: CouncilRules.quorumMet(present: present.count, members: serving.count, settings: settings),
                                     recordedBy: actor.staff.id, recordedAt: now)
        let event = actor.audit("council.meeting", "council_meeting", meeting.id, detail: "\(present.count)/\(serving.count)")
        try await database.transaction(recording: event, at: now) { sql in
            try await store.insert(meeting, on: sql)
        }
        return MeetingRecord(meeting: meeting, attendees: serving.filter { present.contains($0.id) }, motions: [])
    }

    public func meeting(_ id: String, by actor: StaffContext) async throws -> MeetingRecord {
        let store = self.store
        return try await database.read { sql in
            guard let m = try await store.meeting(id: id, on: sql), actor.scope.contains(m.unitCode) || actor.staff.unitCode.hasPrefix(m.unitCode) else {
                throw AppError.notFound
            }
            let members = Dictionary(uniqueKeysWithValues: try await store.members(unit: m.unitCode, on: sql).map { ($0.id, $0) })
            return MeetingRecord(meeting: m, attendees: m.attendees.compactMap { members[$0] }, motions: try await store.motions(meeting: m.id, on: sql))
        }
    }

    public func meetings(by actor: StaffContext, paging: Paging) async throws -> (items: [CouncilMeeting], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.meetings(within: scope, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    /// A motion voted at a quorate meeting: carried by more than half of the members present.
    public func vote(_ record: MeetingRecord, title: String, yes: Int, no: Int, abstain: Int, projectId: String?, by actor: StaffContext) async throws -> CouncilMotion {
        guard actor.staff.can(.keepCouncilRecords) else { throw AppError.forbiddenAction }
        let title = title.trimmed, now = clock.now(), m = record.meeting
        guard !title.isEmpty, title.count <= 200 else { throw AppError.invalid("council_error_topic").naming("title") }
        if let refusal = CouncilRules.motionRefusal(m, yes: yes, no: no, abstain: abstain) {
            throw refusal == "council_error_not_quorate" ? AppError.conflict(refusal) : AppError.invalid(refusal).naming("yes")
        }
        let project = projectId.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        let motion = CouncilMotion(id: RecordID.make(now: now), meetingId: m.id, title: title, yes: yes, no: no, abstain: abstain,
                                   carried: CouncilRules.carried(yes: yes, present: m.attendees.count), projectId: project, recordedAt: now)
        let store = self.store, event = actor.audit("council.motion", "council_meeting", m.id, detail: "\(yes)/\(no)/\(abstain) \(motion.carried)")
        try await database.transaction(recording: event, at: now) { sql in
            if let project {
                guard try await ProjectStore().find(id: project, on: sql)?.unitCode == m.unitCode else {
                    throw AppError.invalid("council_error_project", [String(project.prefix(64))]).naming("project_id")
                }
            }
            try await store.insert(motion, on: sql)
        }
        return motion
    }

    /// A serving member of the project's community signs its plan, once.
    public func sign(_ p: Project, memberId: String, on day: Day?, by actor: StaffContext) async throws -> [PlanSignature] {
        guard actor.staff.can(.keepCouncilRecords) else { throw AppError.forbiddenAction }
        let now = clock.now(), day = day ?? today, store = self.store
        guard day <= today else { throw AppError.invalid("council_error_day").naming("signed_on") }
        let event = actor.audit("project.sign", "project", p.id, detail: memberId)
        try await database.transaction(recording: event, at: now) { sql in
            guard let member = try await store.members(unit: p.unitCode, on: sql).first(where: { $0.id == memberId.trimmed }), member.serves(on: day) else {
                throw AppError.invalid("council_error_member", [String(memberId.prefix(64))]).naming("member_id")
            }
            guard try await store.sign(PlanSignature(projectId: p.id, memberId: member.id, name: member.name, signedOn: day), by: actor.staff.id, at: now, on: sql) else {
                throw AppError.conflict("council_error_signed")
            }
        }
        return try await signatures(p)
    }

    public func signatures(_ p: Project) async throws -> [PlanSignature] {
        let store = self.store
        return try await database.read { try await store.signatures(project: p.id, on: $0) }
    }

    /// Members serving today in the project's community, to sign its plan.
    public func serving(unit: String) async throws -> [CouncilMember] {
        let store = self.store, today = self.today
        return try await database.read { try await store.members(unit: unit, on: $0) }.filter { $0.serves(on: today) }
    }
}
