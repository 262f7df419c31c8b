import Foundation
import SQLKit

/// One step of a case, decided on the record as the caller saw it.
public struct CaseStep: Sendable {
    public let caseId: String
    public let action: String
    public let from: String?
    public let to: String
    public let note: String?
    public let actorId: String?

    public init(caseId: String, action: String, from: String?, to: String, note: String?, actorId: String?) {
        self.caseId = caseId
        self.action = action
        self.from = from
        self.to = to
        self.note = note
        self.actorId = actorId
    }
}

/// How a context's cases take steps: a guarded update, a row in the case's history and an audit
/// entry, in one transaction. The update must still match what the step was decided on; if someone
/// else moved the case meanwhile the whole step is refused with `changedKey`.
public struct CaseSteps: Sendable {
    public let history: StepLog
    public let changedKey: String

    public init(history: StepLog, changedKey: String) {
        self.history = history
        self.changedKey = changedKey
    }

    public func commit(_ step: CaseStep, audit: AuditEvent, at now: Date, in database: Database,
                       update: @escaping @Sendable (any SQLDatabase) async throws -> Bool) async throws {
        try await database.transaction { sql in try await write(step, audit: audit, at: now, on: sql, update: update) }
    }

    /// The same inside a transaction the caller holds: a step taken together with another
    /// context's writes (a work order closed as the petition it became is registered).
    public func write(_ step: CaseStep, audit: AuditEvent, at now: Date, on sql: any SQLDatabase,
                      update: (any SQLDatabase) async throws -> Bool) async throws {
        guard try await update(sql) else { throw AppError.conflict(changedKey) }
        try await history.add(step.caseId, action: step.action, from: step.from, to: step.to, note: step.note, actorId: step.actorId, at: now, on: sql)
        try await AuditLog().append(audit, at: now, on: sql)
    }
}

/// A case's history as every API shows it.
public struct CaseStepItem: Encodable, Sendable {
    public let action: String
    public let fromStatus: String?
    public let toStatus: String
    public let note: String?
    public let at: Date

    public init(_ entry: StepLog.Entry) {
        action = entry.action
        fromStatus = entry.from_status
        toStatus = entry.to_status
        note = entry.note
        at = Date(epochSeconds: entry.at)
    }
}
