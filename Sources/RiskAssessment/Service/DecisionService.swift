import Foundation
import Kernel
import SQLKit

/// Major decisions and their procedure: proposal, participation, experts, assessment, legality
/// review, the gated collective decision, publication and follow-up.
public struct DecisionService: Sendable {
    let database: Database
    let clock: any AppClock
    let calendar: WorkCalendar
    let units: any UnitDirectory
    let households: any HouseholdDirectory
    /// Where the work orders, petitions and disputes a decision gave rise to are found by number.
    let cases: [any CaseLookup]
    let store = DecisionStore()

    public init(database: Database, clock: any AppClock, calendar: WorkCalendar, units: any UnitDirectory, households: any HouseholdDirectory,
                cases: [any CaseLookup] = []) {
        self.database = database
        self.clock = clock
        self.calendar = calendar
        self.units = units
        self.households = households
        self.cases = cases
    }

    public struct NewDecision: Sendable {
        public var title: String, kind: String, summary: String, unitCode: String, affectedUnits: [String], estimatedHouseholds: Int
        public var leader: String, assessor: String

        public init(title: String, kind: String, summary: String, unitCode: String, affectedUnits: [String], estimatedHouseholds: Int,
                    leader: String, assessor: String) {
            self.title = title
            self.kind = kind
            self.summary = summary
            self.unitCode = unitCode
            self.affectedUnits = affectedUnits
            self.estimatedHouseholds = estimatedHouseholds
            self.leader = leader
            self.assessor = assessor
        }
    }

    /// Grids one decision may affect: a county's worth.
    static let maxGrids = 5_000

