import Foundation
import Kernel
import SQLKit

/// Leave requests and sanction proposals, each decided by the justice office at the level the
/// rules name; and the visits asked of the grid.
extension CaseloadService {
    public func requestLeave(_ c: Caseload, from: Day, to: Day, reason: String, by actor: StaffContext) async throws -> LeaveRequest {
        guard actor.staff.can(.manageCaseloads) else { throw AppError.forbiddenAction }
        guard c.kind == .correction else { throw AppError.invalid("caseload_error_not_correction") }
        guard c.status == .active else { throw AppError.conflict("caseload_error_ended") }
        let reason = reason.trimmed, now = clock.now(), store = self.store
        guard !reason.isEmpty, reason.count <= 2_000 else { throw AppError.invalid("caseload_error_reason") }
        guard from >= Day(date: now).adding(days: -1), from <= Day(date: now).adding(days: 365) else { throw AppError.invalid("caseload_error_leave_days") }
        let earlier = try await database.read { try await store.leaves(of: c.id, on: $0) }
        if let refusal = CaseloadRules.leaveRefusal(from: from, to: to, earlier: earlier, settings: try await settings()) { throw AppError.invalid(refusal) }
        let leave = LeaveRequest(id: RecordID.make(now: now), caseloadId: c.id, from: from, to: to, reason: reason, status: .proposed,
                                 requestedBy: actor.staff.id, requestedAt: now, decidedBy: nil, decidedAt: nil, decisionNote: nil)
        _ = try await apply(c, c, action: "leave_requested", note: "\(from)–\(to)", by: actor, detail: String(leave.days)) { sql in
            try await store.insert(leave, on: sql)
        }
        return leave
    }

    public func proposeSanction(_ c: Caseload, kind: SanctionKind, basis: SanctionBasis, outOfContactDays: Int?, reasons: String,
                                by actor: StaffContext) async throws -> SanctionProposal {
        guard actor.staff.can(.manageCaseloads) else { throw AppError.forbiddenAction }
        guard c.kind == .correction else { throw AppError.invalid("caseload_error_not_correction") }
        guard c.status == .active else { throw AppError.conflict("caseload_error_ended") }
        let reasons = reasons.trimmed, now = clock.now(), store = self.store
        guard !reasons.isEmpty, reasons.count <= 2_000 else { throw AppError.invalid("caseload_error_reason") }
        if let days = outOfContactDays, !(0...3_650).contains(days) { throw AppError.invalid("caseload_error_sanction_days") }
        let earlier = try await database.read { try await store.sanctions(of: c.id, on: $0) }
        if let refusal = CaseloadRules.sanctionRefusal(kind, basis: basis, outOfContactDays: outOfContactDays, approved: earlier, settings: try await settings()) {
            throw AppError.invalid(refusal)
        }
        let proposal = SanctionProposal(id: RecordID.make(now: now), caseloadId: c.id, kind: kind, basis: basis, outOfContactDays: outOfContactDays,
                                        reasons: reasons, status: .proposed, proposedBy: actor.staff.id, proposedAt: now, decidedBy: nil, decidedAt: nil,
                                        decisionNote: nil)
        _ = try await apply(c, c, action: "sanction_proposed", note: kind.rawValue, by: actor, detail: "\(kind.rawValue) \(basis.rawValue)") { sql in
            try await store.insert(proposal, on: sql)
        }
        return proposal
    }

    public enum Measure: String, Sendable { case leave, sanction }

    /// Approves or refuses a proposed leave or sanction: the street justice office within its
    /// limits, the county for the rest. The decision needs its note.
    public func decide(_ c: Caseload, measure: Measure, id: String, approve: Bool, note: String, by actor: StaffContext) async throws {
        guard actor.staff.can(.approveCaseloadMeasures) else { throw AppError.forbiddenAction }
        let note = note.trimmed, store = self.store, settings = try await settings()
        guard !note.isEmpty, note.count <= 2_000 else { throw AppError.invalid("caseload_error_decision_note") }
        let table: String, summary: String
        switch measure {
        case .leave:
            guard let leave = try await database.read({ try await store.leaves(of: c.id, on: $0) }).first(where: { $0.id == id }) else { throw AppError.notFound }
            guard approve == false || CaseloadRules.mayApprove(leaveDays: leave.days, approverUnit: actor.staff.unitCode, settings: settings) else {
                throw AppError.invalid("caseload_error_approver_level")
            }
            (table, summary) = ("caseload_leaves", "leave \(leave.days)")
        case .sanction:
            guard let s = try await database.read({ try await store.sanctions(of: c.id, on: $0) }).first(where: { $0.id == id }) else { throw AppError.notFound }
            guard CaseloadRules.mayApprove(sanction: s.kind, approverUnit: actor.staff.unitCode, settings: settings) else {
                throw AppError.invalid("caseload_error_approver_level")
            }
            (table, summary) = ("caseload_sanctions", s.kind.rawValue)
        }
        let staffId = actor.staff.id, now = clock.now()
        _ = try await apply(c, c, action: approve ? "\(measure.rawValue)_approved" : "\(measure.rawValue)_refused", note: note, by: actor, detail: summary) { sql in
            guard try await store.decide(table: table, id: id, caseload: c.id, approved: approve, by: staffId, note: note, at: now, on: sql) else {
                throw AppError.conflict("caseload_error_decided")
            }
        }
    }

