import Kernel

extension AccountService {
    /// A page of the audit log, newest first, filtered by action and actor; reading it is itself
    /// audited, and the page is given only once that entry is committed (with others recorded
    /// meanwhile, `AuditLog.record`: an append in the read's own transaction held the chain's head,
    /// and every audited write in every process, while the page was read).
    public func auditPage(action: String?, actor: String?, paging: Paging, by viewer: StaffContext) async throws -> (items: [AuditEntry], total: Int) {
        guard viewer.staff.can(.viewAudit) else { throw AppError.forbiddenAction }
        let log = audit, now = clock.now()
        let event = viewer.audit("audit.view", "audit_log", "page \(paging.page)", detail: [action, actor].compactMap { $0 }.joined(separator: " "))
        let page = try await database.read { sql in try await log.page(action: action, actor: actor, limit: paging.limit, offset: paging.offset, on: sql) }
        try await log.record(event, at: now, in: database)
        return page
    }
}
