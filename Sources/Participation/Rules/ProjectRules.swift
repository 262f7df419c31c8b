import Foundation
import Kernel

/// One disclosure owed: what, for which period, by when, and whether and when it was made.
public struct DisclosureDuty: Sendable, Equatable {
    public enum State: String, Sendable { case onTime = "on_time", late, overdue, pending }
    public let kind: DisclosureKind, period: String, dueOn: Day
    public let disclosedOn: Day?
    public let state: State

    /// Disclosed after the day, or not disclosed and the day has passed.
    public var isLate: Bool { state == .late || state == .overdue }
}

/// The rules of a project's money, its disclosures and its evaluation, pure.
public enum ProjectRules {
    public static let maxAmountFen: Int64 = 1_000_000_000_000

    public static func balance(_ entries: [LedgerEntry]) -> (income: Int64, expense: Int64, balance: Int64) {
        let income = entries.filter { $0.kind == .income }.reduce(0) { $0 + $1.amountFen }
        let expense = entries.filter { $0.kind == .expense }.reduce(0) { $0 + $1.amountFen }
        return (income, expense, income - expense)
    }

    /// An expense may not take the fund below nothing: it is a separate ledger, not an overdraft.
    public static func entryRefusal(_ entry: LedgerEntry, after entries: [LedgerEntry], project: Project, today: Day) -> String? {
        if !(1...maxAmountFen).contains(entry.amountFen) { return "project_error_amount" }
        if entry.voucher.isEmpty || entry.voucher.count > 60 { return "project_error_voucher" }
        if entry.entryOn > today || entry.entryOn < project.startedOn { return "project_error_entry_day" }
        if project.status == .accepted { return "project_error_closed" }
        if entry.kind == .expense, balance(entries).balance < entry.amountFen { return "project_error_overdrawn" }
        return nil
    }

    /// The satisfied share below which the project is reworked: compared in whole numbers, so
    /// exactly one third satisfied passes and one short of it does not.
    public static func outcome(satisfied: Int, total: Int, settings: ParticipationSettings) -> Evaluation.Outcome {
        satisfied * settings.reworkDenominator < settings.reworkNumerator * total ? .rework : .accepted
    }

    public static func evaluationRefusal(_ project: Project, satisfied: Int, basically: Int, unsatisfied: Int, heldOn: Day, today: Day) -> String? {
        guard project.status == .finished else { return "project_error_not_finished" }
        guard [satisfied, basically, unsatisfied].allSatisfy({ (0...100_000).contains($0) }), satisfied + basically + unsatisfied > 0 else {
            return "project_error_ratings"
        }
        guard heldOn <= today, heldOn >= (project.finishedOn ?? project.startedOn) else { return "project_error_held_on" }
        return nil
    }

    static func quarter(_ d: Day) -> (year: Int, q: Int) { (d.year, (d.month - 1) / 3 + 1) }
    static func monthKey(_ year: Int, _ month: Int) -> String { String(format: "%04d-%02d", year, month) }

