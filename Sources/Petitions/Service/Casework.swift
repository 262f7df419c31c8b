import Foundation
import Kernel
import SQLKit

/// The petition office's casework beside the register: leaders' reception days, backlog cases
/// under the "five ones" with their meetings, and the judicial-aid fund ledger.
public struct Casework: Sendable {
    let database: Database
    let clock: any AppClock
    let petitions: PetitionService
    let store = CaseworkStore()

    public init(database: Database, clock: any AppClock, petitions: PetitionService) {
        self.database = database
        self.clock = clock
        self.petitions = petitions
    }

    static func text(_ value: String, max: Int, key: String) throws -> String {
        let value = value.trimmed
        guard !value.isEmpty, value.count <= max else { throw AppError.invalid(key, [String(max)]) }
        return value
    }

    /// Writes `body`'s rows with an audit entry, in one transaction.
    func write(_ event: AuditEvent, _ body: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        let now = clock.now()
        try await database.transaction { sql in
            try await body(sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
    }

    // MARK: reception days

    public func schedule(leaderName: String, leaderTitle: String, day: String, hours: String, place: String, unitCode: String,
                         by actor: StaffContext) async throws -> ReceptionDay {
        guard actor.staff.can(.handlePetitions) else { throw AppError.forbiddenAction }
        let now = clock.now()
        guard let date = Day(day.trimmed), date >= Day(date: now) else { throw AppError.invalid("reception_error_day") }
        let hours = hours.trimmed
        guard hours.range(of: #"^\d{2}:\d{2}-\d{2}:\d{2}$"#, options: .regularExpression) != nil else { throw AppError.invalid("reception_error_hours") }
        try await petitions.units.requireUnit(unitCode.trimmed, within: actor.scope, errorKey: "petition_error_unit")
        let reception = ReceptionDay(id: RecordID.make(now: now), leaderName: try Self.text(leaderName, max: 50, key: "reception_error_leader"),
                                     leaderTitle: try Self.text(leaderTitle, max: 100, key: "reception_error_leader"), day: date, hours: hours,
                                     place: try Self.text(place, max: 200, key: "reception_error_place"), unitCode: unitCode.trimmed, createdAt: now)
        let store = self.store, staffId = actor.staff.id
        try await write(actor.audit("reception.schedule", "reception_day", reception.id, detail: date.description)) { sql in
            try await store.insert(reception, by: staffId, on: sql)
        }
        return reception
    }

    /// The rota from today for `days` days: the caller's jurisdiction, or (nil) everyone's for the portal.
    public func rota(by actor: StaffContext?, days: Int = 60) async throws -> [ReceptionDay] {
        let today = Day(date: clock.now()), store = self.store, scope = actor?.scope ?? Scope(rootCode: "")
        return try await database.read { try await store.receptions(within: scope, from: today, to: today.adding(days: days), on: $0) }
    }

    public func reception(_ id: String, by actor: StaffContext) async throws -> (ReceptionDay, [String]) {
        let store = self.store
        guard let r = try await database.read({ try await store.reception(id: id, on: $0) }), actor.scope.contains(r.unitCode) else { throw AppError.notFound }
        return (r, try await database.read { try await store.cases(reception: id, on: $0) })
    }

    /// Records that `petition` was received on that reception day.
    public func record(_ petition: Petition, at receptionId: String, by actor: StaffContext) async throws {
        guard actor.staff.can(.handlePetitions) else { throw AppError.forbiddenAction }
        let (reception, _) = try await self.reception(receptionId, by: actor)
        let store = self.store
        try await write(actor.audit("reception.case", "reception_day", reception.id, detail: petition.number)) { sql in
            guard try await store.addCase(reception: reception.id, petition: petition.id, on: sql) else { throw AppError.conflict("reception_error_recorded") }
        }
    }

    // MARK: backlog cases

    /// Opens a backlog case on `petition`: all five ones named, or refused.
    public func openBacklog(_ petition: Petition, leader: String, team: String, plan: String, owner: String, by actor: StaffContext) async throws -> BacklogCase {
        guard actor.staff.can(.handlePetitions) else { throw AppError.forbiddenAction }
        let now = clock.now()
        let backlog = BacklogCase(id: RecordID.make(now: now), petitionId: petition.id, leader: try Self.text(leader, max: 100, key: "backlog_error_five"),
                                  team: try Self.text(team, max: 1_000, key: "backlog_error_five"), plan: try Self.text(plan, max: 8_000, key: "backlog_error_five"),
                                  owner: try Self.text(owner, max: 100, key: "backlog_error_five"), status: .open, openedAt: now)
        let store = self.store
        try await write(actor.audit("backlog.open", "backlog_case", backlog.id, detail: petition.number)) { sql in
            guard try await store.insert(backlog, on: sql) else { throw AppError.conflict("backlog_error_exists") }
        }
        return backlog
    }

    public func backlog(of petition: Petition) async throws -> BacklogCase? {
        let store = self.store
        return try await database.read { try await store.backlog(petitionId: petition.id, on: $0) }
    }

    /// The case with its petition, if the caller may see the petition (the read is audited there).
    public func backlog(_ id: String, by actor: StaffContext) async throws -> (BacklogCase, Petition) {
        let store = self.store
        guard let backlog = try await database.read({ try await store.backlog(id: id, on: $0) }) else { throw AppError.notFound }
        return (backlog, try await petitions.find(backlog.petitionId, by: actor))
    }

    /// Closes the case with its resolution; returns it as stored.
    @discardableResult
    public func resolve(_ backlog: BacklogCase, resolution: String, by actor: StaffContext) async throws -> BacklogCase {
        guard actor.staff.can(.handlePetitions) else { throw AppError.forbiddenAction }
        let text = try Self.text(resolution, max: 8_000, key: "backlog_error_resolution"), now = clock.now(), store = self.store
        try await write(actor.audit("backlog.resolve", "backlog_case", backlog.id)) { sql in
            guard try await store.resolve(id: backlog.id, resolution: text, at: now, on: sql) else { throw AppError.conflict("backlog_error_resolved") }
        }
        var resolved = backlog
        resolved.status = .resolved
        resolved.resolution = text
        resolved.resolvedAt = now
        return resolved
    }

    public func meetings(of backlog: BacklogCase) async throws -> [BacklogMeeting] {
        let store = self.store
        return try await database.read { try await store.meetings(caseId: backlog.id, on: $0) }
    }

    /// A joint consultation or case clinic with its minutes and decisions.
    public func addMeeting(to backlog: BacklogCase, kind: BacklogMeeting.Kind, heldOn: String, attendees: String, minutes: String, decisions: String,
                           by actor: StaffContext) async throws -> BacklogMeeting {
        guard actor.staff.can(.handlePetitions) else { throw AppError.forbiddenAction }
        let now = clock.now()
        guard let day = Day(heldOn.trimmed), day <= Day(date: now) else { throw AppError.invalid("backlog_error_meeting_day") }
        let meeting = BacklogMeeting(id: RecordID.make(now: now), caseId: backlog.id, kind: kind, heldOn: day.description,
                                     attendees: try Self.text(attendees, max: 1_000, key: "backlog_error_meeting"),
                                     minutes: try Self.text(minutes, max: 8_000, key: "backlog_error_meeting"),
                                     decisions: try Self.text(decisions, max: 8_000, key: "backlog_error_meeting"))
        let store = self.store, staffId = actor.staff.id
        try await write(actor.audit("backlog.\(kind.rawValue)", "backlog_case", backlog.id, detail: day.description)) { sql in
            try await store.insert(meeting, by: staffId, at: now, on: sql)
        }
        return meeting
    }

    // MARK: judicial aid

    /// Asks for a grant of `amountFen` (fen) with its reason; a leader decides.
    public func requestAid(for backlog: BacklogCase, amountFen: Int, reason: String, by actor: StaffContext) async throws -> AidGrant {
        guard actor.staff.can(.handlePetitions) else { throw AppError.forbiddenAction }
        guard (1...100_000_000).contains(amountFen) else { throw AppError.invalid("aid_error_amount") }
        let now = clock.now()
        let grant = AidGrant(id: RecordID.make(now: now), caseId: backlog.id, amountFen: amountFen,
                             reason: try Self.text(reason, max: 4_000, key: "aid_error_reason"), status: .requested, requestedAt: now, decidedAt: nil, decisionNote: nil)
        let store = self.store, staffId = actor.staff.id
        try await write(actor.audit("aid.request", "aid_grant", grant.id, detail: String(amountFen))) { sql in
            try await store.insert(grant, by: staffId, on: sql)
        }
        return grant
    }

    public func decideAid(_ grantId: String, approve: Bool, note: String, by actor: StaffContext) async throws -> AidGrant {
        guard actor.staff.can(.approveAid) else { throw AppError.forbiddenAction }
        let store = self.store
        // In the caller's jurisdiction, or not found; the decision does not read the petition, so no view is audited.
        guard let grant = try await database.read({ try await store.grant(id: grantId, on: $0) }),
              let backlog = try await database.read({ try await store.backlog(id: grant.caseId, on: $0) }) else { throw AppError.notFound }
        _ = try await petitions.visible(backlog.petitionId, by: actor)
        let text = try Self.text(note, max: 4_000, key: "aid_error_decision"), now = clock.now(), staffId = actor.staff.id
        try await write(actor.audit(approve ? "aid.approve" : "aid.refuse", "aid_grant", grant.id, detail: String(grant.amountFen))) { sql in
            guard try await store.decide(grant: grant.id, approved: approve, note: text, by: staffId, at: now, on: sql) else {
                throw AppError.conflict("aid_error_decided")
            }
        }
        var decided = grant
        decided.status = approve ? .approved : .refused
        decided.decidedAt = now
        decided.decisionNote = text
        return decided
    }

    /// One case's grants in the caller's jurisdiction, with what those approved come to.
    public func ledger(by actor: StaffContext, caseId: String) async throws -> (grants: [AidGrant], approvedFen: Int) {
        let store = self.store, scope = actor.scope
        let grants = try await database.read { try await store.grants(caseId: caseId, within: scope, on: $0) }
        return (grants, grants.filter { $0.status == .approved }.reduce(0) { $0 + $1.amountFen })
    }

    /// The ledger: a page of the grants in the caller's jurisdiction, newest first, how many there are, and what all those
    /// approved come to.
    public func ledger(by actor: StaffContext, paging: Paging) async throws -> (grants: [AidGrant], total: Int, approvedFen: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { sql in
            let grants = try await store.grants(within: scope, limit: paging.limit, offset: paging.offset, on: sql)
            let totals = try await store.grantTotals(within: scope, on: sql)
            return (grants, totals.count, totals.approvedFen)
        }
    }
}
