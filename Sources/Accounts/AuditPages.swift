import Foundation
import Hummingbird
import Kernel

/// Administrators browse the audit log; browsing it is itself audited.
public enum AuditPages {
    public static func register(on routes: SecureRoutes, service: AccountService, views: ViewRenderer) {
        routes.get(AccountPath.audit.path, .permitted(.viewAudit)) { request, context in
            let paging = try Paging(page: request, perPage: 100)
            let query = request.uri.queryParameters
            let action = query.get("action"), actor = query.get("actor")
            let (items, total) = try await service.auditPage(action: action, actor: actor, paging: paging, by: context)
            let model = AuditPage(items, action: action, actor: actor, total: total,
                                  pager: paging.pagerLinks(keeping: [("action", action), ("actor", actor)], total: total), views: views, locale: context.locale)
            return try views.page("audit", titleKey: "audit_title", model: model, request: request, context: context)
        }
    }
}
