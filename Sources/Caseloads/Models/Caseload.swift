import Foundation
import Kernel

/// The four caseloads social workers carry [001][002][003].
public enum CaseloadKind: String, Sendable, Codable, CaseIterable {
    /// 社区矫正 (社区矫正法 2020).
    case correction
    /// 安置帮教: people released from prison.
    case resettlement
    /// 严重精神障碍患者管理 (national basic public-health service specification).
    case mentalHealth = "mental_health"
    /// 重点青少年: the five groups.
    case youth

    public var labelKey: String { "caseload_kind_\(rawValue)" }
}

/// 严管 / 普管 / 宽管: the duties of a person under community correction follow the level.
public enum SupervisionLevel: String, Sendable, Codable, CaseIterable {
    case strict, ordinary, lenient

    public var labelKey: String { "caseload_level_\(rawValue)" }
}

/// The five groups of at-risk youth.
public enum YouthGroup: String, Sendable, Codable, CaseIterable {
    /// 闲散青少年, 6 to 25.
    case idle
    /// 有不良行为或严重不良行为的未成年人.
    case badBehaviour = "bad_behaviour"
    /// 流浪乞讨未成年人.
    case street
    /// 服刑在教人员未成年子女.
    case prisonersChildren = "prisoners_children"
    /// 农村留守儿童.
    case leftBehind = "left_behind"

    public var labelKey: String { "caseload_youth_\(rawValue)" }
}

public enum CaseloadStatus: String, Sendable, Codable {
    case active, ended

    public var labelKey: String { "caseload_status_\(rawValue)" }
}

/// A person on a caseload. Identity stays in the registry: the caseload holds the resident's id.
public struct Caseload: Sendable, Equatable {
    public var id: String, kind: CaseloadKind, residentId: String
    /// The resident's grid when registered; the street (its first nine digits) is the caseload's unit.
    public var gridCode: String
    public var assignedTo: String
    public var status: CaseloadStatus
    /// The day the caseload starts: judgment effective (correction), release (resettlement), registration (others).
    public var startsOn: Day
    /// The end of term (correction) or of the help period (resettlement); nil while open-ended.
    public var endsOn: Day?
    public var level: SupervisionLevel?
    /// The day the person reported to the justice office (correction).
    public var reportedOn: Day?
    /// When the release notice arrived (resettlement, about a month before release).
    public var noticeOn: Day?
    /// 重点帮教对象: met at the prison gate and delivered home on release (必接必送).
    public var keyPerson: Bool
    public var metOn: Day?
    public var resettledOn: Day?
    public var reoffendedOn: Day?
    public var youthGroup: YouthGroup?
    public var plan: String
    public var createdBy: String?, createdAt: Date
    /// The supervised clock as last worked out: the earliest duty's end and its rule.
    public var dueAt: Date? = nil, dueRule: String? = nil

    public var unitCode: String { String(gridCode.prefix(9)) }
}

/// What the social worker (or a grid worker, for a visit task) did with the person.
public enum ContactKind: String, Sendable, Codable, CaseIterable {
    /// 当面报到 (correction).
    case report
    /// 书面报告 (correction).
    case writtenReport = "written_report"
    case visit
    /// 随访 with a risk grade (mental health).
    case followUp = "follow_up"
    /// Study and community-service hours (correction).
    case study, service
    /// The monthly assessment's score (correction).
    case assessment
    /// Help with work, training, hardship aid, medication aid.
    case help
    /// The annual health check (mental health).
    case healthCheck = "health_check"

    public var labelKey: String { "caseload_contact_\(rawValue)" }
}

public struct CaseloadContact: Sendable, Equatable {
    public var id: String, caseloadId: String, kind: ContactKind, on: Day, notes: String
    /// 0–5 (mental health follow-ups).
    public var riskGrade: Int?
    /// A joint follow-up of psychiatrist, community and police.
    public var joint: Bool
    public var hours: Int?
    public var score: Int?
    public var recordedBy: String?, recordedAt: Date
}

public enum MeasureStatus: String, Sendable, Codable {
    case proposed, approved, refused

    public var labelKey: String { "caseload_measure_\(rawValue)" }
}

/// 请假: a person under correction leaving the county.
public struct LeaveRequest: Sendable, Equatable {
    public var id: String, caseloadId: String, from: Day, to: Day, reason: String, status: MeasureStatus
    public var requestedBy: String?, requestedAt: Date
    public var decidedBy: String?, decidedAt: Date?, decisionNote: String?

    public var days: Int { to.dayNumber - from.dayNumber + 1 }
}

/// The sanctions ladder of community correction.
public enum SanctionKind: String, Sendable, Codable, CaseIterable {
    /// 训诫.
    case reprimand
    /// 警告.
    case warning
    /// 提请撤销缓刑、假释 / 收监执行.
    case revocation

    public var labelKey: String { "caseload_sanction_\(rawValue)" }
}

/// What a sanction is proposed for.
public enum SanctionBasis: String, Sendable, Codable, CaseIterable {
    case outOfContact = "out_of_contact"
    case minorBreach = "minor_breach"
    case seriousBreach = "serious_breach"
    case uncorrectedReprimands = "uncorrected_reprimands"
    case uncorrectedWarnings = "uncorrected_warnings"

    public var labelKey: String { "caseload_basis_\(rawValue)" }
}

public struct SanctionProposal: Sendable, Equatable {
    public var id: String, caseloadId: String, kind: SanctionKind, basis: SanctionBasis, outOfContactDays: Int?, reasons: String
    public var status: MeasureStatus
    public var proposedBy: String?, proposedAt: Date
    public var decidedBy: String?, decidedAt: Date?, decisionNote: String?
}

/// A visit the social worker asks of the grid: the grid worker sees the person's name and address
/// and the date, and nothing of the caseload's kind or history.
public struct VisitTask: Sendable, Equatable {
    public var id: String, caseloadId: String, gridCode: String, personName: String, address: String, dueOn: Day
    public var doneOn: Day?, doneBy: String?, note: String?
    public var askedBy: String?, askedAt: Date
}
