import Foundation
import Kernel

/// A resident's proposal for a community project (民情征集), from the portal or the window;
/// staff shortlist or decline it, and shortlisted ones become a ballot's options.
public struct Proposal: Sendable, Equatable {
    public enum Channel: String, Sendable, Codable { case portal, window }
    public enum Status: String, Sendable, Codable, CaseIterable { case received, shortlisted, declined, balloted }

    public var id: String, unitCode: String, title: String, body: String, proposerName: String, proposerPhone: String
    public var channel: Channel, status: Status
    public var groupLabel: String?, reviewNote: String?, ballotId: String?
    public var enteredBy: String?, createdAt: Date
}

/// A member of a community's or village's council 议事会 / 村民代表会议.
public struct CouncilMember: Sendable, Equatable {
    public var id: String, unitCode: String, name: String, post: String, since: Day, until: Day?

    public func serves(on day: Day) -> Bool { since <= day && until.map { day <= $0 } ?? true }
}

/// A council meeting: who attended of the members serving that day, whether it was quorate, the minutes.
public struct CouncilMeeting: Sendable, Equatable {
    public var id: String, unitCode: String, heldOn: Day, topic: String, minutes: String
    public var membersTotal: Int, attendees: [String], quorumMet: Bool
    public var recordedBy: String?, recordedAt: Date
}

/// A motion voted at a meeting: carried by a majority of the members present.
public struct CouncilMotion: Sendable, Equatable {
    public var id: String, meetingId: String, title: String, yes: Int, no: Int, abstain: Int, carried: Bool, projectId: String?
    public var recordedAt: Date
}

/// A member's signature on a project's plan.
public struct PlanSignature: Sendable, Equatable {
    public var projectId: String, memberId: String, name: String, signedOn: Day
}

/// One of the three agreements 三约 [001], posted publicly: between the village (community)
/// organisation and its cadres, the organisation and the villagers, villagers among themselves;
/// on the economy, public affairs, social stability or the organisation itself.
public struct Agreement: Sendable, Equatable {
    public enum Parties: String, Sendable, Codable, CaseIterable {
        case organisationCadres = "organisation_cadres", organisationVillagers = "organisation_villagers", villagers
    }
    public enum Category: String, Sendable, Codable, CaseIterable { case economy, publicAffairs = "public_affairs", stability, organisation }

    public var id: String, unitCode: String, parties: Parties, category: Category, title: String, body: String, signatories: String
    public var signedOn: Day, endsOn: Day?
    public var createdBy: String?, createdAt: Date

    public func inForce(on day: Day) -> Bool { signedOn <= day && endsOn.map { day <= $0 } ?? true }
}

/// A household's stars in a year's review of civilised households 星级文明户 [004].
public struct StarHousehold: Sendable, Equatable {
    public var householdId: String, year: Int, gridCode: String, stars: Int, criteria: [String], note: String
    public var reviewedBy: String?, reviewedAt: Date
}

/// The review's criteria, one star each (五星级文明户).
public enum StarCriterion: String, Sendable, Codable, CaseIterable {
    case lawAbiding = "law_abiding", harmony, hygiene, civility, volunteering
}
