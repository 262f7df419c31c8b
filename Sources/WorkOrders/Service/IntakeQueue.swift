import Foundation
import Kernel
import Metrics
import SQLKit
import Synchronization

/// Group commit for intake. SQLite has one writer and each commit waits for the disk, so orders
/// that arrive while one transaction commits wait and go in together in the next: one counter
/// update, multi-row INSERTs, one audit-chain extension. A caller gets its order (number and
/// all) only after the transaction holding it has committed: nothing acknowledged is lost.
final class IntakeQueue: Sendable {
    struct Pending: Sendable {
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
        while state.withLock({ state in
            if state.waiting.isEmpty { state.draining = false }
            return state.draining
        }) {
            // The batch is taken once its transaction holds the write lock, not before it waits:
            // every order that came while another writer held the lock (an import's chunk) goes in
            // now, instead of waiting behind that writer's next turn as well (twice the wait).
            let taken = Taken()
            do {
                let stored = try await database.transaction { sql in
                    let batch = self.takeBatch()
                    taken.batch.withLock { $0 = batch }
                    return try await self.write(batch, on: sql)
                }
                let batch = taken.batch.withLock { $0 }
                for (pending, order) in zip(batch, stored) { pending.continuation.resume(returning: order) }
            } catch {
                // A transaction that failed before it began (the database unavailable) took none: they fail here.
                var batch = taken.batch.withLock { $0 }
                if batch.isEmpty { batch = takeBatch() }
                guard batch.count > 1 else {
                    batch.first?.continuation.resume(throwing: error)
                    continue
                }
                // One bad order must not fail the others: retry each alone, each with its own answer.
                for pending in batch {
                    do {
                        let stored = try await database.transaction { try await self.write([pending], on: $0) }
                        pending.continuation.resume(returning: stored[0])
                    } catch {
                        pending.continuation.resume(throwing: error)
                    }
                }
            }
        }
    }

    /// The orders waiting, up to `maxBatch`, in arrival order; its size recorded whether it commits or not.
    private func takeBatch() -> [Pending] {
        let batch = state.withLock { state in
            let batch = Array(state.waiting.prefix(maxBatch))
            state.waiting.removeFirst(batch.count)
            return batch
        }
        batchSizes.record(batch.count)
        return batch
    }

    /// The batch a transaction took, for its answers after the commit (or the retries after a failure).
    private final class Taken: Sendable {
        let batch = Mutex<[Pending]>([])
    }

    /// In `sql`'s transaction: numbers per day in arrival order, the orders, their register events, their audit entries.
    private func write(_ batch: [Pending], on sql: any SQLDatabase) async throws -> [WorkOrder] {
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
