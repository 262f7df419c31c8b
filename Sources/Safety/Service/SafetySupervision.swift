import Kernel

/// Supervision of the safety clocks: hazards like work orders (near due 3 days before, escalated
/// a week after); reports upward on the hour (near due 15 minutes before, escalated to the county
/// an hour after).
public enum SafetySupervision {
    public static let hazards = SupervisedClock(caseType: "hazard", table: "hazards", dueColumn: "open_due", unitColumn: "grid_code",
                                                ruleColumn: "due_rule", rules: SupervisionRules(nearDue: 3 * 86_400, escalateAfter: 7 * 86_400))
    public static let reports = SupervisedClock(caseType: "emergency", table: "emergencies", dueColumn: "open_due", unitColumn: "unit_code",
                                                ruleColumn: "due_rule", rules: SupervisionRules(nearDue: 15 * 60, escalateAfter: 3_600))
}
