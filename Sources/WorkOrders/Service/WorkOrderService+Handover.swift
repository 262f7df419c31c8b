import Foundation
import Kernel
import SQLKit

/// The hand-over point between work orders and the petition register: petition-class requests
/// (信访维稳) wait here from the moment they are registered until the petition module takes each
/// over, which closes the order as handed over and records the petition it became.
extension WorkOrderService {
    /// Orders waiting for the petition module, oldest first, within the caller's jurisdiction.
    public func waitingHandovers(by actor: StaffContext, paging: Paging) async throws -> (items: [WorkOrder], total: Int) {
        guard actor.staff.can(.takePetitions) else { throw AppError.forbiddenAction }
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.waitingHandovers(within: scope, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    /// Closes `order` as handed over to `petitionId` in the caller's transaction, where the
    /// petition module registers the petition: both happen or neither. Refused if the order is no
    /// longer waiting (someone took it over first).
    public func handOver(_ order: WorkOrder, to petitionId: String, by actor: StaffContext, on sql: any SQLDatabase) async throws -> WorkOrder {
        guard actor.staff.can(.takePetitions) else { throw AppError.forbiddenAction }
        let now = clock.now(), petitionId = petitionId.trimmed, staffId = actor.staff.id
        let (next, note) = try advanced(order, .handOver(petition: petitionId), at: now)
        try await write(order, next, action: WorkOrderAction.handOver(petition: petitionId).name, note: note, actorId: staffId,
                        event: actor.audit("workorder.handover", "work_order", order.id, detail: petitionId), at: now, on: sql)
        guard try await store.markTaken(orderId: order.id, petitionId: petitionId, by: staffId, at: now, on: sql) else {
            throw AppError.conflict("workorder_error_not_waiting")
        }
        return next
    }
}
