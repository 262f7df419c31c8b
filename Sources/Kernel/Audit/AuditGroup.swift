import Foundation
import SQLKit
import Synchronization

/// Group commit for the audit entries recorded in transactions of their own (reads of sensitive records, exports): every
/// entry extends the one chain, whose head an append locks until its transaction commits, so readers at once queued on
/// that lock a commit each (eight county readers of caseloads on PostgreSQL waited 20–25 ms apiece for it). Entries that
/// arrive while a group commits go in together in the next; each caller returns only once its entry is committed.
final class AuditGroup: Sendable {
    struct Pending: Sendable {
        let event: AuditEvent, at: Date, log: AuditLog
        let continuation: CheckedContinuation<AuditEntry, any Error>
    }

    private struct State: ~Copyable {
        var waiting: [Pending] = []
        var draining = false
    }

    /// Bounds one transaction (and so the wait of the first entry in it).
    let maxBatch = 500
    private let state = Mutex(State())

    func record(_ event: AuditEvent, at now: Date, log: AuditLog, in database: Database) async throws -> AuditEntry {
        try await withCheckedThrowingContinuation { continuation in
            let start = state.withLock { state in
                state.waiting.append(Pending(event: event, at: now, log: log, continuation: continuation))
                defer { state.draining = true }
                return !state.draining
            }
            if start { Task(executorPreference: database.writeExecutor) { await self.drain(database) } }
        }
    }

    private func drain(_ database: Database) async {
        while true {
            let batch = state.withLock { state in
                let batch = Array(state.waiting.prefix(maxBatch))
                state.waiting.removeFirst(batch.count)
                if batch.isEmpty { state.draining = false }
                return batch
            }
            guard !batch.isEmpty else { return }
            do {
                let entries = try await database.transaction { sql in try await Self.append(batch, on: sql) }
                for (pending, entry) in zip(batch, entries) { pending.continuation.resume(returning: entry) }
            } catch {
                // One entry that cannot be written must not fail the others: each alone, each with its own answer.
                for pending in batch {
                    do {
                        let entry = try await database.transaction { sql in try await Self.append([pending], on: sql) }
                        pending.continuation.resume(returning: entry[0])
                    } catch {
                        pending.continuation.resume(throwing: error)
                    }
                }
            }
        }
    }

    /// In one transaction: each entry signed by its own log (its key), a run of entries of one key appended at once — one
    /// UPDATE of the head and one INSERT. Appended one by one, a group of eight caseload lists was sixteen statements holding
    /// the head's lock, 0.44 ms each on PostgreSQL at eight connections, while the next group waited (36,609 head UPDATEs in a
    /// run of the legal officer's lists, one for every entry).
    private static func append(_ batch: [Pending], on sql: any SQLDatabase) async throws -> [AuditEntry] {
        var entries: [AuditEntry] = [], start = batch.startIndex
        while start < batch.endIndex {
            let log = batch[start].log
            let end = batch[start...].firstIndex { !$0.log.signsAs(log) } ?? batch.endIndex
            entries += try await log.append(batch[start..<end].map { ($0.event, $0.at) }, on: sql)
            start = end
        }
        return entries
    }
}
