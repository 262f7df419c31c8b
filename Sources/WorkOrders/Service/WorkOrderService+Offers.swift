import Kernel

/// The steps an order's page offers: the life-cycle steps the viewer's role may take from the
/// order's status, and the side steps (extensions, co-handling) their rules allow now.
public enum WorkOrderStep: String, CaseIterable, Sendable {
    case route, dispatch, accept, `return`, reply, verify, visit, merge, extend, decide
    case coHandle = "co_handle", coReply = "co_reply"
}

extension WorkOrderService {
    /// What `staff` may do to `order` now, decided here rather than in a route so the page, the
    /// API and tests agree.
    public static func offeredSteps(_ order: WorkOrder, to staff: Staff, extensions: [WorkOrderStore.Extension],
                                    coHandlers: [WorkOrderStore.CoHandler]) -> Set<WorkOrderStep> {
        let can = { (action: WorkOrderAction) in
            staff.can(permission(for: action)) && (try? Lifecycle.next(from: order.status, action)) != nil
        }
        let isLead = leads(order, staff)
        let pending = extensions.contains { $0.status == "pending" }
        let inHand = [.dispatched, .accepted].contains(order.status)
        var steps: Set<WorkOrderStep> = []
        // Only orders not yet placed in a grid (held at the county or street) need routing.
        if can(.route(grid: "x")) && order.gridCode.count < 15 { steps.insert(.route) }
        if can(.dispatch(unit: "x")) { steps.insert(.dispatch) }
        if can(.accept) && isLead { steps.insert(.accept) }
        if can(.returnToSender(reason: "x")) && isLead { steps.insert(.return) }
        if can(.reply(text: "x")) && isLead { steps.insert(.reply) }
        if can(.verify(accepted: true, note: "")) { steps.insert(.verify) }
        if can(.visit(.satisfied, note: "")) { steps.insert(.visit) }
        if can(.merge(into: "x")) { steps.insert(.merge) }
        if staff.can(.handleWorkOrders) && isLead && inHand && !pending { steps.insert(.extend) }
        if staff.can(.approveExtensions) && pending { steps.insert(.decide) }
        if staff.can(.dispatchWorkOrders) && inHand { steps.insert(.coHandle) }
        if inHand && staff.can(.handleWorkOrders) && coHandlers.contains(where: { $0.unit == staff.department && $0.reply == nil }) {
            steps.insert(.coReply)
        }
        return steps
    }
}
