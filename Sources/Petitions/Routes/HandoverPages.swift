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
        let model = HandoversPage(items, total: total, pager: paging.pagerLinks(keeping: [], total: total), viewer: context.staff, error: error, views: views,
                                  locale: context.locale)
        return try views.page("petition_handovers", titleKey: "handover_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }
}
