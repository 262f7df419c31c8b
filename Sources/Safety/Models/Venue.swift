import Foundation
import Kernel

/// Key venues 重点场所 the grid inspects.
public enum VenueKind: String, Sendable, Codable, CaseIterable {
    case internetCafe = "internet_cafe", entertainment, hotel, schoolSurroundings = "school_surroundings", other

    public var labelKey: String { "venue_kind_\(rawValue)" }
}

/// Violations an inspection may find.
public enum Violation: String, Sendable, Codable, CaseIterable {
    case admittingMinors = "admitting_minors", outOfHours = "out_of_hours", fireSafety = "fire_safety", unlicensed, other

    public var labelKey: String { "venue_violation_\(rawValue)" }
}

/// A measure a rule proposes for a person to decide.
public enum VenueMeasure: String, Sendable, Codable, CaseIterable {
    case revokeLicence = "revoke_licence", suspend30d = "suspend_30d", warning

    public var labelKey: String { "venue_measure_\(rawValue)" }
}

public struct Venue: Sendable, Equatable {
    public var id: String, name: String, kind: VenueKind, organisationId: String?, gridCode: String, address: String, licence: String
    public var createdAt: Date
}

public struct Inspection: Sendable, Equatable {
    public var id: String, venueId: String, inspectedOn: Day, inspector: String?, findings: String, violations: [Violation]
    /// Minors found inside at once, where admitting minors is the violation.
    public var minors: Int
    public var createdAt: Date
}

/// A repeat-violation rule, kept as data so a county can change it: when a venue of `kind` has
/// `count` inspections within `windowDays` finding any of `violations` (and, where set, at least
/// `minorsAtLeast` / at most `minorsAtMost` minors at once in the latest), propose `measure`.
public struct VenueRule: Sendable, Equatable, Codable {
    public var id: String, kind: VenueKind, violations: [Violation], count: Int, windowDays: Int
    public var minorsAtLeast: Int?, minorsAtMost: Int?
    public var measure: VenueMeasure

    public init(id: String, kind: VenueKind, violations: [Violation], count: Int, windowDays: Int, minorsAtLeast: Int? = nil, minorsAtMost: Int? = nil,
                measure: VenueMeasure) {
        self.id = id
        self.kind = kind
        self.violations = violations
        self.count = count
        self.windowDays = windowDays
        self.minorsAtLeast = minorsAtLeast
        self.minorsAtMost = minorsAtMost
        self.measure = measure
    }

    public var labelKey: String { "venue_rule_\(id)" }
}

/// A measure proposed by a rule, with the person's decision once made.
public struct VenueProposal: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case proposed, accepted, rejected

        public var labelKey: String { "venue_proposal_\(rawValue)" }
    }

    public var id: String, venueId: String, inspectionId: String, ruleId: String, measure: VenueMeasure, status: Status
    public var decidedBy: String?, decisionNote: String?, createdAt: Date
}

/// The yearly safety responsibility agreement 安全责任书 with an organisation, its inspections and annual assessment.
public struct SafetyAgreement: Sendable, Equatable {
    public var id: String, organisationId: String, gridCode: String, year: Int, signedOn: Day, signatory: String, terms: String, createdAt: Date
    public var records: [AgreementRecord]
}

public struct AgreementRecord: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case inspection, assessment

        public var labelKey: String { "agreement_record_\(rawValue)" }
    }

    public var kind: Kind, on: Day, findings: String, passed: Bool, createdAt: Date
}
