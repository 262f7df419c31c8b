import Foundation

/// The count of a ballot: turnout against the eligible households, whether the quorum is met,
/// and the result (an option carried by more than half of the votes cast).
public struct Tally: Sendable, Equatable {
    public let eligible: Int, voted: Int
    public let results: [(option: String, votes: Int)]
    public let quorumMet: Bool
    /// The option more than half of the votes cast chose, when the quorum is met and one did.
    public let carried: String?

    public var turnout: Double? { eligible > 0 ? Double(voted) / Double(eligible) : nil }

    public static func == (a: Tally, b: Tally) -> Bool {
        a.eligible == b.eligible && a.voted == b.voted && a.quorumMet == b.quorumMet && a.carried == b.carried
            && a.results.map(\.option) == b.results.map(\.option) && a.results.map(\.votes) == b.results.map(\.votes)
    }
}

public enum BallotRules {
    /// Residents' meeting: more than half of the households. Village assembly: two thirds of the households.
    public static func quorumMet(voted: Int, eligible: Int, rule: BallotRule) -> Bool {
        guard eligible > 0 else { return false }
        switch rule {
        case .residentsMeeting: return voted * 2 > eligible
        case .villageAssembly: return voted * 3 >= eligible * 2
        }
    }

    public static func tally(options: [String], votes: [String: Int], eligible: Int, rule: BallotRule) -> Tally {
        let results = options.map { (option: $0, votes: votes[$0] ?? 0) }
        let voted = results.reduce(0) { $0 + $1.votes }
        let quorum = quorumMet(voted: voted, eligible: eligible, rule: rule)
        let carried = quorum ? results.first { $0.votes * 2 > voted }?.option : nil
        return Tally(eligible: eligible, voted: voted, results: results, quorumMet: quorum, carried: carried)
    }

    /// Voting codes: 10 characters from an alphabet without look-alikes, about 50 bits.
    static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    public static func makeCode() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<10).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] })
    }

    /// The code in what someone typed (any case, spaces or dashes), or nil when it is not one.
    public static func parse(_ text: String) -> String? {
        let code = String(text.uppercased().filter { !"- ".contains($0) })
        guard code.count == 10, code.allSatisfy(alphabet.contains) else { return nil }
        return code
    }
}
