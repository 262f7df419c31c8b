import Foundation
import Hummingbird
import Kernel

/// Administrators browse the audit log; browsing it is itself audited.
public enum AuditPages {
    public static func register(on routes: SecureRoutes, service: AccountService, views: ViewRenderer) {
        routes.get("/admin/audit", .permitted(.viewAudit)) { request, context in
            let paging = try Paging(page: request, perPage: 100)
            let query = request.uri.queryParameters
            let action = query.get("action"), actor = query.get("actor")
            let (items, total) = try await service.auditPage(action: action, actor: actor, paging: paging, by: context)
            let formatter = DateFormatter()
            formatter.timeZone = .china
            formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
            let rows = items.map { entry -> [String: Any] in
                [
                    "seq": entry.seq, "at": formatter.string(from: Date(epochSeconds: entry.at)), "actor": entry.actorName,
                    "action": entry.action, "target": "\(entry.targetType):\(entry.targetId)", "detail": entry.detail,
                    "ip": entry.ip, "hash": String(entry.hash.prefix(12)),
                ]
            }
            var data: [String: Any] = [
                "entries": rows, "action": action ?? "", "actor": actor ?? "",
                "total": views.t("pager_total", context.locale, [String(total)]),
            ]
            data.merge(paging.pagerLinks(keeping: [("action", action), ("actor", actor)], total: total)) { $1 }
            return views.page("audit", titleKey: "audit_title", data: data, request: request, context: context)
        }
    }
}
