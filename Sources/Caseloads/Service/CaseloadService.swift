import Foundation
import Kernel
import SQLKit

/// Caseloads on the casework kernel: register a registry resident, record what was done, keep the
/// duties' clock (stored as the earliest duty, supervised like every other clock), and show each
/// caseload only to those who need to know, auditing every read.
public struct CaseloadService: Sendable {
    let database: Database
    let clock: any AppClock
    let people: any PersonDirectory
    let store = CaseloadStore()
    let steps = CaseSteps(history: CaseloadStore.history, changedKey: "caseload_error_changed")
    /// The month's figures by reader, kept while no setting was written, and counted again in the units whose caseloads or
    /// contacts were (`CaseloadStore.figureStamp`).
    let figureCache = PartedCache<CaseloadFigures.Tally>(capacity: 500)

    public init(database: Database, clock: any AppClock, people: any PersonDirectory) {
        self.database = database
        self.clock = clock
        self.people = people
    }

    var today: Day { Day(date: clock.now()) }

    public func settings() async throws -> CaseloadSettings {
        let store = self.store
        return try await database.read { try await store.settings(on: $0) }
    }

    public func saveSettings(_ settings: CaseloadSettings, by actor: StaffContext) async throws -> CaseloadSettings {
        guard actor.staff.can(.configureCaseloads) else { throw AppError.forbiddenAction }
        let settings = try Self.checked(settings), now = clock.now(), store = self.store, id = actor.staff.id
        let event = actor.audit("caseload.settings", "caseload_settings", "county")
        try await database.transaction { sql in
            try await store.saveSettings(settings, by: id, at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return settings
    }

    static func checked(_ settings: CaseloadSettings) throws -> CaseloadSettings {
        do { return try settings.validated() } catch { throw AppError.invalid("caseload_error_settings") }
    }

    /// What registering needs beyond the person: the kind's own facts.
    public struct Registration: Sendable {
        public var kind: CaseloadKind, idNumber: String, startsOn: Day, endsOn: Day?, noticeOn: Day?, keyPerson: Bool, youthGroup: YouthGroup?, plan: String

        public init(kind: CaseloadKind, idNumber: String, startsOn: Day, endsOn: Day? = nil, noticeOn: Day? = nil, keyPerson: Bool = false,
                    youthGroup: YouthGroup? = nil, plan: String = "") {
            (self.kind, self.idNumber, self.startsOn, self.endsOn, self.noticeOn) = (kind, idNumber, startsOn, endsOn, noticeOn)
            (self.keyPerson, self.youthGroup, self.plan) = (keyPerson, youthGroup, plan)
        }
    }

    /// Registers a resident of the caller's jurisdiction on a caseload assigned to the caller;
    /// `overRatio` says the caller now carries more than the ratio allows (a warning, not a refusal).
    public func register(_ r: Registration, by actor: StaffContext) async throws -> (caseload: Caseload, overRatio: Bool) {
        guard actor.staff.can(.manageCaseloads) else { throw AppError.forbiddenAction }
        let now = clock.now(), today = Day(date: now), settings = try await settings()
        guard r.idNumber.trimmed.count <= 18, let person = try await people.person(idNumber: r.idNumber.trimmed, within: actor.scope, includeSealed: actor.staff.can(.viewSealedRecords)) else {
            throw AppError.invalid("caseload_error_person")
        }
        let plan = r.plan.trimmed
        guard plan.count <= 2_000 else { throw AppError.invalid("caseload_error_plan") }
        guard r.startsOn >= today.adding(days: -3_650), r.startsOn <= today.adding(days: 90) else { throw AppError.invalid("caseload_error_starts") }
        var c = Caseload(id: RecordID.make(now: now), kind: r.kind, residentId: person.id, gridCode: person.gridCode, assignedTo: actor.staff.id,
                         status: .active, startsOn: r.startsOn, endsOn: nil, level: nil, reportedOn: nil, noticeOn: nil, keyPerson: false, metOn: nil,
                         resettledOn: nil, reoffendedOn: nil, youthGroup: nil, plan: plan, createdBy: actor.staff.id, createdAt: now)
        switch r.kind {
        case .correction:
            // The judgment has taken effect; the term runs from it to its end.
            guard r.startsOn <= today else { throw AppError.invalid("caseload_error_starts") }
            guard let end = r.endsOn, end > r.startsOn, end <= r.startsOn.adding(days: 366 * 10) else { throw AppError.invalid("caseload_error_term") }
            c.endsOn = end
            c.level = .strict
        case .resettlement:
            c.noticeOn = r.noticeOn
            c.keyPerson = r.keyPerson
            c.endsOn = CaseloadRules.helpEnds(c, settings: settings)
        case .youth:
            guard let group = r.youthGroup else { throw AppError.invalid("caseload_error_youth_group") }
            guard let birth = Day(person.birthDate), CaseloadRules.youthAgeFits(group, birth: birth, today: today) else { throw AppError.invalid("caseload_error_youth_age") }
            c.youthGroup = group
        case .mentalHealth:
            break
        }
        let due = CaseloadRules.duties(c, contacts: [], settings: settings, today: today).first
        let store = self.store, event = actor.audit("caseload.register", "caseload", c.id, detail: c.kind.rawValue), caseload = c
        let load = try await database.transaction { sql in
            guard try await !store.openCaseload(resident: caseload.residentId, kind: caseload.kind, on: sql) else { throw AppError.conflict("caseload_error_exists") }
            try await store.insert(caseload, due: due, on: sql)
            try await CaseloadStore.history.add(caseload.id, action: "register", from: nil, to: caseload.status.rawValue, note: nil, actorId: caseload.createdBy,
                                                at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
            return try await store.activeCount(assignedTo: caseload.assignedTo, on: sql)
        }
        return (c, load > settings.caseloadRatio)
    }

    /// A caseload the caller may read, or 404 as if there were none; `audit` false for a step's own check.
    public func find(_ id: String, by actor: StaffContext, audit: Bool = true) async throws -> Caseload {
        let store = self.store
        guard let c = try await database.read({ try await store.find(id: id, on: $0) }) else { throw AppError.notFound }
        let sealed = try await people.people([c.residentId])[c.residentId]?.sealed ?? false
        guard CaseloadAccess.mayRead(c, sealed: sealed, by: actor.staff) else { throw AppError.notFound }
        if audit { try await AuditLog().record(actor.audit("caseload.view", "caseload", c.id), at: clock.now(), in: database) }
        return c
    }

    /// Everything the caseload's page and API show.
    public struct Detail: Sendable {
        public let caseload: Caseload
        public let person: PersonEntry?
        public let contacts: [CaseloadContact]
        public let leaves: [LeaveRequest]
        public let sanctions: [SanctionProposal]
        public let tasks: [VisitTask]
        public let history: [StepLog.Entry]
        public let notices: [CaseNotice]
        public let duties: [Duty]
        public let settings: CaseloadSettings
    }

    public func detail(_ c: Caseload) async throws -> Detail {
        let store = self.store, settings = try await settings(), id = c.id
        let (contacts, leaves, sanctions, tasks, history) = try await database.read { sql in
            (try await store.contacts(of: [id], on: sql), try await store.leaves(of: id, on: sql), try await store.sanctions(of: id, on: sql),
             try await store.tasks(caseload: id, on: sql), try await CaseloadStore.history.entries(of: id, on: sql))
        }
        let notices = try await CaseloadSupervision.clock.notices(of: id, in: database)
        return Detail(caseload: c, person: try await people.people([c.residentId])[c.residentId], contacts: contacts, leaves: leaves, sanctions: sanctions,
                      tasks: tasks, history: history, notices: notices, duties: CaseloadRules.duties(c, contacts: contacts, settings: settings, today: today),
                      settings: settings)
    }

    /// A caseload with the person's name, as lists show it.
    public struct Line: Sendable {
        public let caseload: Caseload
        public let person: PersonEntry?
    }

    /// The caller's caseloads (or those due within `dueWithinDays`), earliest duty first. The list
    /// read is audited once, with how many it showed.
    public func list(by actor: StaffContext, kind: CaseloadKind? = nil, unit: String? = nil, dueWithinDays: Int? = nil,
                     paging: Paging) async throws -> (items: [Line], total: Int) {
        var filter = CaseloadAccess.filter(for: actor.staff)
        if let kind { filter.kinds = filter.kinds.filter { $0 == kind } }
        filter.unitCode = unit
        filter.dueBefore = dueWithinDays.map { today.adding(days: $0).endDate.epochSeconds }
        let store = self.store, f = filter
        let (items, total) = try await database.read { try await store.list(f, limit: paging.limit, offset: paging.offset, on: $0) }
        let found = try await people.people(items.map(\.residentId))
        // A sealed minor's caseload stays out of lists for roles that may not see sealed records.
        let lines = items.filter { CaseloadAccess.mayRead($0, sealed: found[$0.residentId]?.sealed ?? false, by: actor.staff) }
            .map { Line(caseload: $0, person: found[$0.residentId]) }
        try await AuditLog().record(actor.audit("caseload.list", "caseloads", actor.staff.unitCode, detail: String(lines.count)), at: clock.now(), in: database)
        return (lines, total - (items.count - lines.count))
    }

    /// A step on a caseload: the changed record and any rows written with it, in one transaction
    /// with its history and audit; the clock is worked out again from the contacts as they then are.
    func apply(_ c: Caseload, _ changed: Caseload, action: String, note: String?, by actor: StaffContext, detail: String = "",
               also write: @escaping @Sendable (any SQLDatabase) async throws -> Void = { _ in }) async throws -> Caseload {
        let now = clock.now(), today = Day(date: now), store = self.store, settings = try await settings()
        let step = CaseStep(caseId: c.id, action: action, from: c.status.rawValue, to: changed.status.rawValue, note: note, actorId: actor.staff.id)
        try await steps.commit(step, audit: actor.audit("caseload.\(action)", "caseload", c.id, detail: detail), at: now, in: database) { sql in
            try await write(sql)
            let contacts = try await store.contacts(of: [c.id], on: sql)
            let due = CaseloadRules.duties(changed, contacts: contacts, settings: settings, today: today).first
            return try await store.update(changed, expected: c, due: due, on: sql)
        }
        return changed
    }

    /// What the social worker (or the grid, through a visit task) did with the person.
    public struct ContactInput: Sendable {
        public var kind: ContactKind, on: Day, notes: String, riskGrade: Int?, joint: Bool, hours: Int?, score: Int?

        public init(kind: ContactKind, on: Day, notes: String, riskGrade: Int? = nil, joint: Bool = false, hours: Int? = nil, score: Int? = nil) {
            (self.kind, self.on, self.notes, self.riskGrade, self.joint, self.hours, self.score) = (kind, on, notes, riskGrade, joint, hours, score)
        }
    }

    public func addContact(_ c: Caseload, _ input: ContactInput, by actor: StaffContext) async throws -> Caseload {
        guard actor.staff.can(.manageCaseloads) else { throw AppError.forbiddenAction }
        return try await record(c, input, by: actor, actorId: actor.staff.id)
    }

    func record(_ c: Caseload, _ input: ContactInput, by actor: StaffContext, actorId: String, action: String = "contact") async throws -> Caseload {
        guard c.status == .active else { throw AppError.conflict("caseload_error_ended") }
        let now = clock.now(), today = Day(date: now)
        let notes = input.notes.trimmed
        guard notes.count <= 2_000 else { throw AppError.invalid("caseload_error_notes") }
        guard input.on <= today, input.on >= c.startsOn.adding(days: -60) else { throw AppError.invalid("caseload_error_contact_day") }
        let allowed: Set<ContactKind> = switch c.kind {
        case .correction: [.report, .writtenReport, .visit, .study, .service, .assessment, .help]
        case .resettlement: [.visit, .help]
        case .mentalHealth: [.followUp, .visit, .help, .healthCheck]
        case .youth: [.visit, .help]
        }
        guard allowed.contains(input.kind) else { throw AppError.invalid("caseload_error_contact_kind") }
        var contact = CaseloadContact(id: RecordID.make(now: now), caseloadId: c.id, kind: input.kind, on: input.on, notes: notes, riskGrade: nil, joint: false,
                                      hours: nil, score: nil, recordedBy: actorId, recordedAt: now)
        switch input.kind {
        case .followUp:
            guard let grade = input.riskGrade, (0...5).contains(grade) else { throw AppError.invalid("caseload_error_risk_grade") }
            contact.riskGrade = grade
            contact.joint = input.joint
        case .study, .service:
            guard let hours = input.hours, (1...200).contains(hours) else { throw AppError.invalid("caseload_error_hours") }
            contact.hours = hours
        case .assessment:
            guard let score = input.score, (0...100).contains(score) else { throw AppError.invalid("caseload_error_score") }
            contact.score = score
        default:
            break
        }
        var changed = c
        // The first in-person report is the one the ten-day clock waits for.
        if c.kind == .correction, input.kind == .report, c.reportedOn == nil { changed.reportedOn = input.on }
        let store = self.store, row = contact
        return try await apply(c, changed, action: action, note: input.kind.rawValue, by: actor, detail: input.kind.rawValue) { sql in
            try await store.insert(row, unit: c.unitCode, on: sql)
        }
    }

    public enum Step: String, Sendable, CaseIterable {
        /// 必接必送 recorded (resettlement, key persons).
        case met
        case resettled, reoffended
        /// The supervision level, by the justice office.
        case level
        /// End of term or of the help period; closes the caseload.
        case end
    }

    public func step(_ c: Caseload, _ step: Step, on day: Day?, level: SupervisionLevel?, note: String, by actor: StaffContext) async throws -> Caseload {
        let permission: Permission = step == .level ? .approveCaseloadMeasures : .manageCaseloads
        guard actor.staff.can(permission) else { throw AppError.forbiddenAction }
        guard c.status == .active else { throw AppError.conflict("caseload_error_ended") }
        let today = self.today, on = day ?? today
        guard on <= today, on >= c.startsOn.adding(days: -60) else { throw AppError.invalid("caseload_error_contact_day") }
        var changed = c
        switch step {
        case .met:
            guard c.kind == .resettlement, c.keyPerson, c.metOn == nil else { throw AppError.conflict("caseload_error_step") }
            changed.metOn = on
        case .resettled:
            guard c.kind == .resettlement, c.resettledOn == nil, on >= c.startsOn else { throw AppError.conflict("caseload_error_step") }
            changed.resettledOn = on
        case .reoffended:
            guard [.resettlement, .correction].contains(c.kind), c.reoffendedOn == nil else { throw AppError.conflict("caseload_error_step") }
            changed.reoffendedOn = on
        case .level:
            guard let level, level != c.level else { throw AppError.invalid("caseload_error_level") }
            let store = self.store, id = c.id
            let contacts = try await database.read { try await store.contacts(of: [id], on: $0) }
            if let refusal = CaseloadRules.levelRefusal(level, for: c, contacts: contacts, settings: try await settings(), today: today) {
                throw AppError.conflict(refusal)
            }
            changed.level = level
        case .end:
            changed.status = .ended
            if c.endsOn == nil || c.endsOn! > on { changed.endsOn = on }
        }
        let text = note.trimmed
        guard text.count <= 2_000 else { throw AppError.invalid("caseload_error_notes") }
        return try await apply(c, changed, action: step.rawValue, note: text.isEmpty ? (level?.rawValue ?? on.description) : text, by: actor,
                               detail: level?.rawValue ?? on.description)
    }
}
