import Foundation
import Kernel

/// The kinds of major administrative decision that touch residents' interests and so need a
/// social-stability risk assessment (重大行政决策程序暂行条例; 发改投资〔2012〕2492号).
public enum DecisionKind: String, Sendable, Codable, CaseIterable {
    case landRequisition = "land_requisition", demolition, priceChange = "price_change"
    case enterpriseRestructuring = "enterprise_restructuring", majorProjectSiting = "major_project_siting", environment
    case broadPolicy = "broad_policy"

    public var labelKey: String { "decision_kind_\(rawValue)" }
}

/// Where a decision stands in the procedure. The stage is where the next step is; the gate
/// before the decision itself reads what was done, not the stage.
public enum DecisionStage: String, Sendable, Codable, CaseIterable {
    /// Proposed; public participation not yet opened.
    case proposed
    /// Comments open (at least 30 days unless a reason is recorded).
    case participation
    /// Experts drawn and writing opinions.
    case argumentation
    /// The risk assessment 稳评: visits, risk register, indices, level, conclusion.
    case assessment
    /// With the legal office for its review.
    case legality
    /// Ready for the collective decision 集体讨论决定.
    case deliberation
    /// Adopted at the meeting; to be published.
    case decided
    /// Not adopted, or deferred, at the meeting.
    case rejected
    /// Published; implementation followed up.
    case published

    public var labelKey: String { "decision_stage_\(rawValue)" }
    /// Before the meeting: still being prepared.
    public var isOpen: Bool { ![.decided, .rejected, .published].contains(self) }
}

/// A household's attitude when visited (走访): 支持 / 中立 / 反对 / 强烈反对.
public enum Attitude: String, Sendable, Codable, CaseIterable {
    case support, neutral, object, stronglyObject = "strongly_object"

    public var labelKey: String { "decision_attitude_\(rawValue)" }
    /// Its weight in the public-acceptance index (0–100).
    public var acceptance: Double {
        switch self {
        case .support: 100
        case .neutral: 60
        case .object: 20
        case .stronglyObject: 0
        }
    }
}

/// The assessment's conclusion: 实施 / 采取措施后实施 / 暂缓实施 / 不出台.
public enum Conclusion: String, Sendable, Codable, CaseIterable {
    case go, goWithMitigations = "go_with_mitigations", postpone, doNotIssue = "do_not_issue"

    public var labelKey: String { "decision_conclusion_\(rawValue)" }
    /// Whether the conclusion lets the decision be taken at all.
    public var allowsDecision: Bool { self == .go || self == .goWithMitigations }
}

/// High, medium or low social-stability risk (高/中/低风险).
public enum AssessedLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case low, medium, high

    public var labelKey: String { "decision_level_\(rawValue)" }
    var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: AssessedLevel, b: AssessedLevel) -> Bool { a.rank < b.rank }

    /// The conclusions an assessment at this level may reach.
    public var conclusions: [Conclusion] {
        switch self {
        case .low: [.go, .goWithMitigations, .postpone, .doNotIssue]
        case .medium: [.goWithMitigations, .postpone, .doNotIssue]
        case .high: [.postpone, .doNotIssue]
        }
    }
}

/// What the chair decided at the meeting.
public enum ChairDecision: String, Sendable, Codable, CaseIterable {
    case adopt, reject, defer_ = "defer"

    public var labelKey: String { "decision_chair_\(rawValue)" }
}

/// The scores the assessor gives (0–100); public acceptance is computed from the visits.
public struct AssessorScores: Sendable, Equatable, Codable {
    public var socialBenefit: Int, economicBenefit: Int, socialRisk: Int

    public init(socialBenefit: Int, economicBenefit: Int, socialRisk: Int) {
        self.socialBenefit = socialBenefit
        self.economicBenefit = economicBenefit
        self.socialRisk = socialRisk
    }
}

/// The collective meeting's record.
public struct Meeting: Sendable, Equatable, Codable {
    public var heldOn: Day, attendees: String, minutes: String
    public var votesFor: Int, votesAgainst: Int, votesAbstain: Int
    public var chair: ChairDecision
    /// Why the chair decided otherwise than the majority, when it did.
    public var chairReason: String?

    public init(heldOn: Day, attendees: String, minutes: String, votesFor: Int, votesAgainst: Int, votesAbstain: Int, chair: ChairDecision, chairReason: String?) {
        self.heldOn = heldOn
        self.attendees = attendees
        self.minutes = minutes
        self.votesFor = votesFor
        self.votesAgainst = votesAgainst
        self.votesAbstain = votesAbstain
        self.chair = chair
        self.chairReason = chairReason
    }