    public func propose(_ new: NewDecision, by actor: StaffContext) async throws -> Decision {
        guard actor.staff.can(.runDecisions) else { throw AppError.forbiddenAction }
        let title = new.title.trimmed, summary = new.summary.trimmed, unit = new.unitCode.trimmed
        let leader = new.leader.trimmed, assessor = new.assessor.trimmed
        guard !title.isEmpty, title.count <= 200 else { throw AppError.invalid("decision_error_title") }
        guard let kind = DecisionKind(rawValue: new.kind.trimmed) else { throw AppError.invalid("decision_error_kind", [new.kind]) }
        guard !summary.isEmpty, summary.count <= 20_000 else { throw AppError.invalid("decision_error_summary", ["20000"]) }
        guard !leader.isEmpty, leader.count <= 100 else { throw AppError.invalid("decision_error_leader") }
        guard !assessor.isEmpty, assessor.count <= 200 else { throw AppError.invalid("decision_error_assessor") }
        guard (0...10_000_000).contains(new.estimatedHouseholds) else { throw AppError.invalid("decision_error_households") }
        try await units.requireUnit(unit, within: actor.scope, errorKey: "decision_error_unit")
        let affected = Array(Set(new.affectedUnits.map(\.trimmed).filter { !$0.isEmpty })).sorted()
        guard !affected.isEmpty, affected.count <= 200 else { throw AppError.invalid("decision_error_affected") }
        var grids: Set<String> = []
        for code in affected {
            // Affected places lie within the deciding unit.
            try await units.requireUnit(code, within: Scope(rootCode: unit), errorKey: "decision_error_affected_unit")
            grids.formUnion(try await units.grids(under: code).map(\.code))
            guard grids.count <= Self.maxGrids else { throw AppError.invalid("decision_error_affected") }
        }
        guard !grids.isEmpty else { throw AppError.invalid("decision_error_affected") }
        let now = clock.now(), id = RecordID.make(now: now), store = self.store
        let event = actor.audit("decision.propose", "decision", id, detail: kind.rawValue)
        let sortedGrids = grids.sorted()
        return try await database.transaction { sql in
            let d = Decision(id: id, number: try await DecisionStore.numbers.next(on: Day(date: now), sql: sql), title: title, kind: kind, summary: summary,
                             unitCode: unit, grids: sortedGrids, estimatedHouseholds: new.estimatedHouseholds, leader: leader, assessor: assessor,
                             createdBy: actor.staff.id, createdAt: now)
            try await store.insert(d, on: sql)
            try await DecisionStore.steps.add(id, action: "propose", from: nil, to: d.stage.rawValue, note: nil, actorId: actor.staff.id, at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
            return d
        }
    }

    /// Whether the caller sees the decision: of its units, or affecting one of its grids.
    static func visible(_ d: Decision, to scope: Scope) -> Bool {
        scope.contains(d.unitCode) || d.grids.contains(where: scope.contains)
    }

    public func find(_ id: String, by actor: StaffContext) async throws -> Decision {
        let store = self.store
        guard let d = try await database.read({ try await store.find(id: id, on: $0) }), Self.visible(d, to: actor.scope) else { throw AppError.notFound }
        return d
    }

    public func list(by actor: StaffContext, _ selection: DecisionStore.Selection, paging: Paging) async throws -> (items: [Decision], total: Int) {
        let store = self.store, scope = actor.scope, now = clock.now()
        return try await database.read { try await store.list(within: scope, selection, now: now, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    public func events(of d: Decision) async throws -> [StepLog.Entry] {
        let store = self.store
        return try await database.read { try await store.events(of: d.id, on: $0) }
    }

    public func notices(of d: Decision) async throws -> [CaseNotice] {
        try await DecisionSupervision.clock.notices(of: d.id, in: database)
    }

    /// The steps `staff` may take now: their role allows it and the decision stands where the step starts.
    public static func offeredSteps(_ d: Decision, to staff: Staff) -> [String] {
        DecisionAction.names.filter { name in
            guard let sample = sampleActions[name] else { return false }
            return staff.can(sample.permission) && sample.from.contains(d.stage) && (name != "reassess" || d.level == .medium)
        }
    }

    static let sampleActions: [String: DecisionAction] = {
        let scores = AssessorScores(socialBenefit: 0, economicBenefit: 0, socialRisk: 0)
        let meeting = Meeting(heldOn: Day(year: 2000, month: 1, day: 1), attendees: "", minutes: "", votesFor: 0, votesAgainst: 0, votesAbstain: 0,
                              chair: .adopt, chairReason: nil)
        let all: [DecisionAction] = [.openParticipation(days: 30, reason: nil, text: ""), .closeParticipation(text: ""), .closeArgumentation(text: ""),
                                     .conclude(.go, scores, text: ""), .reassess(.go, scores, text: ""), .reviewLegality(lawful: true, text: ""),
                                     .decide(meeting), .publish(text: ""), .followUp(text: "")]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
    }()

    /// What the next step needs to know, read in one go.
    func facts(of d: Decision) async throws -> ProcedureFacts { try await snapshot(of: d).facts }

    /// The facts and the risk register they were drawn from (the assessment shows both).
    func snapshot(of d: Decision) async throws -> (facts: ProcedureFacts, risks: [RiskPoint]) {
        let store = self.store
        let affected = try await households.count(inGrids: d.grids)
        // Comments and visits counted in the database: a city's renovation has thousands of the one and tens of thousands of
        // the other, every one of them once read for every step and every view of the assessment (20,000 visits and 3,000
        // comments: 550–815 ms at p95 for the assessment).
        return try await database.read { sql in
            let unanswered = try await store.commentCount(of: d.id, unanswered: true, on: sql)
            let drawn = try await store.drawn(for: d.id, on: sql)
            let visited = try await store.visitTally(of: d.id, on: sql)
            let risks = try await store.risks(of: d.id, on: sql)
            let surveyed = try await store.surveys(of: d.id, on: sql).reduce(into: [Attitude: Int]()) { all, s in all.merge(s.tally, uniquingKeysWith: +) }
            let hearings = try await store.sessions(of: d.id, on: sql).filter { !$0.isRecorded }.count
            return (ProcedureFacts(unansweredComments: unanswered, countingOpinions: drawn.filter(\.counts).count,
                                   figures: AssessmentFigures(affectedHouseholds: affected, visited: visited, risks: risks, surveyed: surveyed),
                                   pendingMitigations: risks.filter { $0.status == .open }.count, pendingHearings: hearings,
                                   settings: try await store.settings(on: sql)), risks)
        }
    }

    public func apply(_ action: DecisionAction, to current: Decision, by actor: StaffContext) async throws -> Decision {
        guard actor.staff.can(action.permission) else { throw AppError.forbiddenAction }
        let now = clock.now(), store = self.store
        var next: Decision
        do {
            next = try DecisionProcedure.apply(action, to: current, facts: try await facts(of: current), at: now)
        } catch let error as AppError where DecisionGate.Refusal(rawValue: error.code) != nil {
            // Every attempt the gate refused is on the record, whoever made it.
            let refusals = DecisionGate.refusals(current).map(\.rawValue).joined(separator: ",")
            try await AuditLog().record(actor.audit("decision.decide_refused", "decision", current.id, detail: refusals), at: now, in: database)
            throw error
        }
        let clock = DecisionClock.clock(of: next, calendar: calendar)
        next.dueAt = clock?.due
        next.dueRule = clock?.rule
        let updated = next
        let event = actor.audit("decision.\(action.name)", "decision", current.id, detail: "\(current.stage.rawValue)→\(updated.stage.rawValue)")
        let note = action.text.trimmed + (updated.level.map { action.name == "conclude" || action.name == "reassess" ? " [\($0.rawValue)]" : "" } ?? "")
        let step = CaseStep(caseId: current.id, action: action.name, from: current.stage.rawValue, to: updated.stage.rawValue, note: note, actorId: actor.staff.id)
        try await DecisionStore.casework.commit(step, audit: event, at: now, in: database) { sql in try await store.update(updated, from: current, on: sql) }
        return updated
    }
}
