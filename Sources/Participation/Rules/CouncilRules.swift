import Foundation
import Kernel

/// The council's quorum and majority, and a star review's stars, pure.
public enum CouncilRules {
    /// Quorate with at least the share of the members serving (two thirds by default: 以上 includes it).
    public static func quorumMet(present: Int, members: Int, settings: ParticipationSettings) -> Bool {
        members > 0 && present * settings.councilQuorumDenominator >= members * settings.councilQuorumNumerator
    }

    /// Carried by more than half of the members present.
    public static func carried(yes: Int, present: Int) -> Bool { yes * 2 > present }

    public static func motionRefusal(_ meeting: CouncilMeeting, yes: Int, no: Int, abstain: Int) -> String? {
        guard meeting.quorumMet else { return "council_error_not_quorate" }
        guard [yes, no, abstain].allSatisfy({ $0 >= 0 }), yes + no + abstain <= meeting.attendees.count, yes + no + abstain > 0 else {
            return "council_error_votes"
        }
        return nil
    }

    /// One star per criterion met, at least one.
    public static func stars(_ criteria: Set<StarCriterion>) -> Int? { criteria.isEmpty ? nil : criteria.count }
}
