import Foundation
import Kernel
import SQLKit

/// The assessment's work: household visits, the risk register, the figures and the settings.
extension DecisionService {
    /// Records a visit to a household of the affected grids that the visitor's scope holds.
    public func recordVisit(to d: Decision, household: String, attitude: String, concerns: String, by actor: StaffContext) async throws -> Visit {
        guard actor.staff.can(.recordVisits) else { throw AppError.forbiddenAction }
        guard d.stage.isOpen else { throw AppError.conflict("decision_error_closed") }
        guard let attitude = Attitude(rawValue: attitude.trimmed) else { throw AppError.invalid("decision_error_attitude", [attitude]) }
        let concerns = concerns.trimmed
        guard concerns.count <= 4_000 else { throw AppError.invalid("decision_error_too_long", ["4000"]) }
        guard let grid = try await households.grid(ofHousehold: household.trimmed), d.grids.contains(grid), actor.scope.contains(grid) else {
            throw AppError.invalid("decision_error_household", [household])
        }
        let now = clock.now(), store = self.store
        let visit = Visit(householdId: household.trimmed, gridCode: grid, attitude: attitude, concerns: concerns, visitedBy: actor.staff.id, visitedAt: now)
        let event = actor.audit("decision.visit", "decision", d.id, detail: visit.householdId)
        try await database.transaction { sql in
            try await store.saveVisit(visit, decisionId: d.id, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return visit
    }

    public struct RiskInput: Sendable {
        public var id: String?, title: String, likelihood: Int, impact: Int, mitigation: String, owner: String, status: String?

        public init(id: String?, title: String, likelihood: Int, impact: Int, mitigation: String, owner: String, status: String?) {
            self.id = id
            self.title = title
            self.likelihood = likelihood
            self.impact = impact
            self.mitigation = mitigation
            self.owner = owner
            self.status = status
        }
    }

    /// Adds a risk point, or (with its id) updates one: rescored, its mitigation adopted, closed.
    public func saveRisk(_ input: RiskInput, on d: Decision, by actor: StaffContext) async throws -> RiskPoint {
        guard actor.staff.can(.runDecisions) else { throw AppError.forbiddenAction }
        guard d.stage.isOpen else { throw AppError.conflict("decision_error_closed") }
        let title = input.title.trimmed, mitigation = input.mitigation.trimmed, owner = input.owner.trimmed
        guard !title.isEmpty, title.count <= 500 else { throw AppError.invalid("decision_error_risk_title") }
        guard (1...5).contains(input.likelihood), (1...5).contains(input.impact) else { throw AppError.invalid("decision_error_risk_score") }
        guard mitigation.count <= 4_000, owner.count <= 200 else { throw AppError.invalid("decision_error_too_long", ["4000"]) }
        let status = try parseChoice(input.status, RiskPoint.Status.self, invalidKey: "decision_error_risk_status") ?? .open
        if status == .mitigated, mitigation.isEmpty || owner.isEmpty { throw AppError.invalid("decision_error_mitigation") }
        let now = clock.now(), store = self.store
        let existing = try await database.read { try await store.risks(of: d.id, on: $0) }
        if let id = input.id?.nilIfBlank, !existing.contains(where: { $0.id == id }) { throw AppError.notFound }
        guard input.id?.nilIfBlank != nil || existing.count < 200 else { throw AppError.invalid("decision_error_risk_count", ["200"]) }
        let risk = RiskPoint(id: input.id?.nilIfBlank ?? RecordID.make(now: now), decisionId: d.id, title: title, likelihood: input.likelihood,
                             impact: input.impact, mitigation: mitigation, owner: owner, status: status, updatedAt: now)
        let isNew = input.id?.nilIfBlank == nil
        let event = actor.audit(isNew ? "decision.risk_add" : "decision.risk_update", "decision", d.id, detail: "\(risk.id) \(risk.score) \(status.rawValue)")
        try await database.transaction { sql in
            if isNew { try await store.insertRisk(risk, on: sql) } else { try await store.updateRisk(risk, on: sql) }
            try await AuditLog().append(event, at: now, on: sql)
        }
        return risk
    }

    public func risks(of d: Decision) async throws -> [RiskPoint] {
        let store = self.store
        return try await database.read { try await store.risks(of: d.id, on: $0) }
    }

    /// The concerns raised in the visits, each with how many households raised it, the most raised first (at most 500).
    public func concerns(of d: Decision) async throws -> [(attitude: Attitude, concerns: String, households: Int)] {
        let store = self.store
        return try await database.read { try await store.concerns(of: d.id, limit: 500, on: $0) }
    }

    /// The assessment as it stands: figures, indices, and the level (as concluded, or as the
    /// figures would now give it) with the rule that set it.
    public struct Assessment: Sendable {
        public let decision: Decision
        public let figures: AssessmentFigures
        public let indices: AssessmentIndices
        public let level: AssessedLevel
        public let levelRule: String
        /// True while the assessment has not concluded: the level is what the figures give now.
        public let provisional: Bool
        public let settings: AssessmentSettings
        public let risks: [RiskPoint]
        public let refusals: [DecisionGate.Refusal]
    }

    public func assessment(of d: Decision, by actor: StaffContext) async throws -> Assessment {
        let (facts, risks) = try await snapshot(of: d)
        let live = AssessmentRules.level(facts.figures, rules: facts.settings.rules)
        // Who sees how each household answered is a sensitive read.
        try await AuditLog().record(actor.audit("decision.assessment_view", "decision", d.id), at: clock.now(), in: database)
        return Assessment(decision: d, figures: facts.figures, indices: AssessmentRules.indices(facts.figures, scores: d.scores, weights: facts.settings.weights),
                          level: d.level ?? live.level, levelRule: d.levelRule ?? AssessmentRules.ruleText(live.rule, value: live.value),
                          provisional: d.level == nil, settings: facts.settings, risks: risks, refusals: DecisionGate.refusals(d))
    }

    public func settings() async throws -> AssessmentSettings {
        let store = self.store
        return try await database.read { try await store.settings(on: $0) }
    }

    public func saveSettings(_ settings: AssessmentSettings, by actor: StaffContext) async throws -> AssessmentSettings {
        guard actor.staff.can(.configureAssessment) else { throw AppError.forbiddenAction }
        let valid = try settings.validated(), now = clock.now(), store = self.store
        let event = actor.audit("decision.settings", "assessment_settings", "county")
        try await database.transaction { sql in
            try await store.saveSettings(valid, by: actor.staff.id, at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return valid
    }

    /// The households of the affected grids the visitor may visit, with how each answered.
    public func visitList(_ d: Decision, by actor: StaffContext, paging: Paging) async throws -> (items: [(HouseholdEntry, Visit?)], total: Int) {
        let (items, total) = try await households.list(inGrids: d.grids, within: actor.scope, limit: paging.limit, offset: paging.offset)
        // The page's households' visits alone (every visit was read for each page: 20,000 visits, 555–937 ms at p95).
        let store = self.store, ids = items.map(\.id)
        let visits = Dictionary(try await database.read { try await store.visits(of: d.id, households: ids, on: $0) }.map { ($0.householdId, $0) },
                                uniquingKeysWith: { a, _ in a })
        return (items.map { ($0, visits[$0.id]) }, total)
    }
}
