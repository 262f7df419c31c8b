import Kernel

/// Supervision 督办 of work orders: an open order close to its deadline gets a near-due notice,
/// past it an overdue notice, and still overdue a day later an escalation to the county. The
/// hours are the service centre's to choose (`serve --near-due-hours`).
public enum WorkOrderSupervision {
    public static let caseType = "work_order"

    public static func clock(_ rules: SupervisionRules = defaultRules) -> SupervisedClock {
        SupervisedClock(caseType: caseType, table: "work_orders", dueColumn: "open_due", unitColumn: "grid_code",
                        handlerColumn: "handling_unit", handlerHeldWhile: ("status", WorkOrderStore.Visibility.dispatchedStatusNames),
                        noticedColumn: "supervised_due", rules: rules)
    }

    public static let defaultRules = SupervisionRules(nearDue: 4 * 3600, escalateAfter: 24 * 3600)
}
