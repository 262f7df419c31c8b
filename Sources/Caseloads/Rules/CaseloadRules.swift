import Foundation
import Kernel

/// One thing owed on a caseload: its rule (a string key, shown beside the date), the day it is
/// due by, and the figures the rule's text names.
public struct Duty: Sendable, Equatable {
    public let rule: String
    public let due: Day
    public let args: [String]

    public init(_ rule: String, due: Day, _ args: [String] = []) {
        self.rule = rule
        self.due = due
        self.args = args
    }

    public func overdue(today: Day) -> Bool { due < today }
}

/// The caseload rules, pure: given a caseload, its contacts and the settings, what is owed by
/// when. Tested with pinned days; the service stores the earliest as the supervised clock.
public enum CaseloadRules {
    /// The kinds of contact each kind of caseload's duties run from, the latest of each: all that a caseload's history
    /// before a month adds to the month's own contacts for its duties (the figures read no more of it).
    public static let runsFrom: [CaseloadKind: Set<ContactKind>] = [
        .correction: [.report, .writtenReport, .visit], .resettlement: [.visit, .help], .mentalHealth: [.followUp, .healthCheck], .youth: [.visit, .help],
    ]

    /// Everything owed now, earliest first.
    public static func duties(_ c: Caseload, contacts: [CaseloadContact], settings s: CaseloadSettings, today: Day) -> [Duty] {
        guard c.status == .active else { return [] }
        func last(_ kinds: Set<ContactKind>) -> CaseloadContact? {
            contacts.filter { kinds.contains($0.kind) }.max { ($0.on, $0.recordedAt) < ($1.on, $1.recordedAt) }
        }
        var owed: [Duty] = []
        switch c.kind {
        case .correction:
            guard let reported = c.reportedOn else {
                owed.append(Duty("caseload_rule_report_within", due: c.startsOn.adding(days: s.reportWithinDays), [String(s.reportWithinDays)]))
                break
            }
            let level = c.level ?? .strict, d = s.duties(level)
            for (kinds, days, rule) in [([ContactKind.report], d.reportDays, "caseload_rule_report_every"),
                                        ([.writtenReport], d.writtenDays, "caseload_rule_written_every"),
                                        ([.visit], d.visitDays, "caseload_rule_visit_every")] {
                let from = last(Set(kinds))?.on ?? reported
                owed.append(Duty(rule, due: from.adding(days: days), [String(days)]))
            }
            // Hours of the month so far against the month's requirement, due by the month's last day.
            let monthStart = Day(year: today.year, month: today.month, day: 1)
            let monthEnd = Day(year: today.year, month: today.month, day: Day.daysIn(month: today.month, year: today.year))
            for (kind, required, rule) in [(ContactKind.study, d.studyHours, "caseload_rule_study_hours"), (.service, d.serviceHours, "caseload_rule_service_hours")]
            where required > 0 {
                let done = contacts.filter { $0.kind == kind && $0.on >= monthStart && $0.on <= monthEnd }.reduce(0) { $0 + ($1.hours ?? 0) }
                if done < required { owed.append(Duty(rule, due: monthEnd, [String(done), String(required)])) }
            }
            if let end = c.endsOn { owed.append(Duty("caseload_rule_term_end", due: end)) }
        case .resettlement:
            if c.keyPerson, c.metOn == nil { owed.append(Duty("caseload_rule_meet_on_release", due: c.startsOn)) }
            if today >= c.startsOn {
                let from = last([.visit, .help])?.on ?? c.startsOn
                owed.append(Duty("caseload_rule_resettlement_visit", due: from.adding(days: s.resettlementVisitDays), [String(s.resettlementVisitDays)]))
            }
            owed.append(Duty("caseload_rule_help_end", due: helpEnds(c, settings: s), [String(s.helpYears)]))
        case .mentalHealth:
            if let f = last([.followUp]) {
                let grade = f.riskGrade ?? 0
                if grade >= 3 {
                    owed.append(Duty("caseload_rule_joint_follow_up", due: f.on.adding(days: s.jointFollowUpDays), [String(grade), String(s.jointFollowUpDays)]))
                } else if grade >= 1 {
                    owed.append(Duty("caseload_rule_unstable_follow_up", due: f.on.adding(days: s.unstableFollowUpDays), [String(grade), String(s.unstableFollowUpDays)]))
                } else {
                    owed.append(Duty("caseload_rule_stable_follow_up", due: f.on.adding(days: s.stableFollowUpDays), [String(s.stableFollowUpDays)]))
                }
            } else {
                owed.append(Duty("caseload_rule_first_follow_up", due: c.startsOn.adding(days: s.firstFollowUpDays), [String(s.firstFollowUpDays)]))
            }
            let check = last([.healthCheck])?.on ?? c.startsOn
            owed.append(Duty("caseload_rule_health_check", due: check.adding(days: s.healthCheckDays)))
        case .youth:
            let from = last([.visit, .help])?.on ?? c.startsOn
            owed.append(Duty("caseload_rule_youth_visit", due: from.adding(days: s.youthVisitDays), [String(s.youthVisitDays)]))
        }
        return owed.sorted { ($0.due, $0.rule) < ($1.due, $1.rule) }
    }

