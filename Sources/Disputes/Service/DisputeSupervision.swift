import Kernel

/// Supervision of mediation clocks, like petitions': near due three days before the limit the
/// dispute runs under now (the type's mediation days, the leading group's 15 days, the day the
/// agreement is to be performed), overdue past it, escalated to the county a week later. Each
/// clock is noticed on its own.
public enum DisputeSupervision {
    public static let clock = SupervisedClock(caseType: "dispute", table: "disputes", dueColumn: "open_due", unitColumn: "unit_code",
                                              ruleColumn: "due_rule", rules: SupervisionRules(nearDue: 3 * 86_400, escalateAfter: 7 * 86_400))
    public static var caseType: String { clock.caseType }
}
