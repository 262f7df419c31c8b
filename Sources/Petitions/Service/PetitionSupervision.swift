import Kernel

/// Supervision of the statutory clocks, as for work orders: a petition an office owes an answer
/// on gets a near-due notice three days before its limit, an overdue notice past it, and an
/// escalation to the county when still overdue a week later. Accept and reply are separate
/// clocks, each noticed on its own.
public enum PetitionSupervision {
    public static let clock = SupervisedClock(caseType: "petition", table: "petitions", dueColumn: "owed_due", unitColumn: "unit_code",
                                              ruleColumn: "due_rule", rules: SupervisionRules(nearDue: 3 * 86_400, escalateAfter: 7 * 86_400))
    public static var caseType: String { clock.caseType }
}
