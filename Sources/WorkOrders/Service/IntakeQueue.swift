import Foundation
import Kernel
import Metrics
import Synchronization

/// Group commit for intake. SQLite has one writer and each commit waits for the disk, so orders
/// that arrive while one transaction commits wait and go in together in the next: one counter
/// update, multi-row INSERTs, one audit-chain extension. A caller gets its order (number and
/// all) only after the transaction holding it has committed: nothing acknowledged is lost.
final class IntakeQueue: Sendable {
    struct Pending {
        let order: WorkOrder
        let event: AuditEvent
        let continuation: CheckedContinuation<WorkOrder, any Error>
    }

    private struct State: ~Copyable {
        var waiting: [Pending] = []
        var draining = false
    }

    let database: Database
    let store: WorkOrderStore
    /// Bounds one transaction's size (and so the wait of the first order in it).
    let maxBatch: Int
    /// How many orders each commit carried: near 1 when idle, dozens under load.
    private let batchSizes = Recorder(label: "civicgrid_intake_batch_orders")
    private let state = Mutex(State())

    init(database: Database, store: WorkOrderStore, maxBatch: Int = 1_000) {
        self.database = database
        self.store = store
        self.maxBatch = maxBatch
    }

    /// Registers `order` (its number is assigned here) with its audit entry.
    func register(_ order: WorkOrder, event: AuditEvent) async throws -> WorkOrder {
        try await withCheckedThrowingContinuation { continuation in
            let start = state.withLock { state in
                state.waiting.append(Pending(order: order, event: event, continuation: continuation))
                defer { state.draining = true }
                return !state.draining
            }
            // One drainer at a time, on the writer's own executor where there is one: between
            // commits it never waits behind request handling for a turn on the shared pool.
            if start { Task(executorPreference: database.writeExecutor) { await self.drain() } }
        }
    }

    private func drain() async {
        while let batch = state.withLock({ state -> [Pending]? in
            guard !state.waiting.isEmpty else {
                state.draining = false
                return nil
            }
            let batch = Array(state.waiting.prefix(maxBatch))
            state.waiting.removeFirst(batch.count)
            return batch
        }) {
            batchSizes.record(batch.count)
            do {
                let stored = try await write(batch)
                for (pending, order) in zip(batch, stored) { pending.continuation.resume(returning: order) }
            } catch where batch.count > 1 {
                // One bad order must not fail the others: retry each alone, each with its own answer.
                for pending in batch {
                    do { pending.continuation.resume(returning: try await write([pending])[0]) } catch { pending.continuation.resume(throwing: error) }
                }
            } catch {
                batch[0].continuation.resume(throwing: error)
            }
        }
    }

    /// One transaction: numbers per day in arrival order, the orders, their register events, their audit entries.
    private func write(_ batch: [Pending]) async throws -> [WorkOrder] {
        let orders = batch.map(\.order), events = batch.map(\.event), store = self.store, database = self.database
        return try await database.transaction { sql in
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
}
