import Kernel

/// Supervision of each stage's clock, like work orders': near due three days before, overdue,
/// escalated to the county a week later; each stage's clock noticed on its own.
public enum DecisionSupervision {
    public static let clock = SupervisedClock(caseType: "decision", table: "decisions", dueColumn: "open_due", unitColumn: "unit_code",
                                              ruleColumn: "due_rule", rules: SupervisionRules(nearDue: 3 * 86_400, escalateAfter: 7 * 86_400))
    public static var caseType: String { clock.caseType }
}
