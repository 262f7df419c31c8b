import Kernel

extension AccountService {
    /// A page of the audit log, newest first, filtered by action and actor; reading it is itself
    /// audited, in the same transaction.
    public func auditPage(action: String?, actor: String?, paging: Paging, by viewer: StaffContext) async throws -> (items: [AuditEntry], total: Int) {
        guard viewer.staff.can(.viewAudit) else { throw AppError.forbiddenAction }
        let log = audit, now = clock.now()
        let event = viewer.audit("audit.view", "audit_log", "page \(paging.page)", detail: [action, actor].compactMap { $0 }.joined(separator: " "))
        return try await database.transaction { sql in
            try await log.append(event, at: now, on: sql)
            return try await log.page(action: action, actor: actor, limit: paging.limit, offset: paging.offset, on: sql)
        }
    }
}
