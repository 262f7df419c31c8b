import Foundation
import Hummingbird
import Kernel
import WorkOrders

/// Petition-class work orders waiting at the hand-over point, each taken over into the register
/// with one button: the order's text and contact become the petition's, nothing re-typed.
public enum HandoverPages {
    public static func register(on routes: SecureRoutes, service: PetitionService, views: ViewRenderer) {
        routes.get(PetitionPath.handovers.path, .permitted(.takePetitions)) { request, context in
            try await page(error: nil, service: service, views: views, request: request, context: context)
        }
        routes.post(PetitionPath.pattern(PetitionPath.takeOver, "order"), .permitted(.takePetitions)) { request, context in
            let order = try await service.handoverOrder(try context.parameters.require("order"), by: context)
            let form = try await context.form(request, limit: 16 << 10)
            do {
                let petition = try await service.takeOver(order, unitCode: form["unit_code"], responsibleBody: form["responsible_body"], by: context)
                return Response.redirect(to: PetitionPath.petition(petition.id).path, type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict, .forbidden].contains(error.status) && error != .csrf {
                return try await page(error: error, service: service, views: views, request: request, context: context)
            }
        }
    }

    static func page(error: AppError?, service: PetitionService, views: ViewRenderer, request: Request, context: StaffContext) async throws -> Response {
        let paging = try Paging(page: request)
        let (items, total) = try await service.waitingHandovers(by: context, paging: paging)
        var data: [String: Any] = [
            "orders": items.map { o -> [String: Any] in
                ["id": o.id, "take_url": PetitionPath.takeOver(o.id).path, "number": o.number, "description": o.description, "grid_code": o.gridCode, "received": TimeLeft.clock(o.createdAt),
                 "contact": [o.contactName, o.contactPhone.map(PhoneNumber.masked)].compactMap { $0 }.joined(separator: " ")]
            },
            "total": views.t("pager_total", context.locale, [String(total)]),
            "unit_code": context.staff.unitCode, "body": context.staff.department ?? "",
        ]
        if let error { data["error"] = views.t(error.messageKey, context.locale, error.args) }
        data.merge(paging.pagerLinks(keeping: [], total: total)) { $1 }
        return views.page("petition_handovers", titleKey: "handover_title", data: data.merging(["paths": PetitionPath.links]) { $1 }, request: request, context: context, status: error?.status ?? .ok)
    }
}
