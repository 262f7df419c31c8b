import Foundation
import Testing
@testable import Participation

/// Quorum and majority at their boundaries, and the voting codes.
@Suite("Participation: quorum, majority and voting codes")
struct BallotRulesTests {
    @Test func quorumsAtTheirBoundaries() {
        // Residents' meeting: more than half of the households.
        #expect(!BallotRules.quorumMet(voted: 50, eligible: 100, rule: .residentsMeeting))
        #expect(BallotRules.quorumMet(voted: 51, eligible: 100, rule: .residentsMeeting))
        #expect(BallotRules.quorumMet(voted: 2, eligible: 3, rule: .residentsMeeting))
        // Village assembly: two thirds of the households ("以上" includes the number).
        #expect(!BallotRules.quorumMet(voted: 66, eligible: 100, rule: .villageAssembly))
        #expect(BallotRules.quorumMet(voted: 67, eligible: 100, rule: .villageAssembly))
        #expect(BallotRules.quorumMet(voted: 2, eligible: 3, rule: .villageAssembly))
        #expect(!BallotRules.quorumMet(voted: 0, eligible: 0, rule: .residentsMeeting))
    }

    @Test func anOptionCarriesWithMoreThanHalfOfTheVotesCast() {
        var t = BallotRules.tally(options: ["同意", "不同意"], votes: ["同意": 30, "不同意": 30], eligible: 100, rule: .residentsMeeting)
        #expect(t.quorumMet && t.carried == nil && t.voted == 60 && t.turnout == 0.6)
        t = BallotRules.tally(options: ["同意", "不同意"], votes: ["同意": 31, "不同意": 30], eligible: 100, rule: .residentsMeeting)
        #expect(t.carried == "同意")
        // Without the quorum nothing carries, however the votes fell.
        t = BallotRules.tally(options: ["同意", "不同意"], votes: ["同意": 40], eligible: 100, rule: .residentsMeeting)
        #expect(!t.quorumMet && t.carried == nil)
        // Three options: a plurality is not a majority.
        t = BallotRules.tally(options: ["A", "B", "C"], votes: ["A": 40, "B": 30, "C": 30], eligible: 100, rule: .villageAssembly)
        #expect(t.quorumMet && t.carried == nil && t.results.map(\.votes) == [40, 30, 30])
    }

    @Test func codesAreLongUnambiguousAndReadBackAsTyped() {
        let codes = Set((0..<1_000).map { _ in BallotRules.makeCode() })
        #expect(codes.count == 1_000 && codes.allSatisfy { $0.count == 10 && !$0.contains("O") && !$0.contains("0") && !$0.contains("I") && !$0.contains("1") })
        #expect(BallotRules.parse("demq-2628 kx") == "DEMQ2628KX")
        #expect(BallotRules.parse("DEMQ2628K0") == nil && BallotRules.parse("DEMQ2628") == nil)
    }
}
