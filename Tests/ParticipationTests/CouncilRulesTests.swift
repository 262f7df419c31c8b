import Foundation
import Kernel
import Testing
@testable import Participation

/// The council's quorum and majority at their boundaries, and stars per criterion.
@Suite("Participation: council quorum, majority, stars")
struct CouncilRulesTests {
    @Test func twoThirdsMakeAQuorumAndMoreThanHalfOfThosePresentCarry() {
        let s = ParticipationSettings()
        #expect(CouncilRules.quorumMet(present: 2, members: 3, settings: s))
        #expect(!CouncilRules.quorumMet(present: 4, members: 7, settings: s))
        #expect(CouncilRules.quorumMet(present: 5, members: 7, settings: s))
        #expect(!CouncilRules.quorumMet(present: 6, members: 10, settings: s))
        #expect(CouncilRules.quorumMet(present: 7, members: 10, settings: s))
        #expect(!CouncilRules.quorumMet(present: 0, members: 0, settings: s))
        #expect(!CouncilRules.carried(yes: 3, present: 6))
        #expect(CouncilRules.carried(yes: 4, present: 6))
        #expect(CouncilRules.carried(yes: 3, present: 5))
        // Abstentions count as present: 3 yes of 7 present do not carry even if only 2 said no.
        #expect(!CouncilRules.carried(yes: 3, present: 7))
    }

    @Test func aMotionNeedsAQuorateMeetingAndVotesThatFitThoseThere() {
        let quorate = CouncilMeeting(id: "m", unitCode: "330199001001", heldOn: Day(year: 2026, month: 12, day: 1), topic: "t", minutes: "m", membersTotal: 7,
                                     attendees: ["1", "2", "3", "4", "5"], quorumMet: true, recordedBy: nil, recordedAt: Date(timeIntervalSince1970: 0))
        #expect(CouncilRules.motionRefusal(quorate, yes: 3, no: 1, abstain: 1) == nil)
        #expect(CouncilRules.motionRefusal(quorate, yes: 4, no: 1, abstain: 1) == "council_error_votes")
        #expect(CouncilRules.motionRefusal(quorate, yes: -1, no: 1, abstain: 1) == "council_error_votes")
        #expect(CouncilRules.motionRefusal(quorate, yes: 0, no: 0, abstain: 0) == "council_error_votes")
        var short = quorate
        short.quorumMet = false
        #expect(CouncilRules.motionRefusal(short, yes: 3, no: 0, abstain: 0) == "council_error_not_quorate")
    }

    @Test func oneStarPerCriterionMet() {
        #expect(CouncilRules.stars([]) == nil)
        #expect(CouncilRules.stars([.harmony]) == 1)
        #expect(CouncilRules.stars(Set(StarCriterion.allCases)) == 5)
    }

    @Test func settingsSavedBeforeANumberExistedKeepTheirOwnValues() throws {
        let old = #"{"reworkNumerator":1,"reworkDenominator":2,"financeDueDay":5}"#
        let s = try JSONDecoder().decode(ParticipationSettings.self, from: Data(old.utf8))
        #expect(s.reworkDenominator == 2 && s.financeDueDay == 5 && s.councilQuorumNumerator == 2 && s.councilQuorumDenominator == 3)
        let changed = try s.changing(["council_quorum_numerator": 1, "unknown": 9])
        #expect(changed.councilQuorumNumerator == 1 && changed.reworkDenominator == 2)
    }
}
