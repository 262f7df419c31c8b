import Foundation
import Kernel

/// Whose rules count the ballot: a residents' meeting (城市居民委员会组织法: more than half of the
/// households) or a village assembly (村民委员会组织法 art. 22: two thirds of the households).
public enum BallotRule: String, Sendable, Codable, CaseIterable {
    case residentsMeeting = "residents_meeting", villageAssembly = "village_assembly"

    public var labelKey: String { "ballot_rule_\(rawValue)" }
}

/// A ballot of a community or village, one household one vote (一户一票).
public struct Ballot: Sendable, Equatable {
    public var id: String, unitCode: String, title: String, options: [String]
    public var opensAt: Date, closesAt: Date
    public var rule: BallotRule
    /// The households eligible, frozen when the voting slips are issued (nil before).
    public var householdsEligible: Int?
    public var codesIssuedAt: Date?
    public var createdBy: String?, createdAt: Date

    public enum Phase: String, Sendable { case scheduled, open, closed }

    public func phase(at now: Date) -> Phase { now < opensAt ? .scheduled : now < closesAt ? .open : .closed }
}

/// How a household voted: on the portal with its code, or on paper entered by staff.
public enum VoteChannel: String, Sendable, Codable { case portal, paper }
