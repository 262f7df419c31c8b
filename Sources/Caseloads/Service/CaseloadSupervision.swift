import Kernel

/// Supervision of the caseloads' duties: the earliest duty of each active caseload, near due three
/// days before, overdue, and escalated to the county a week after. Notices are listed on the
/// caseload's own page only, like the caseload itself.
public enum CaseloadSupervision {
    public static let clock = SupervisedClock(caseType: "caseload", table: "caseloads", dueColumn: "open_due", unitColumn: "grid_code",
                                              ruleColumn: "due_rule", rules: SupervisionRules(nearDue: 3 * 86_400, escalateAfter: 7 * 86_400))
}
