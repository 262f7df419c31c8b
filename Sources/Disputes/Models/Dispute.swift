import Foundation
import Kernel

/// Where a dispute stands: registered by whoever found it → assigned to a mediation body →
/// sessions → agreement, no agreement, or referral; an agreement is followed up until performed.
/// Cross-sector or major disputes go to the leading group, whose decision sends them on.
public enum DisputeStatus: String, Sendable, Codable, CaseIterable {
    case registered, assigned, mediating, agreed, performed, failed, referred, escalated

    public var labelKey: String { "dispute_status_\(rawValue)" }
    /// Still being worked on (on the clock).
    public var isOpen: Bool { [.registered, .assigned, .mediating, .escalated, .agreed].contains(self) }
}

/// The early-warning level: 一般 / 较大 / 重大 / 特别重大.
public enum RiskLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case low, medium, high, major

    public var labelKey: String { "risk_\(rawValue)" }
    var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: RiskLevel, b: RiskLevel) -> Bool { a.rank < b.rank }
    func raised(by steps: Int = 1) -> RiskLevel { Self.allCases[min(Self.allCases.count - 1, rank + steps)] }
    /// High or major: the disputes of the high-risk list (重大以上风险).
    public var isSerious: Bool { self >= .high }
}

/// Kinds of mediation of the "big mediation" 大调解: people's, administrative, judicial, trade-specific.
public enum MediationKind: String, Sendable, Codable, CaseIterable {
    case people, administrative, judicial, trade

    public var labelKey: String { "mediation_kind_\(rawValue)" }
}

/// How mediation ended.
public enum MediationOutcome: String, Sendable, Codable, CaseIterable {
    case agreement, noAgreement = "no_agreement", court, arbitration, otherBody = "other_body"

    public var labelKey: String { "outcome_\(rawValue)" }
}

public struct DisputeType: Sendable, Equatable {
    public let code: String, nameZh: String, nameEn: String
    /// Days mediation may take from registration.
    public let days: Int
    public func name(_ english: Bool) -> String { english ? nameEn : nameZh }
}

public struct MediationBody: Sendable, Equatable {
    public let code: String, nameZh: String, nameEn: String, kind: MediationKind
    public func name(_ english: Bool) -> String { english ? nameEn : nameZh }
}

/// A party to a dispute: a person or an organisation, applicant or respondent.
public struct DisputeParty: Sendable, Equatable, Codable {
    public enum Role: String, Sendable, Codable, CaseIterable { case applicant, respondent, other }
    public var name: String
    public var role: Role
    public var isOrganisation: Bool
    public var phone: String?
    /// The registry record, where the party is a known resident or organisation.
    public var registryId: String?

    public init(name: String, role: Role, isOrganisation: Bool = false, phone: String? = nil, registryId: String? = nil) {
        self.name = name
        self.role = role
        self.isOrganisation = isOrganisation
        self.phone = phone
        self.registryId = registryId
    }
}

/// One dispute in the register (GB/T 31000 practice: number, name, date and place, type,
/// scale, parties, summary, risk, time limit).
public struct Dispute: Sendable, Equatable {
    public var id: String
    public var number: String
    public var title: String
    public var occurredOn: Day
    public var place: String
    public var typeCode: String
    /// People involved in all.
    public var scale: Int
    public var summary: String
    /// Where it was found (a grid, community or street): who may see it.
    public var unitCode: String
    public var violenceThreatened: Bool
    public var riskLevel: RiskLevel
    /// Why the early-warning rules set that level (rule keys).
    public var riskReasons: [String]
    public var status: DisputeStatus
    public var bodyCode: String?
    public var outcome: MediationOutcome?
    public var agreementTerms: String?
    public var performanceDue: Day?
    public var agreedAt: Date?
    public var confirmationRequestedAt: Date?
    public var escalatedAt: Date?
    public var escalationDecision: String?
    public var dueAt: Date?
    public var dueRule: DisputeClock.Rule?
    public var createdBy: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var parties: [DisputeParty]

    public init(id: String, number: String, title: String, occurredOn: Day, place: String, typeCode: String, scale: Int, summary: String,
                unitCode: String, violenceThreatened: Bool, riskLevel: RiskLevel = .low, riskReasons: [String] = [],
                status: DisputeStatus = .registered, bodyCode: String? = nil, outcome: MediationOutcome? = nil, agreementTerms: String? = nil,
                performanceDue: Day? = nil, agreedAt: Date? = nil, confirmationRequestedAt: Date? = nil, escalatedAt: Date? = nil, escalationDecision: String? = nil,
                dueAt: Date? = nil, dueRule: DisputeClock.Rule? = nil, createdBy: String?, createdAt: Date, updatedAt: Date, parties: [DisputeParty]) {
        self.id = id
        self.number = number
        self.title = title
        self.occurredOn = occurredOn
        self.place = place
        self.typeCode = typeCode
        self.scale = scale
        self.summary = summary
        self.unitCode = unitCode
        self.violenceThreatened = violenceThreatened
        self.riskLevel = riskLevel
        self.riskReasons = riskReasons
        self.status = status
        self.bodyCode = bodyCode
        self.outcome = outcome
        self.agreementTerms = agreementTerms
        self.performanceDue = performanceDue
        self.agreedAt = agreedAt
        self.confirmationRequestedAt = confirmationRequestedAt
        self.escalatedAt = escalatedAt
        self.escalationDecision = escalationDecision
        self.dueAt = dueAt
        self.dueRule = dueRule
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.parties = parties
    }
}