    /// The majority's view: adopt when more voted for than against and abstained together.
    public var majorityAdopts: Bool { votesFor > votesAgainst + votesAbstain }
}

/// One major decision and everything its procedure has recorded so far.
public struct Decision: Sendable, Equatable {
    public var id: String
    public var number: String
    public var title: String
    public var kind: DecisionKind
    public var summary: String
    /// The deciding unit (county or street): who may see and run it.
    public var unitCode: String
    /// The grids whose households the decision affects.
    public var grids: [String]
    public var estimatedHouseholds: Int
    public var leader: String
    public var assessor: String
    public var stage: DecisionStage

    public var commentDays: Int?
    public var shortPeriodReason: String?
    public var participationOpenedAt: Date?
    public var commentsEndAt: Date?
    public var participationClosedAt: Date?
    public var argumentationStartedAt: Date?
    public var argumentationClosedAt: Date?
    public var assessmentStartedAt: Date?
    public var concludedAt: Date?
    public var conclusion: Conclusion?
    public var level: AssessedLevel?
    /// The rule that set the level, as the assessment showed it (rule key and figures).
    public var levelRule: String?
    /// 1 for the first assessment, 2 and on for re-assessments after mitigations.
    public var assessmentRound: Int
    public var scores: AssessorScores?
    public var legalitySubmittedAt: Date?
    public var legalityReviewedAt: Date?
    public var lawful: Bool?
    public var meeting: Meeting?
    public var decidedAt: Date?
    public var publishedAt: Date?
    public var dueAt: Date?
    public var dueRule: DecisionClock.Rule?
    public var createdBy: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: String, number: String, title: String, kind: DecisionKind, summary: String, unitCode: String, grids: [String],
                estimatedHouseholds: Int, leader: String, assessor: String, createdBy: String?, createdAt: Date) {
        self.id = id
        self.number = number
        self.title = title
        self.kind = kind
        self.summary = summary
        self.unitCode = unitCode
        self.grids = grids
        self.estimatedHouseholds = estimatedHouseholds
        self.leader = leader
        self.assessor = assessor
        self.stage = .proposed
        self.assessmentRound = 0
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = createdAt
    }
}

/// A point in the risk register: likelihood and impact 1–5, the mitigation and who owns it.
public struct RiskPoint: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Found; no mitigation yet in force.
        case open
        /// The mitigation is adopted (措施已落实): what a re-assessment needs of every point.
        case mitigated
        case closed

        public var labelKey: String { "decision_risk_status_\(rawValue)" }
    }

    public var id: String, decisionId: String, title: String
    public var likelihood: Int, impact: Int
    public var mitigation: String, owner: String
    public var status: Status
    public var updatedAt: Date

    public init(id: String, decisionId: String, title: String, likelihood: Int, impact: Int, mitigation: String, owner: String, status: Status, updatedAt: Date) {
        self.id = id
        self.decisionId = decisionId
        self.title = title
        self.likelihood = likelihood
        self.impact = impact
        self.mitigation = mitigation
        self.owner = owner
        self.status = status
        self.updatedAt = updatedAt
    }

    /// Likelihood × impact, 1–25.
    public var score: Int { likelihood * impact }
}

/// One household visited for the assessment.
public struct Visit: Sendable, Equatable {
    public var householdId: String, gridCode: String, attitude: Attitude, concerns: String, visitedBy: String?, visitedAt: Date

    public init(householdId: String, gridCode: String, attitude: Attitude, concerns: String, visitedBy: String?, visitedAt: Date) {
        self.householdId = householdId
        self.gridCode = gridCode
        self.attitude = attitude
        self.concerns = concerns
        self.visitedBy = visitedBy
        self.visitedAt = visitedAt
    }
}

/// A public comment in the participation period, with its answer once given.
public struct DecisionComment: Sendable, Equatable {
    public var id: String, decisionId: String, author: String, body: String, createdAt: Date
    public var answer: String?, answeredAt: Date?, answeredBy: String?
}

/// An expert of the pool.
public struct Expert: Sendable, Equatable {
    public var id: String, name: String, field: String, organisation: String, unitCode: String, active: Bool
}

/// An expert drawn for one decision: the conflict declaration and the written opinion.
public struct DrawnExpert: Sendable, Equatable {
    public var expert: Expert
    public var conflict: Bool?
    public var conflictNote: String?
    public var opinion: String?
    public var opinionAt: Date?

    /// A written opinion from an expert who declared no conflict: what argumentation needs.
    public var counts: Bool { conflict == false && !(opinion ?? "").isEmpty }
}
