import Foundation
import Kernel

/// Which repeat-violation rules an inspection fires, over the venue's inspections in each rule's window.
public enum VenueRules {
    /// The defaults for internet cafés [002]: admitting minors or opening out of hours twice
    /// within a year → revoke; three or more minors at once → revoke; one or two → 30 days' suspension.
    public static let defaults = [
        VenueRule(id: "cafe_twice_in_a_year", kind: .internetCafe, violations: [.admittingMinors, .outOfHours], count: 2, windowDays: 365, measure: .revokeLicence),
        VenueRule(id: "cafe_three_minors", kind: .internetCafe, violations: [.admittingMinors], count: 1, windowDays: 1, minorsAtLeast: 3, measure: .revokeLicence),
        VenueRule(id: "cafe_one_or_two_minors", kind: .internetCafe, violations: [.admittingMinors], count: 1, windowDays: 1, minorsAtLeast: 1, minorsAtMost: 2,
                  measure: .suspend30d),
    ]

    /// The rules `latest` fires for a venue of `kind`, given every inspection of the venue (latest included).
    public static func fired(_ rules: [VenueRule], kind: VenueKind, latest: Inspection, history: [Inspection]) -> [VenueRule] {
        rules.filter { rule in
            guard rule.kind == kind, !Set(rule.violations).isDisjoint(with: latest.violations) else { return false }
            if let least = rule.minorsAtLeast, latest.minors < least { return false }
            if let most = rule.minorsAtMost, latest.minors > most { return false }
            let since = latest.inspectedOn.adding(days: -(rule.windowDays - 1))
            let matching = history.filter { $0.inspectedOn >= since && $0.inspectedOn <= latest.inspectedOn && !Set(rule.violations).isDisjoint(with: $0.violations) }
            return matching.count >= rule.count
        }
    }
}