    /// Asks the grid to visit the person by `due`: the task carries the name and address only.
    public func askVisit(_ c: Caseload, due: Day, by actor: StaffContext) async throws -> VisitTask {
        guard actor.staff.can(.manageCaseloads) else { throw AppError.forbiddenAction }
        guard c.status == .active else { throw AppError.conflict("caseload_error_ended") }
        let now = clock.now(), today = Day(date: now), store = self.store
        guard due >= today, due <= today.adding(days: 90) else { throw AppError.invalid("caseload_error_task_day") }
        guard let person = try await people.people([c.residentId])[c.residentId] else { throw AppError.invalid("caseload_error_person") }
        let task = VisitTask(id: RecordID.make(now: now), caseloadId: c.id, gridCode: person.gridCode, personName: person.name, address: person.address,
                             dueOn: due, doneOn: nil, doneBy: nil, note: nil, askedBy: actor.staff.id, askedAt: now)
        _ = try await apply(c, c, action: "visit_asked", note: due.description, by: actor) { sql in try await store.insert(task, on: sql) }
        return task
    }

    /// The visit tasks of the caller's grid(s): what a grid worker sees of a caseload, and no more.
    public func visitTasks(by actor: StaffContext) async throws -> [VisitTask] {
        guard actor.staff.can(.doVisitTasks) else { throw AppError.forbiddenAction }
        let store = self.store, scope = actor.scope
        let tasks = try await database.read { try await store.tasks(within: scope, limit: 200, on: $0) }
        // Open ones first, soonest first; then the done ones, latest first.
        return tasks.filter { $0.doneOn == nil }.sorted { ($0.dueOn, $0.id) < ($1.dueOn, $1.id) } + tasks.filter { $0.doneOn != nil }
    }

    /// A visit task of the caller's grid, or 404 as if there were none: looked up before the
    /// request's fields are read, so a task elsewhere is not told apart by a 422.
    public func visitTask(_ id: String, by actor: StaffContext) async throws -> VisitTask {
        let store = self.store
        guard actor.staff.can(.doVisitTasks), let task = try await database.read({ try await store.task(id: id, on: $0) }),
              actor.scope.contains(task.gridCode) else { throw AppError.notFound }
        return task
    }

    /// The grid worker's visit done: the task is closed and the caseload gains a visit contact.
    public func completeVisit(_ taskId: String, on day: Day, note: String, by actor: StaffContext) async throws -> VisitTask {
        let store = self.store, task = try await visitTask(taskId, by: actor)
        guard task.doneOn == nil else { throw AppError.conflict("caseload_error_task_done") }
        let note = note.trimmed, staffId = actor.staff.id
        guard note.count <= 2_000 else { throw AppError.invalid("caseload_error_notes") }
        guard let c = try await database.read({ try await store.find(id: task.caseloadId, on: $0) }) else { throw AppError.notFound }
        let now = clock.now()
        guard day <= Day(date: now), day >= Day(date: task.askedAt).adding(days: -1) else { throw AppError.invalid("caseload_error_contact_day") }
        let contact = CaseloadContact(id: RecordID.make(now: now), caseloadId: c.id, kind: .visit, on: day, notes: note, riskGrade: nil, joint: false,
                                      hours: nil, score: nil, recordedBy: staffId, recordedAt: now)
        if c.status == .active {
            _ = try await apply(c, c, action: "visit_task_done", note: day.description, by: actor, detail: task.id) { sql in
                guard try await store.completeTask(task.id, on: day, note: note, by: staffId, on: sql) else { throw AppError.conflict("caseload_error_task_done") }
                try await store.insert(contact, unit: c.unitCode, on: sql)
            }
        } else {
            let event = actor.audit("caseload.visit_task_done", "visit_task", task.id)
            try await database.transaction { sql in
                guard try await store.completeTask(task.id, on: day, note: note, by: staffId, on: sql) else { throw AppError.conflict("caseload_error_task_done") }
                try await AuditLog().append(event, at: now, on: sql)
            }
        }
        var done = task
        (done.doneOn, done.doneBy, done.note) = (day, staffId, note)
        return done
    }

    /// The social workers a caseload may be given to: active, of the caseload's own street or community.
    public func assignees(for c: Caseload) async throws -> [(staff: Staff, load: Int)] {
        let store = self.store, scope = Scope(rootCode: c.unitCode)
        return try await database.read { sql in
            let staff = try await StaffStore().list(within: scope, limit: 500, offset: 0, on: sql).items
                .filter { $0.active && $0.role == .socialWorker && c.gridCode.hasPrefix($0.unitCode) }
            var loads: [(staff: Staff, load: Int)] = []
            for s in staff { loads.append((s, try await store.activeCount(assignedTo: s.id, on: sql))) }
            return loads
        }
    }

    /// Gives the caseload to another social worker of its street or community; `overRatio` warns
    /// when that worker now carries more than the ratio (a warning, not a refusal).
    public func assign(_ c: Caseload, to staffId: String, by actor: StaffContext) async throws -> (caseload: Caseload, overRatio: Bool) {
        guard actor.staff.can(.manageCaseloads) || actor.staff.can(.approveCaseloadMeasures) else { throw AppError.forbiddenAction }
        guard c.status == .active else { throw AppError.conflict("caseload_error_ended") }
        guard staffId != c.assignedTo, let assignee = try await assignees(for: c).first(where: { $0.staff.id == staffId }) else {
            throw AppError.invalid("caseload_error_assignee")
        }
        var changed = c
        changed.assignedTo = staffId
        let updated = try await apply(c, changed, action: "assign", note: assignee.staff.displayName, by: actor, detail: staffId)
        let ratio = try await settings().caseloadRatio
        return (updated, assignee.load + 1 > ratio)
    }
}
