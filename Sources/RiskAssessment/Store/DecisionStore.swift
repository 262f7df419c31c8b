import Foundation
import Kernel
import SQLKit

/// SQL for decisions, the grids they affect, their history and daily numbers.
public struct DecisionStore: Sendable {
    public init() {}

    static let columns = ["id", "number", "title", "kind", "summary", "unit_code", "estimated_households", "leader", "assessor", "stage",
                          "comment_days", "short_period_reason", "participation_opened_at", "comments_end_at", "participation_closed_at",
                          "argumentation_started_at", "argumentation_closed_at", "assessment_started_at", "concluded_at", "conclusion", "level",
                          "level_rule", "assessment_round", "social_benefit", "economic_benefit", "social_risk", "legality_submitted_at",
                          "legality_reviewed_at", "lawful", "meeting_on", "attendees", "minutes", "votes_for", "votes_against", "votes_abstain",
                          "chair_decision", "chair_reason", "decided_at", "published_at", "due_at", "due_rule", "created_by", "created_at", "updated_at"]

    struct Row: Decodable {
        let id: String, number: String, title: String, kind: String, summary: String, unit_code: String, estimated_households: Int
        let leader: String, assessor: String, stage: String, comment_days: Int?, short_period_reason: String?
        let participation_opened_at: Int64?, comments_end_at: Int64?, participation_closed_at: Int64?, argumentation_started_at: Int64?
        let argumentation_closed_at: Int64?, assessment_started_at: Int64?, concluded_at: Int64?, conclusion: String?, level: String?
        let level_rule: String?, assessment_round: Int, social_benefit: Int?, economic_benefit: Int?, social_risk: Int?
        let legality_submitted_at: Int64?, legality_reviewed_at: Int64?, lawful: Int?, meeting_on: String?, attendees: String?, minutes: String?
        let votes_for: Int?, votes_against: Int?, votes_abstain: Int?, chair_decision: String?, chair_reason: String?, decided_at: Int64?
        let published_at: Int64?, due_at: Int64?, due_rule: String?, created_by: String?, created_at: Int64, updated_at: Int64

        func decision(grids: [String]) -> Decision {
            func date(_ value: Int64?) -> Date? { value.map(Date.init(epochSeconds:)) }
            var d = Decision(id: id, number: number, title: title, kind: DecisionKind(rawValue: kind) ?? .broadPolicy, summary: summary, unitCode: unit_code,
                             grids: grids, estimatedHouseholds: estimated_households, leader: leader, assessor: assessor, createdBy: created_by,
                             createdAt: Date(epochSeconds: created_at))
            d.stage = DecisionStage(rawValue: stage) ?? .proposed
            d.commentDays = comment_days
            d.shortPeriodReason = short_period_reason
            d.participationOpenedAt = date(participation_opened_at)
            d.commentsEndAt = date(comments_end_at)
            d.participationClosedAt = date(participation_closed_at)
            d.argumentationStartedAt = date(argumentation_started_at)
            d.argumentationClosedAt = date(argumentation_closed_at)
            d.assessmentStartedAt = date(assessment_started_at)
            d.concludedAt = date(concluded_at)
            d.conclusion = conclusion.flatMap(Conclusion.init(rawValue:))
            d.level = level.flatMap(AssessedLevel.init(rawValue:))
            d.levelRule = level_rule
            d.assessmentRound = assessment_round
            if let social_benefit, let economic_benefit, let social_risk {
                d.scores = AssessorScores(socialBenefit: social_benefit, economicBenefit: economic_benefit, socialRisk: social_risk)
            }
            d.legalitySubmittedAt = date(legality_submitted_at)
            d.legalityReviewedAt = date(legality_reviewed_at)
            d.lawful = lawful.map { $0 != 0 }
            if let meeting_on, let heldOn = Day(meeting_on), let chair = chair_decision.flatMap(ChairDecision.init(rawValue:)) {
                d.meeting = Meeting(heldOn: heldOn, attendees: attendees ?? "", minutes: minutes ?? "", votesFor: votes_for ?? 0,
                                    votesAgainst: votes_against ?? 0, votesAbstain: votes_abstain ?? 0, chair: chair, chairReason: chair_reason)
            }
            d.decidedAt = date(decided_at)
            d.publishedAt = date(published_at)
            d.dueAt = date(due_at)
            d.dueRule = due_rule.flatMap(DecisionClock.Rule.init(rawValue:))
            d.updatedAt = Date(epochSeconds: updated_at)
            return d
        }
    }

    /// Decision numbers: WJ20261203-00001 (稳评 / 决策).
    static let numbers = DailyNumbers(table: "decision_counters", prefix: "JC")
    static let steps = StepLog(table: "decision_events", parentColumn: "decision_id")
    static let casework = CaseSteps(history: steps, changedKey: "decision_error_changed")

