import Foundation
import Kernel
import SQLKit

/// The hand-over point between work orders and the petition register: petition-class requests
/// (信访维稳) wait here from the moment they are registered until the petition module takes each
/// over, which closes the order as handed over and records the petition it became.
public struct PetitionHandovers: Sendable {
    let service: WorkOrderService

    public init(service: WorkOrderService) {
        self.service = service
    }

    /// Orders waiting for the petition module, oldest first, within the caller's jurisdiction.
    public func waiting(by actor: StaffContext, paging: Paging) async throws -> (items: [WorkOrder], total: Int) {
        guard actor.staff.can(.takePetitions) else { throw AppError.forbiddenAction }
        let scope = actor.scope
        return try await service.database.read { sql in
            func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
                builder.from("work_orders").where("grid_code", within: scope).where("id", .in, SQLSubquery.select { sub in
                    sub.column("work_order_id").from("petition_handovers").where("taken_at", .is, SQLLiteral.null)
                })
            }
            let items = try await filtered(sql.select().columns(WorkOrderStore.columns)).orderBy("created_at").orderBy("id")
                .limit(paging.limit).offset(paging.offset).all(decoding: WorkOrderStore.Row.self).map(\.order)
            return (items, try await sql.count(filtered))
        }
    }

    /// The petition module takes the order over as `petitionId`: the order closes as handed over,
    /// in the same transaction as the hand-over is marked taken (once) and as `also` (the petition's own writes).
    public func take(_ order: WorkOrder, petitionId: String, by actor: StaffContext,
                     also: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws -> WorkOrder {
        guard actor.staff.can(.takePetitions) else { throw AppError.forbiddenAction }
        let store = service.store, staffId = actor.staff.id, now = service.clock.now(), petitionId = petitionId.trimmed
        return try await service.step(order, .handOver(petition: petitionId), actorId: staffId,
                                      event: actor.audit("workorder.handover", "work_order", order.id, detail: petitionId)) { sql in
            guard try await store.markTaken(orderId: order.id, petitionId: petitionId, by: staffId, at: now, on: sql) else {
                throw AppError.conflict("workorder_error_not_waiting")
            }
            try await also(sql)
        }
    }
}
