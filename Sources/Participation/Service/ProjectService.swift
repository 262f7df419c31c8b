import Foundation
import Kernel
import SQLKit

/// A project as its page and the API show it: the ledger with its totals, the disclosures owed
/// and made, the finishes and the evaluations.
public struct ProjectFile: Sendable {
    public let project: Project
    public let entries: [LedgerEntry]
    public let income: Int64, expense: Int64, balance: Int64
    public let disclosures: [Disclosure]
    public let schedule: [DisclosureDuty]
    public let finishes: [Day]
    public let evaluations: [Evaluation]

    public var lateDisclosures: Int { schedule.filter(\.isLate).count }
}

/// Community projects: the plan and budget, a separate fund ledger, disclosures on the
/// village-affairs schedule, finishing, and the residents' evaluation with the rework rule.
public struct ProjectService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let store = ProjectStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory) {
        self.database = database
        self.clock = clock
        self.units = units
    }

    var today: Day { Day(date: clock.now()) }

    public func create(unitCode: String, title: String, plan: String, budgetFen: Int64, ballotId: String?, startedOn: Day?, by actor: StaffContext) async throws -> Project {
        guard actor.staff.can(.runProjects) else { throw AppError.forbiddenAction }
        let unit = unitCode.trimmed, title = title.trimmed, plan = plan.trimmed, now = clock.now(), today = self.today
        try await units.requireUnit(unit, codeLength: 12, within: actor.scope, errorKey: "project_error_unit")
        guard !title.isEmpty, title.count <= 200 else { throw AppError.invalid("project_error_title").naming("title") }
        guard !plan.isEmpty, plan.count <= 10_000 else { throw AppError.invalid("project_error_plan").naming("plan") }
        guard (1...ProjectRules.maxAmountFen).contains(budgetFen) else { throw AppError.invalid("project_error_amount").naming("budget_fen") }
        let started = startedOn ?? today
        guard started <= today, started >= today.adding(days: -366) else { throw AppError.invalid("project_error_entry_day").naming("started_on") }
        let ballot = ballotId.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        let p = Project(id: RecordID.make(now: now), unitCode: unit, title: title, plan: plan, budgetFen: budgetFen, ballotId: ballot, status: .inProgress,
                        round: 1, startedOn: started, finishedOn: nil, acceptedOn: nil, createdBy: actor.staff.id, createdAt: now)
        let store = self.store, event = actor.audit("project.create", "project", p.id, detail: unit)
        try await database.transaction(recording: event, at: now) { sql in
            if let ballot {
                // The ballot that chose it, of the same community.
                guard try await BallotStore().find(id: ballot, on: sql)?.unitCode == unit else {
                    throw AppError.invalid("project_error_ballot", [String(ballot.prefix(64))]).naming("ballot_id")
                }
            }
            try await store.insert(p, on: sql)
        }
        return p
    }

    /// Seen from the community's jurisdiction and by the grid workers inside it; 404 elsewhere.
    public func find(_ id: String, by actor: StaffContext) async throws -> Project {
        let store = self.store
        guard let p = try await database.read({ try await store.find(id: id, on: $0) }),
              actor.scope.contains(p.unitCode) || actor.staff.unitCode.hasPrefix(p.unitCode) else { throw AppError.notFound }
        return p
    }

    public func list(by actor: StaffContext, paging: Paging) async throws -> (items: [Project], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.list(within: scope, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    public func file(_ p: Project) async throws -> ProjectFile {
        let store = self.store, today = self.today
        return try await database.read { sql in
            let settings = try await store.settings(on: sql)
            let entries = try await store.ledger(project: p.id, on: sql), disclosures = try await store.disclosures(project: p.id, on: sql)
            let (finishes, evaluations) = try await store.events(project: p.id, on: sql)
            let totals = ProjectRules.balance(entries)
            return ProjectFile(project: p, entries: entries, income: totals.income, expense: totals.expense, balance: totals.balance, disclosures: disclosures,
                               schedule: ProjectRules.schedule(p, evaluations: evaluations, finishes: finishes, disclosures: disclosures, today: today,
                                                               settings: settings),
                               finishes: finishes, evaluations: evaluations)
        }
    }

    public func addEntry(_ p: Project, kind: String, amountFen: Int64, voucher: String, note: String, entryOn: Day?, by actor: StaffContext) async throws -> LedgerEntry {
        guard actor.staff.can(.runProjects) else { throw AppError.forbiddenAction }
        guard let kind = LedgerEntry.Kind(rawValue: kind.trimmed) else { throw AppError.invalid("project_error_entry_kind").naming("kind") }
        let now = clock.now(), today = self.today
        let entry = LedgerEntry(id: RecordID.make(now: now), projectId: p.id, entryOn: entryOn ?? today, kind: kind, amountFen: amountFen,
                                voucher: voucher.trimmed, note: String(note.trimmed.prefix(500)), enteredBy: actor.staff.id, enteredAt: now)
        let store = self.store, dbKind = database.kind
        let event = actor.audit("project.ledger", "project", p.id, detail: "\(kind.rawValue) \(amountFen) \(entry.voucher)")
        try await database.transaction(recording: event, at: now) { sql in
            try await store.lock(project: p.id, kind: dbKind, on: sql)
            guard let current = try await store.find(id: p.id, on: sql) else { throw AppError.notFound }
            let entries = try await store.ledger(project: p.id, on: sql)
            if let refusal = ProjectRules.entryRefusal(entry, after: entries, project: current, today: today) {
                throw refusal == "project_error_overdrawn" || refusal == "project_error_closed" ? AppError.conflict(refusal) : AppError.invalid(refusal)
            }
            try await store.insert(entry, on: sql)
        }
        return entry
    }

    /// A disclosure of one period the schedule owes (or owed): once per period.
    public func disclose(_ p: Project, kind: String, period: String, content: String, by actor: StaffContext) async throws -> Disclosure {
        guard actor.staff.can(.runProjects) else { throw AppError.forbiddenAction }
        guard let kind = DisclosureKind(rawValue: kind.trimmed) else { throw AppError.invalid("project_error_disclosure_kind").naming("kind") }
        let content = content.trimmed, period = period.trimmed, now = clock.now()
        guard !content.isEmpty, content.count <= 10_000 else { throw AppError.invalid("project_error_content").naming("content") }
        let owed = try await file(p).schedule
        guard owed.contains(where: { $0.kind == kind && $0.period == period }) else {
            throw AppError.invalid("project_error_period", [String(period.prefix(40))]).naming("period")
        }
        let d = Disclosure(id: RecordID.make(now: now), projectId: p.id, kind: kind, period: period, content: content, disclosedOn: today,
                           disclosedBy: actor.staff.id, disclosedAt: now)
        let store = self.store, event = actor.audit("project.disclose", "project", p.id, detail: "\(kind.rawValue) \(period)")
        try await database.transaction(recording: event, at: now) { sql in
            guard try await store.insert(d, on: sql) else { throw AppError.conflict("project_error_disclosed") }
        }
        return d
    }

    /// Reported finished (again, after a rework): the evaluation meeting comes next.
    public func finish(_ p: Project, on day: Day?, note: String, by actor: StaffContext) async throws -> Project {
        guard actor.staff.can(.runProjects) else { throw AppError.forbiddenAction }
        guard p.status == .inProgress || p.status == .rework else { throw AppError.conflict("project_error_not_in_progress") }
        let now = clock.now(), day = day ?? today
        guard day <= today, day >= p.startedOn else { throw AppError.invalid("project_error_held_on").naming("finished_on") }
        var finished = p
        (finished.status, finished.finishedOn) = (.finished, day)
        let next = finished
        let store = self.store, event = actor.audit("project.finish", "project", p.id, detail: "round \(p.round)")
        try await database.transaction(recording: event, at: now) { sql in
            guard try await store.advance(p.id, from: p.status, to: next, on: sql) else { throw AppError.conflict("project_error_not_in_progress") }
            try await store.insertFinish(project: p.id, round: p.round, on: day, note: String(note.trimmed.prefix(500)), by: actor.staff.id, at: now, on: sql)
        }
        return next
    }

    /// The residents' evaluation meeting: accepted, or reworked when too few are satisfied.
    public func evaluate(_ p: Project, satisfied: Int, basically: Int, unsatisfied: Int, heldOn: Day?, note: String, by actor: StaffContext) async throws -> Evaluation {
        guard actor.staff.can(.runProjects) else { throw AppError.forbiddenAction }
        let now = clock.now(), today = self.today, held = heldOn ?? today, store = self.store
        if let refusal = ProjectRules.evaluationRefusal(p, satisfied: satisfied, basically: basically, unsatisfied: unsatisfied, heldOn: held, today: today) {
            throw refusal == "project_error_not_finished" ? AppError.conflict(refusal) : AppError.invalid(refusal)
        }
        let settings = try await database.read { try await store.settings(on: $0) }
        let outcome = ProjectRules.outcome(satisfied: satisfied, total: satisfied + basically + unsatisfied, settings: settings)
        let e = Evaluation(id: RecordID.make(now: now), projectId: p.id, round: p.round, heldOn: held, satisfied: satisfied, basicallySatisfied: basically,
                           unsatisfied: unsatisfied, outcome: outcome, note: String(note.trimmed.prefix(2_000)), recordedBy: actor.staff.id, recordedAt: now)
        var evaluated = p
        switch outcome {
        case .accepted: (evaluated.status, evaluated.acceptedOn) = (.accepted, held)
        case .rework: (evaluated.status, evaluated.round) = (.rework, p.round + 1)
        }
        let next = evaluated
        let event = actor.audit("project.evaluate", "project", p.id, detail: "round \(p.round) \(outcome.rawValue) \(satisfied)/\(e.total)")
        try await database.transaction(recording: event, at: now) { sql in
            guard try await store.advance(p.id, from: .finished, to: next, on: sql) else { throw AppError.conflict("project_error_not_finished") }
            try await store.insert(e, on: sql)
        }
        return e
    }

    public func settings() async throws -> ParticipationSettings {
        let store = self.store
        return try await database.read { try await store.settings(on: $0) }
    }

    public func saveSettings(_ settings: ParticipationSettings, by actor: StaffContext) async throws -> ParticipationSettings {
        guard actor.staff.can(.configureParticipation) else { throw AppError.forbiddenAction }
        let settings = try settings.validated(), now = clock.now(), store = self.store
        let event = actor.audit("participation.settings", "settings", "county", detail: String(decoding: try JSONEncoder().encode(settings), as: UTF8.self))
        try await database.transaction(recording: event, at: now) { sql in
            try await store.saveSettings(settings, by: actor.staff.id, at: now, on: sql)
        }
        return settings
    }

    /// Every project's ledger and disclosures are public: residents see them on the portal.
    public func publicList(limit: Int) async throws -> [Project] {
        let store = self.store
        return try await database.read { try await store.list(within: nil, limit: limit, offset: 0, on: $0) }.items
    }

    public func publicProject(_ id: String) async throws -> Project {
        let store = self.store
        guard let p = try await database.read({ try await store.find(id: id, on: $0) }) else { throw AppError.notFound }
        return p
    }
}
