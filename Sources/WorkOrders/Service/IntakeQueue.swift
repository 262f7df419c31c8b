import Foundation
import Kernel
import Metrics
import SQLKit

/// Group commit for intake (`GroupCommit`). SQLite has one writer and each commit waits for the disk, so orders that
/// arrive while one transaction commits wait and go in together in the next: one counter update, multi-row INSERTs, one
/// audit-chain extension. A caller gets its order (number and all) only after the transaction holding it has committed:
/// nothing acknowledged is lost.
final class IntakeQueue: Sendable {
    struct Pending: Sendable {
        let order: WorkOrder
        let event: AuditEvent
    }

    let database: Database
    let store: WorkOrderStore
    private let commits: GroupCommit<Pending, WorkOrder>

    init(database: Database, store: WorkOrderStore, maxBatch: Int = 1_000) {
        self.database = database
        self.store = store
        // How many orders each commit carried: near 1 when idle, dozens under load.
        let batchSizes = Recorder(label: "civicgrid_intake_batch_orders")
        commits = GroupCommit(maxBatch: maxBatch, taken: { batchSizes.record($0) }) { batch, sql in
            try await Self.write(batch, store: store, database: database, on: sql)
        }
    }

    /// Registers `order` (its number is assigned here) with its audit entry.
    func register(_ order: WorkOrder, event: AuditEvent) async throws -> WorkOrder {
        try await commits.submit(Pending(order: order, event: event), in: database)
    }

    /// In `sql`'s transaction: numbers per day in arrival order, the orders, their register events, their audit entries.
    private static func write(_ batch: [Pending], store: WorkOrderStore, database: Database, on sql: any SQLDatabase) async throws -> [WorkOrder] {
        let orders = batch.map(\.order), events = batch.map(\.event)
        var numbered = orders
        var start = 0
        while start < numbered.count {
            let day = Day(date: numbered[start].createdAt)
            var end = start + 1
            while end < numbered.count, Day(date: numbered[end].createdAt) == day { end += 1 }
            let numbers = try await store.nextNumbers(end - start, on: day, sql: sql)
            for (offset, number) in numbers.enumerated() { numbered[start + offset].number = number }
            start = end
        }
        try await store.insert(numbered, in: database, on: sql)
        try await store.addRegistrations(numbered, in: database, on: sql)
        try await store.handOverPetitions(numbered, on: sql)
        let audited = zip(events, numbered).map { event, order -> (event: AuditEvent, at: Date) in
            var event = event
            event.targetId = order.id
            return (event, order.createdAt)
        }
        try await AuditLog().append(audited, on: sql)
        return numbered
    }
}