    /// Every disclosure the project owes up to `today`: each month's finances from the month it
    /// started, each quarter's general matters, and the major matters (the plan at the start,
    /// each report of finishing, each evaluation's result) within days of happening. A project
    /// accepted stops owing periods after the one it was accepted in.
    public static func schedule(_ p: Project, evaluations: [Evaluation], finishes: [Day], disclosures: [Disclosure], today: Day,
                                settings: ParticipationSettings) -> [DisclosureDuty] {
        let last = p.acceptedOn.map { min($0, today) } ?? today
        var owed: [(DisclosureKind, String, Day)] = []
        // Months: a month is owed once it has ended (or the project was accepted in it).
        var (y, m) = (p.startedOn.year, p.startedOn.month)
        while (y, m) <= (last.year, last.month), owed.count < 2_000 {
            let ended = (y, m) < (today.year, today.month) || p.acceptedOn.map { ($0.year, $0.month) == (y, m) } == true
            if ended {
                let (ny, nm) = m == 12 ? (y + 1, 1) : (y, m + 1)
                owed.append((.finance, monthKey(y, m), Day(year: ny, month: nm, day: settings.financeDueDay)))
            }
            (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
        }
        var (qy, q) = quarter(p.startedOn)
        let (ly, lq) = quarter(last), (ty, tq) = quarter(today)
        while (qy, q) <= (ly, lq), owed.count < 4_000 {
            let ended = (qy, q) < (ty, tq) || p.acceptedOn.map { quarter($0) == (qy, q) } == true
            if ended {
                let (ny, nq) = q == 4 ? (qy + 1, 1) : (qy, q + 1)
                owed.append((.general, "\(qy)-Q\(q)", Day(year: ny, month: (nq - 1) * 3 + 1, day: 1).adding(days: settings.generalDueDays)))
            }
            (qy, q) = q == 4 ? (qy + 1, 1) : (qy, q + 1)
        }
        owed.append((.major, "start", p.startedOn.adding(days: settings.majorDueDays)))
        for (i, day) in finishes.enumerated() { owed.append((.major, "finished-\(i + 1)", day.adding(days: settings.majorDueDays))) }
        for e in evaluations.sorted(by: { $0.round < $1.round }) {
            owed.append((.major, "evaluation-\(e.round)", e.heldOn.adding(days: settings.majorDueDays)))
        }
        let made = Dictionary(disclosures.map { ("\($0.kind.rawValue) \($0.period)", $0.disclosedOn) }, uniquingKeysWith: min)
        return owed.map { kind, period, due in
            let on = made["\(kind.rawValue) \(period)"]
            let state: DisclosureDuty.State = on.map { $0 <= due ? .onTime : .late } ?? (today > due ? .overdue : .pending)
            return DisclosureDuty(kind: kind, period: period, dueOn: due, disclosedOn: on, state: state)
        }
    }
}

/// Where a commitment stands in its year: the three steps' days and what is late.
public enum CommitmentRules {
    public struct Standing: Sendable, Equatable {
        public let promiseDue: Day, progressDue: Day, resultDue: Day
        public let promisedLate: Bool, progressLate: Bool, resultLate: Bool
        /// `promised`, `progress_reported`, or the result.
        public let stage: String
    }

    public static func standing(_ c: Commitment, today: Day, settings: ParticipationSettings) -> Standing {
        let promiseDue = Day(year: c.year, month: 1, day: settings.promiseByJanuaryDay)
        let progressDue = Day(year: c.year, month: 7, day: settings.progressByJulyDay), resultDue = Day(year: c.year, month: 12, day: 31)
        func late(_ on: Day?, _ due: Day) -> Bool { on.map { $0 > due } ?? (today > due) }
        return Standing(promiseDue: promiseDue, progressDue: progressDue, resultDue: resultDue, promisedLate: c.promisedOn > promiseDue,
                        progressLate: late(c.progressOn ?? c.resultOn, progressDue), resultLate: late(c.resultOn, resultDue),
                        stage: c.result?.rawValue ?? (c.progress == nil ? "promised" : "progress_reported"))
    }

    public static func createRefusal(year: Int, promisedOn: Day, today: Day, person: String, promise: String) -> String? {
        guard (2000...today.year + 1).contains(year), promisedOn.year == year, promisedOn <= today else { return "commitment_error_year" }
        guard !person.isEmpty, person.count <= 50 else { return "commitment_error_person" }
        guard !promise.isEmpty, promise.count <= 2_000 else { return "commitment_error_promise" }
        return nil
    }

    /// Progress once, from the promise on; the result once, after the progress (or instead of it, late).
    public static func progressRefusal(_ c: Commitment, on: Day, today: Day) -> String? {
        guard c.progress == nil, c.result == nil else { return "commitment_error_step_taken" }
        return on >= c.promisedOn && on <= today && on.year == c.year ? nil : "commitment_error_day"
    }

    public static func resultRefusal(_ c: Commitment, on: Day, today: Day) -> String? {
        guard c.result == nil else { return "commitment_error_step_taken" }
        return on >= (c.progressOn ?? c.promisedOn) && on <= today && on.year <= c.year + 1 ? nil : "commitment_error_day"
    }
}
