import Foundation
import Kernel

/// A community project the residents chose (often by ballot), carried out with a fund ledger of
/// its own, disclosed on schedule and judged by the residents when it is finished.
public struct Project: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Being carried out (also after a rework was ordered, until it is reported finished again).
        case inProgress = "in_progress"
        /// Reported finished; waits for the residents' evaluation meeting.
        case finished
        /// The evaluation found less than the share satisfied: it must be reworked.
        case rework
        /// The residents accepted it.
        case accepted
    }

    public var id: String, unitCode: String, title: String, plan: String
    public var budgetFen: Int64
    public var ballotId: String?
    public var status: Status
    /// The evaluation round the next meeting will be (1, then 2 after a rework...).
    public var round: Int
    public var startedOn: Day, finishedOn: Day?, acceptedOn: Day?
    public var createdBy: String?, createdAt: Date
}

/// One line of a project's separate fund ledger (专账): income or expense with its voucher.
public struct LedgerEntry: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case income, expense }
    public var id: String, projectId: String, entryOn: Day, kind: Kind, amountFen: Int64, voucher: String, note: String
    public var enteredBy: String?, enteredAt: Date

    public var signedFen: Int64 { kind == .income ? amountFen : -amountFen }
}

/// What the village-affairs openness rule asks to be made public: finances monthly, general
/// matters quarterly, major matters at once (村务公开).
public enum DisclosureKind: String, Sendable, Codable, CaseIterable { case finance, general, major }

/// A disclosure made: the period it covers (`2026-11`, `2026-Q4`, `start`, `evaluation-1`) and when.
public struct Disclosure: Sendable, Equatable {
    public var id: String, projectId: String, kind: DisclosureKind, period: String, content: String, disclosedOn: Day
    public var disclosedBy: String?, disclosedAt: Date
}

/// A residents' evaluation meeting 监督评议会 on a finished project.
public struct Evaluation: Sendable, Equatable {
    public enum Outcome: String, Sendable, Codable { case accepted, rework }
    public var id: String, projectId: String, round: Int, heldOn: Day
    public var satisfied: Int, basicallySatisfied: Int, unsatisfied: Int
    public var outcome: Outcome, note: String
    public var recordedBy: String?, recordedAt: Date

    public var total: Int { satisfied + basicallySatisfied + unsatisfied }
}

/// Money as people read it: ¥1,234.50 from fen.
public enum Yuan {
    public static func text(_ fen: Int64) -> String {
        let sign = fen < 0 ? "-" : "", magnitude = fen.magnitude
        let whole = String(magnitude / 100), cents = magnitude % 100
        var grouped = ""
        for (i, c) in whole.reversed().enumerated() {
            if i > 0, i % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        return "\(sign)¥\(String(grouped.reversed())).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Fen from what someone typed in yuan (`1234.5`, `1,234.50`): nil unless a positive amount up to ¥10 billion with at most two decimals.
    public static func fen(_ text: String) -> Int64? {
        let t = text.trimmed.replacingOccurrences(of: ",", with: "")
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 10, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int64(parts[0]), whole >= 0
        else { return nil }
        var cents: Int64 = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...2).contains(f.count), f.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int64(f) else { return nil }
            cents = f.count == 1 ? v * 10 : v
        }
        let fen = whole * 100 + cents
        return (1...ProjectRules.maxAmountFen).contains(fen) ? fen : nil
    }
}
