import Foundation
import Kernel
import Testing
@testable import Participation

/// The rework share at its boundary, the ledger's balance, the disclosure schedule on pinned
/// days, money as typed and shown, and commitments' three steps.
@Suite("Participation: projects, disclosures, commitments")
struct ProjectRulesTests {
    static let today = Day(year: 2026, month: 12, day: 3)

    static func project(started: Day, status: Project.Status = .inProgress, accepted: Day? = nil) -> Project {
        Project(id: "p", unitCode: "330199001001", title: "t", plan: "p", budgetFen: 100_000, ballotId: nil, status: status, round: 1, startedOn: started,
                finishedOn: nil, acceptedOn: accepted, createdBy: nil, createdAt: Date(timeIntervalSince1970: 0))
    }

    static func entry(_ kind: LedgerEntry.Kind, _ fen: Int64, on day: Day = Day(year: 2026, month: 11, day: 1)) -> LedgerEntry {
        LedgerEntry(id: UUID().uuidString, projectId: "p", entryOn: day, kind: kind, amountFen: fen, voucher: "V1", note: "", enteredBy: nil,
                    enteredAt: Date(timeIntervalSince1970: 0))
    }

    @Test func lessThanOneThirdSatisfiedIsReworkedAndExactlyOneThirdIsNot() {
        let s = ParticipationSettings()
        #expect(ProjectRules.outcome(satisfied: 3, total: 9, settings: s) == .accepted)
        #expect(ProjectRules.outcome(satisfied: 1, total: 3, settings: s) == .accepted)
        #expect(ProjectRules.outcome(satisfied: 2, total: 7, settings: s) == .rework)
        #expect(ProjectRules.outcome(satisfied: 33, total: 100, settings: s) == .rework)
        #expect(ProjectRules.outcome(satisfied: 34, total: 100, settings: s) == .accepted)
        // "Basically satisfied" does not count as satisfied.
        #expect(ProjectRules.outcome(satisfied: 0, total: 1, settings: s) == .rework)
        var half = s
        (half.reworkNumerator, half.reworkDenominator) = (1, 2)
        #expect(ProjectRules.outcome(satisfied: 4, total: 9, settings: half) == .rework)
        #expect(ProjectRules.outcome(satisfied: 5, total: 10, settings: half) == .accepted)
    }