    /// The end of the help period: `helpYears` after release (29 February falls to 28 February).
    public static func helpEnds(_ c: Caseload, settings s: CaseloadSettings) -> Day {
        let year = c.startsOn.year + s.helpYears
        return Day(year: year, month: c.startsOn.month, day: min(c.startsOn.day, Day.daysIn(month: c.startsOn.month, year: year)))
    }

    /// Months between two days, counting a month once its day is reached.
    static func monthsBetween(_ a: Day, _ b: Day) -> Int {
        (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0)
    }

    /// Why a level may not be set now, or nil: strict for the first months; lenient only after
    /// the months and with the average assessment the settings ask for.
    public static func levelRefusal(_ level: SupervisionLevel, for c: Caseload, contacts: [CaseloadContact], settings s: CaseloadSettings, today: Day) -> String? {
        guard c.kind == .correction else { return "caseload_error_not_correction" }
        let start = c.reportedOn ?? c.startsOn
        let months = monthsBetween(start, today)
        if level != .strict, months < s.strictFirstMonths { return "caseload_error_level_strict_first" }
        if level == .lenient {
            let scores = contacts.filter { $0.kind == .assessment }.compactMap(\.score)
            let average = scores.isEmpty ? 0 : scores.reduce(0, +) / scores.count
            if months < s.lenientAfterMonths || average < s.lenientMinimumScore { return "caseload_error_level_lenient" }
        }
        return nil
    }

    /// Why a sanction may not be proposed on this basis, or nil.
    public static func sanctionRefusal(_ kind: SanctionKind, basis: SanctionBasis, outOfContactDays: Int?, approved: [SanctionProposal],
                                       settings s: CaseloadSettings) -> String? {
        let reprimands = approved.filter { $0.kind == .reprimand && $0.status == .approved }.count
        let warnings = approved.filter { $0.kind == .warning && $0.status == .approved }.count
        let days = outOfContactDays ?? 0
        switch (kind, basis) {
        case (.reprimand, .minorBreach), (.warning, .seriousBreach): return nil
        case (.reprimand, .outOfContact): return (1...s.reprimandOutOfContactDays).contains(days) ? nil : "caseload_error_sanction_days"
        case (.warning, .outOfContact): return days > s.reprimandOutOfContactDays ? nil : "caseload_error_sanction_days"
        case (.warning, .uncorrectedReprimands): return reprimands >= 2 ? nil : "caseload_error_sanction_ladder"
        case (.revocation, .outOfContact): return days > s.revocationOutOfContactDays ? nil : "caseload_error_sanction_days"
        case (.revocation, .uncorrectedWarnings): return warnings >= 2 ? nil : "caseload_error_sanction_ladder"
        default: return "caseload_error_sanction_basis"
        }
    }

    /// Whether an approver at `unitCode` may decide: the street justice office up to its limits, the county always.
    public static func mayApprove(leaveDays: Int? = nil, sanction: SanctionKind? = nil, approverUnit: String, settings s: CaseloadSettings) -> Bool {
        if approverUnit.count <= 6 { return true }
        if let leaveDays { return leaveDays <= s.leaveStreetDays }
        if let sanction { return sanction == .reprimand }
        return true
    }

    /// Why a leave request may not be made, or nil: within one approval's days and the year's.
    public static func leaveRefusal(from: Day, to: Day, earlier: [LeaveRequest], settings s: CaseloadSettings) -> String? {
        let days = to.dayNumber - from.dayNumber + 1
        guard days >= 1, days <= s.leaveMaxDays else { return "caseload_error_leave_days" }
        let taken = earlier.filter { $0.status != .refused && $0.from.year == from.year }.reduce(0) { $0 + $1.days }
        return taken + days > s.leaveDaysPerYear ? "caseload_error_leave_year" : nil
    }

    /// Whether the person is a young person of the youth groups' ages (6 to 25 for idle youth, under 18 for the rest).
    public static func youthAgeFits(_ group: YouthGroup, birth: Day, today: Day) -> Bool {
        let age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day) ? 1 : 0)
        return group == .idle ? (6...25).contains(age) : age < 18
    }
}
