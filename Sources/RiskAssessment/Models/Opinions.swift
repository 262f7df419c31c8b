import Foundation
import Kernel

/// A forum 座谈会 or a hearing 听证会 held during public participation.
public struct OpinionSession: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case forum, hearing

        public var labelKey: String { "decision_session_\(rawValue)" }
    }

    public var id: String, decisionId: String, kind: Kind, heldOn: Day, place: String, participants: String
    /// When a hearing was announced: its date lies at least the notice days after it.
    public var announcedAt: Date?
    public var attendance: Int?
    public var summary: String?
    public var recordedAt: Date?
    public var createdAt: Date

    /// Held and its record written.
    public var isRecorded: Bool { summary != nil }
}

/// A questionnaire survey, tallied on its attitude question (the others kept as text).
public struct OpinionSurvey: Sendable, Equatable {
    public var id: String, decisionId: String, title: String, questions: String, respondents: Int
    public var tally: [Attitude: Int]
    public var notes: String
    public var createdAt: Date

    public var answered: Int { tally.values.reduce(0, +) }
}

/// A work order, petition or dispute that arose from the decision.
public struct DecisionLink: Sendable, Equatable {
    public var caseType: String, caseId: String, number: String, linkedAt: Date
}
