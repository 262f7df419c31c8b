import Foundation
import Kernel

/// A leader's reception day 领导接访日: who receives petitioners, when and where. Published on
/// the portal; the petitions received that day are recorded against it.
public struct ReceptionDay: Sendable, Equatable {
    public var id: String
    public var leaderName: String
    public var leaderTitle: String
    public var day: Day
    /// e.g. "09:00-12:00".
    public var hours: String
    public var place: String
    public var unitCode: String
    public var createdAt: Date
}

/// A backlog case 积案 run by the "five ones": one case, one leader, one team, one plan, one
/// owner to the end (一件积案、一名领导、一套班子、一种方案、一包到底).
public struct BacklogCase: Sendable, Equatable {
    public enum Status: String, Sendable, Codable { case open, resolved }
    public var id: String
    public var petitionId: String
    public var leader: String
    public var team: String
    public var plan: String
    public var owner: String
    public var status: Status
    public var resolution: String?
    public var openedAt: Date
    public var resolvedAt: Date?
}

/// A joint consultation 会商 or a periodic case clinic 集中会诊 on a backlog case.
public struct BacklogMeeting: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case consultation, clinic
        public var labelKey: String { "backlog_meeting_\(rawValue)" }
    }
    public var id: String, caseId: String, kind: Kind, heldOn: String, attendees: String, minutes: String, decisions: String
}

/// A judicial-aid fund grant 司法救助 for a case "closed in law, pitiable in fact": asked for
/// with its reason, approved or refused by a leader; the ledger lists every one.
public struct AidGrant: Sendable, Equatable, Encodable {
    public enum Status: String, Sendable, Codable { case requested, approved, refused }
    public var id: String, caseId: String
    /// In fen (1/100 yuan): money is counted in integers.
    public var amountFen: Int
    public var reason: String, status: Status
    public var requestedAt: Date, decidedAt: Date?, decisionNote: String?
}