    static func values(_ d: Decision) -> [any SQLExpression] {
        let m = d.meeting
        return [SQLBind(d.id), SQLBind(d.number), SQLBind(d.title), SQLBind(d.kind.rawValue), SQLBind(d.summary), SQLBind(d.unitCode),
                SQLBind(d.estimatedHouseholds), SQLBind(d.leader), SQLBind(d.assessor), SQLBind(d.stage.rawValue), SQLBind(d.commentDays),
                SQLBind(d.shortPeriodReason), SQLBind(d.participationOpenedAt?.epochSeconds), SQLBind(d.commentsEndAt?.epochSeconds),
                SQLBind(d.participationClosedAt?.epochSeconds), SQLBind(d.argumentationStartedAt?.epochSeconds),
                SQLBind(d.argumentationClosedAt?.epochSeconds), SQLBind(d.assessmentStartedAt?.epochSeconds), SQLBind(d.concludedAt?.epochSeconds),
                SQLBind(d.conclusion?.rawValue), SQLBind(d.level?.rawValue), SQLBind(d.levelRule), SQLBind(d.assessmentRound),
                SQLBind(d.scores?.socialBenefit), SQLBind(d.scores?.economicBenefit), SQLBind(d.scores?.socialRisk),
                SQLBind(d.legalitySubmittedAt?.epochSeconds), SQLBind(d.legalityReviewedAt?.epochSeconds), SQLBind(d.lawful.map { $0 ? 1 : 0 }),
                SQLBind(m?.heldOn.description), SQLBind(m?.attendees), SQLBind(m?.minutes), SQLBind(m?.votesFor), SQLBind(m?.votesAgainst),
                SQLBind(m?.votesAbstain), SQLBind(m?.chair.rawValue), SQLBind(m?.chairReason), SQLBind(d.decidedAt?.epochSeconds),
                SQLBind(d.publishedAt?.epochSeconds), SQLBind(d.dueAt?.epochSeconds), SQLBind(d.dueRule?.rawValue), SQLBind(d.createdBy),
                SQLBind(d.createdAt.epochSeconds), SQLBind(d.updatedAt.epochSeconds)]
    }

    /// The clock kept for supervision: the due time while the decision is being prepared.
    static func openDue(_ d: Decision) -> Int64? { d.stage.isOpen ? d.dueAt?.epochSeconds : nil }

    func insert(_ d: Decision, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "decisions").columns(Self.columns + ["open_due"]).values(Self.values(d) + [SQLBind(Self.openDue(d))]).run()
        var grids = sql.insert(into: "decision_grids").columns("decision_id", "grid_code")
        for grid in d.grids { grids = grids.values(SQLBind(d.id), SQLBind(grid)) }
        try await grids.run()
    }

    /// Writes the step if the decision still stands as in `current`; false when someone got there first.
    func update(_ d: Decision, from current: Decision, on sql: any SQLDatabase) async throws -> Bool {
        var update = sql.update("decisions")
        for (column, value) in zip(Self.columns, Self.values(d)) where column != "id" { update = update.set(SQLColumn(column), to: value) }
        return try await update.set("open_due", to: Self.openDue(d))
            .where("id", .equal, d.id).where("updated_at", .equal, current.updatedAt.epochSeconds).where("stage", .equal, current.stage.rawValue)
            .returning("id").all().count == 1
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> Decision? {
        guard let row = try await sql.select().columns(Self.columns).from("decisions").where("id", .equal, id).first(decoding: Row.self) else { return nil }
        let grids = try await sql.select().column("grid_code").from("decision_grids").where("decision_id", .equal, id).orderBy("grid_code")
            .all(decodingColumn: "grid_code", as: String.self)
        return row.decision(grids: grids)
    }

    public enum Selection: String, Sendable, CaseIterable {
        /// Being prepared (before the meeting).
        case open
        /// Past the due time of the stage they are at.
        case overdue
        /// In public participation (the portal lists these).
        case participation
        /// Assessed at high or medium risk and not yet decided.
        case atRisk = "at_risk"
        case all
    }

    /// A page of decisions the scope sees: those of its units, and those affecting its grids.
    func list(within scope: Scope?, _ selection: Selection, now: Date, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Decision], total: Int) {
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            var b = builder.from("decisions")
            if let scope {
                b = b.where { group in
                    group.where("unit_code", within: scope).orWhere(SQLColumn("id"), .in, SQLSubquery.select { sub in
                        sub.column("decision_id").from("decision_grids").where("grid_code", within: scope)
                    })
                }
            }
            switch selection {
            case .open: b = b.where("stage", .in, DecisionStage.allCases.filter(\.isOpen).map(\.rawValue))
            case .overdue: b = b.where("open_due", .lessThan, now.epochSeconds)
            case .participation: b = b.where("stage", .equal, DecisionStage.participation.rawValue)
            case .atRisk: b = b.where("level", .in, [AssessedLevel.high.rawValue, AssessedLevel.medium.rawValue])
                .where("stage", .in, DecisionStage.allCases.filter(\.isOpen).map(\.rawValue))
            case .all: break
            }
            return b
        }
        let items = try await filtered(sql.select().columns(Self.columns)).orderBy("created_at", .descending).orderBy("id")
            .limit(limit).offset(offset).all(decoding: Row.self).map { $0.decision(grids: []) }
        return (items, try await sql.listTotal(afterReading: items.count, limit: limit, offset: offset, filtered))
    }

    func events(of id: String, on sql: any SQLDatabase) async throws -> [StepLog.Entry] {
        try await Self.steps.entries(of: id, on: sql)
    }
}
