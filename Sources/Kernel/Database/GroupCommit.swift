import Foundation
import SQLKit
import Synchronization

/// Group commit: writes that arrive while one transaction commits wait and go in together in the next (one commit, one
/// extension of the audit chain, one turn on a lock they all need), and each caller gets its answer only after the
/// transaction holding its write has committed: nothing acknowledged is lost. Intake's orders and the audit entries
/// recorded on their own go through one each.
public final class GroupCommit<Item: Sendable, Output: Sendable>: Sendable {
    struct Pending: Sendable {
        let item: Item
        let continuation: CheckedContinuation<Output, any Error>
    }

    private struct State: ~Copyable {
        var waiting: [Pending] = []
        var draining = false
    }

    /// Bounds one transaction's size (and so the wait of the first item in it).
    let maxBatch: Int
    /// Writes a batch in the transaction given, one output per item, in order.
    let write: @Sendable ([Item], any SQLDatabase) async throws -> [Output]
    /// Told each batch's size as it is taken, whether it commits or not.
    let taken: @Sendable (Int) -> Void
    private let state = Mutex(State())

    public init(maxBatch: Int, taken: @escaping @Sendable (Int) -> Void = { _ in },
                write: @escaping @Sendable ([Item], any SQLDatabase) async throws -> [Output]) {
        self.maxBatch = maxBatch
        self.taken = taken
        self.write = write
    }

    /// Writes `item` into `database` with whatever else is waiting; returns its output once committed. One group commit
    /// serves one database.
    public func submit(_ item: Item, in database: Database) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            let start = state.withLock { state in
                state.waiting.append(Pending(item: item, continuation: continuation))
                defer { state.draining = true }
                return !state.draining
            }
            // One drainer at a time, on the writer's own executor where there is one: between
            // commits it never waits behind request handling for a turn on the shared pool.
            if start { Task(executorPreference: database.writeExecutor) { await self.drain(database) } }
        }
    }

    private func drain(_ database: Database) async {
        while state.withLock({ state in
            if state.waiting.isEmpty { state.draining = false }
            return state.draining
        }) {
            // The batch is taken once its transaction holds the write lock, not before it waits:
            // every item that came while another writer held the lock (an import's chunk) goes in
            // now, instead of waiting behind that writer's next turn as well (twice the wait).
            let taken = Taken()
            do {
                let outputs = try await database.transaction { sql in
                    let batch = self.takeBatch()
                    taken.batch.withLock { $0 = batch }
                    return try await self.write(batch.map(\.item), sql)
                }
                let batch = taken.batch.withLock { $0 }
                for (pending, output) in zip(batch, outputs) { pending.continuation.resume(returning: output) }
            } catch {
                // A transaction that failed before it began (the database unavailable) took none: they fail here.
                var batch = taken.batch.withLock { $0 }
                if batch.isEmpty { batch = takeBatch() }
                guard batch.count > 1 else {
                    batch.first?.continuation.resume(throwing: error)
                    continue
                }
                // One bad item must not fail the others: retry each alone, each with its own answer.
                for pending in batch {
                    do {
                        let output = try await database.transaction { try await self.write([pending.item], $0) }
                        pending.continuation.resume(returning: output[0])
                    } catch {
                        pending.continuation.resume(throwing: error)
                    }
                }
            }
        }
    }

    /// The items waiting, up to `maxBatch`, in arrival order.
    private func takeBatch() -> [Pending] {
        let batch = state.withLock { state in
            let batch = Array(state.waiting.prefix(maxBatch))
            state.waiting.removeFirst(batch.count)
            return batch
        }
        taken(batch.count)
        return batch
    }

    /// The batch a transaction took, for its answers after the commit (or the retries after a failure).
    private final class Taken: Sendable {
        let batch = Mutex<[Pending]>([])
    }
}
