import Foundation
import SQLKit

/// The audit entries recorded in transactions of their own (reads of sensitive records, exports), committed in groups
/// (`GroupCommit`): every entry extends the one chain, whose head an append locks until its transaction commits, so
/// readers at once queued on that lock a commit each (eight county readers of caseloads on PostgreSQL waited 20–25 ms
/// apiece for it).
struct AuditGroup: Sendable {
    struct Entry: Sendable {
        let event: AuditEvent, at: Date, log: AuditLog
    }

    // Each entry signed by its own log (its key); the head locked once for all of a group.
    let commits = GroupCommit<Entry, AuditEntry>(maxBatch: 500) { batch, sql in
        var entries: [AuditEntry] = []
        for entry in batch { entries.append(try await entry.log.append(entry.event, at: entry.at, on: sql)) }
        return entries
    }

    func record(_ event: AuditEvent, at now: Date, log: AuditLog, in database: Database) async throws -> AuditEntry {
        try await commits.submit(Entry(event: event, at: now, log: log), in: database)
    }
}