    @Test func anExpenseMayNotOverdrawTheFund() {
        let p = Self.project(started: Day(year: 2026, month: 10, day: 1))
        let entries = [Self.entry(.income, 10_000), Self.entry(.expense, 4_000)]
        #expect(ProjectRules.balance(entries) == (10_000, 4_000, 6_000))
        #expect(ProjectRules.entryRefusal(Self.entry(.expense, 6_000), after: entries, project: p, today: Self.today) == nil)
        #expect(ProjectRules.entryRefusal(Self.entry(.expense, 6_001), after: entries, project: p, today: Self.today) == "project_error_overdrawn")
        #expect(ProjectRules.entryRefusal(Self.entry(.income, 0), after: entries, project: p, today: Self.today) == "project_error_amount")
        #expect(ProjectRules.entryRefusal(Self.entry(.income, 1, on: Day(year: 2026, month: 9, day: 30)), after: entries, project: p, today: Self.today)
            == "project_error_entry_day")
        #expect(ProjectRules.entryRefusal(Self.entry(.income, 1, on: Self.today.adding(days: 1)), after: entries, project: p, today: Self.today)
            == "project_error_entry_day")
        let accepted = Self.project(started: Day(year: 2026, month: 10, day: 1), status: .accepted, accepted: Self.today)
        #expect(ProjectRules.entryRefusal(Self.entry(.income, 1), after: entries, project: accepted, today: Self.today) == "project_error_closed")
    }

    @Test func theScheduleOwesMonthsQuartersAndMajorMattersOnTheirDays() {
        let p = Self.project(started: Day(year: 2026, month: 9, day: 20))
        let made = [
            Disclosure(id: "1", projectId: "p", kind: .major, period: "start", content: "x", disclosedOn: Day(year: 2026, month: 9, day: 23), disclosedBy: nil,
                       disclosedAt: Date(timeIntervalSince1970: 0)),
            Disclosure(id: "2", projectId: "p", kind: .finance, period: "2026-09", content: "x", disclosedOn: Day(year: 2026, month: 10, day: 10), disclosedBy: nil,
                       disclosedAt: Date(timeIntervalSince1970: 0)),
        ]
        let duties = ProjectRules.schedule(p, evaluations: [], finishes: [], disclosures: made, today: Self.today, settings: ParticipationSettings())
        let byKey = Dictionary(uniqueKeysWithValues: duties.map { ("\($0.kind.rawValue) \($0.period)", $0) })
        // Months that have ended: September (on the 10th of October: on time), October (overdue since 10 November), November (due 10 December).
        #expect(byKey["finance 2026-09"]?.state == .onTime)
        #expect(byKey["finance 2026-10"]?.state == .overdue && byKey["finance 2026-10"]?.dueOn == Day(year: 2026, month: 11, day: 10))
        #expect(byKey["finance 2026-11"]?.state == .pending)
        #expect(byKey["finance 2026-12"] == nil)
        // Q3 ended on 30 September: due 10 days into October, not made.
        #expect(byKey["general 2026-Q3"]?.dueOn == Day(year: 2026, month: 10, day: 11) && byKey["general 2026-Q3"]?.state == .overdue)
        #expect(byKey["general 2026-Q4"] == nil)
        // The plan within 2 days of starting: the 23rd is a day late.
        #expect(byKey["major start"]?.dueOn == Day(year: 2026, month: 9, day: 22) && byKey["major start"]?.state == .late)
        #expect(duties.filter(\.isLate).count == 3)
        // An accepted project owes nothing after the month (and quarter) it was accepted in.
        let accepted = Self.project(started: Day(year: 2026, month: 9, day: 20), status: .accepted, accepted: Day(year: 2026, month: 10, day: 15))
        let closed = ProjectRules.schedule(accepted, evaluations: [], finishes: [], disclosures: [], today: Self.today, settings: ParticipationSettings())
        #expect(closed.filter { $0.kind == .finance }.map(\.period) == ["2026-09", "2026-10"])
        #expect(closed.filter { $0.kind == .general }.map(\.period) == ["2026-Q3", "2026-Q4"])
    }

    @Test func moneyAsTypedAndAsShown() {
        #expect(Yuan.fen("1234.5") == 123_450)
        #expect(Yuan.fen("1,234.50") == 123_450)
        #expect(Yuan.fen("0.01") == 1)
        for bad in ["0", "-5", "+5", "1.234", "abc", "", "1e5", "99999999999", "１２"] { #expect(Yuan.fen(bad) == nil, "\(bad)") }
        #expect(Yuan.text(123_450) == "¥1,234.50")
        #expect(Yuan.text(5) == "¥0.05")
        #expect(Yuan.text(-100_000_000) == "-¥1,000,000.00")
    }

    static func commitment(promised: Day, progressOn: Day? = nil, resultOn: Day? = nil) -> Commitment {
        Commitment(id: "c", unitCode: "330199", year: 2026, person: "p", post: "", promise: "x", promisedOn: promised, progress: progressOn.map { _ in "p" },
                   progressOn: progressOn, result: resultOn.map { _ in .delivered }, resultNote: nil, resultOn: resultOn, createdBy: nil,
                   createdAt: Date(timeIntervalSince1970: 0))
    }

    @Test func commitmentsArePromisedInJanuaryReportedInJulyAndDeliveredByTheYearsEnd() {
        let s = ParticipationSettings()
        var st = CommitmentRules.standing(Self.commitment(promised: Day(year: 2026, month: 1, day: 31)), today: Day(year: 2026, month: 7, day: 31), settings: s)
        #expect(!st.promisedLate && !st.progressLate && !st.resultLate && st.stage == "promised")
        st = CommitmentRules.standing(Self.commitment(promised: Day(year: 2026, month: 2, day: 1)), today: Day(year: 2026, month: 8, day: 1), settings: s)
        #expect(st.promisedLate && st.progressLate && !st.resultLate)
        st = CommitmentRules.standing(Self.commitment(promised: Day(year: 2026, month: 1, day: 5), progressOn: Day(year: 2026, month: 7, day: 20)),
                                      today: Day(year: 2027, month: 1, day: 1), settings: s)
        #expect(!st.progressLate && st.resultLate && st.stage == "progress_reported")
        st = CommitmentRules.standing(Self.commitment(promised: Day(year: 2026, month: 1, day: 5), progressOn: Day(year: 2026, month: 7, day: 20),
                                                      resultOn: Day(year: 2026, month: 12, day: 31)), today: Day(year: 2027, month: 3, day: 1), settings: s)
        #expect(!st.resultLate && st.stage == "delivered")
        // Steps in order, once, on days that can be.
        let c = Self.commitment(promised: Day(year: 2026, month: 1, day: 5))
        #expect(CommitmentRules.progressRefusal(c, on: Day(year: 2026, month: 1, day: 4), today: Self.today) == "commitment_error_day")
        #expect(CommitmentRules.progressRefusal(c, on: Self.today.adding(days: 1), today: Self.today) == "commitment_error_day")
        #expect(CommitmentRules.progressRefusal(c, on: Day(year: 2026, month: 7, day: 1), today: Self.today) == nil)
        let reported = Self.commitment(promised: Day(year: 2026, month: 1, day: 5), progressOn: Day(year: 2026, month: 7, day: 1))
        #expect(CommitmentRules.progressRefusal(reported, on: Day(year: 2026, month: 7, day: 2), today: Self.today) == "commitment_error_step_taken")
        #expect(CommitmentRules.resultRefusal(reported, on: Day(year: 2026, month: 6, day: 30), today: Self.today) == "commitment_error_day")
        #expect(CommitmentRules.createRefusal(year: 2026, promisedOn: Day(year: 2025, month: 12, day: 31), today: Self.today, person: "p", promise: "x")
            == "commitment_error_year")
    }
}
