import Foundation
import Hummingbird
import Kernel

/// Staff work lists (to dispatch, in hand, to verify, overdue) and one order's page with the
/// steps the viewer's role may take now.
public enum WorkOrderPages {
    public static func register(on routes: SecureRoutes, service: WorkOrderService, clock: any AppClock, views: ViewRenderer) {
        routes.get(WorkOrderPath.list.path, .permitted(.viewWorkOrders)) { request, context in
            try await list(request, context, message: nil, service: service, clock: clock, views: views)
        }
        routes.post(WorkOrderPath.bulkDispatch.path, .permitted(.dispatchWorkOrders)) { request, context in
            let form = try await context.form(request, limit: 256 << 10)
            do {
                let results = try await service.dispatch(form.all("ids"), to: form["unit"] ?? "", by: context) { views.t($0.messageKey, context.locale, $0.args) }
                let failed = results.filter { $0.error != nil }
                let message = views.t("workorder_bulk_done", context.locale, [String(results.count - failed.count), String(failed.count)])
                    + failed.map { " \($0.id)：\($0.error ?? "")" }.joined()
                return try await list(request, context, message: message, service: service, clock: clock, views: views)
            } catch let error as AppError where error.status == .unprocessableContent {
                return try await list(request, context, message: views.t(error.messageKey, context.locale, error.args), service: service, clock: clock,
                                      views: views, status: error.status)
            }
        }
        routes.get(WorkOrderPath.pattern(WorkOrderPath.order), .permitted(.viewWorkOrders)) { request, context in
            let order = try await service.find(try context.parameters.require("order"), by: context)
            return try await detail(order, error: nil, service: service, clock: clock, views: views, request: request,
                                    context: context)
        }
        // Each form on the order page posts here; a refusal shows on the page, anything else goes back to it.
        func act(_ path: (String) -> WorkOrderPath, _ perform: @escaping @Sendable (WorkOrder, FormData, StaffContext) async throws -> Void) {
            routes.post(WorkOrderPath.pattern(path), .permitted(.viewWorkOrders)) { request, context in
                let order = try await service.find(try context.parameters.require("order"), by: context)
                let form = try await context.form(request, limit: 64 << 10)
                do {
                    try await perform(order, form, context)
                    return Response.redirect(to: WorkOrderPath.order(order.id).path, type: .normal)
                } catch let error as AppError where [.unprocessableContent, .conflict, .forbidden].contains(error.status) && error != .csrf {
                    return try await detail(order, error: error, service: service, clock: clock, views: views,
                                            request: request, context: context)
                }
            }
        }
        act(WorkOrderPath.step) { order, form, context in
            let action = try WorkOrderAction.named(form["action"], unit: form["unit"], grid: form["grid_code"], reason: form["reason"],
                                                   text: form["text"], accepted: form["accepted"] == "1", satisfaction: form["satisfaction"],
                                                   into: form["into"])
            _ = try await service.apply(action, to: order, by: context)
        }
        act(WorkOrderPath.extensionRequest) { order, form, context in
            guard let days = form["working_days"].flatMap({ Int($0.trimmed) }) else { throw AppError.invalid("workorder_error_extension", ["30"]) }
            _ = try await service.requestExtension(of: order, workingDays: days, reason: form["reason"] ?? "", by: context)
        }
        act(WorkOrderPath.extensionDecision) { order, form, context in
            _ = try await service.decideExtension(of: order, approve: form["approve"] == "1", note: form["note"] ?? "", by: context)
        }
        act(WorkOrderPath.coHandlers) { order, form, context in
            _ = try await service.addCoHandler(form["unit"] ?? "", to: order, by: context)
        }
        act(WorkOrderPath.coReply) { order, form, context in
            _ = try await service.coReply(form["text"] ?? "", on: order, by: context)
        }
    }

    static func list(_ request: Request, _ context: StaffContext, message: String?, service: WorkOrderService, clock: any AppClock,
                     views: ViewRenderer, status: HTTPResponse.Status = .ok) async throws -> Response {
        let query = request.uri.queryParameters
        let tab = query.get("tab").flatMap(WorkListView.init(rawValue:)) ?? .open
        let filter = WorkOrderStore.Filter(category: query.get("category")?.nilIfBlank, number: query.get("number")?.trimmed.nilIfBlank)
        let paging = try Paging(page: request)
        let now = clock.now()
        let (items, total) = try await service.list(by: context, tab.selection(now: now), filter: filter, paging: paging)
        // Orders waiting for dispatch can be chosen and dispatched together.
        let bulk = context.staff.can(.dispatchWorkOrders) && [.registered, .open].contains(tab) && !items.isEmpty
        let model = WorkListPage(items, total: total, tab: tab, filter: filter, categories: try await service.categories(), bulk: bulk,
                                 knownUnits: bulk ? try await service.knownUnits() : [], message: message,
                                 pager: paging.pagerLinks(keeping: [("tab", tab.rawValue), ("category", filter.category), ("number", filter.number)], total: total),
                                 now: now, views: views, locale: context.locale)
        return try views.page("work_orders", titleKey: "worklist_title", model: model, request: request, context: context, status: status)
    }

    static func detail(_ order: WorkOrder, error: AppError?, service: WorkOrderService, clock: any AppClock,
                       views: ViewRenderer, request: Request, context: StaffContext) async throws -> Response {
        let staff = context.staff
        var facts = WorkOrderPage.Facts()
        facts.history = try await service.events(of: order)
        facts.extensions = try await service.extensions(of: order)
        facts.coHandlers = try await service.coHandlers(of: order)
        let offered = WorkOrderService.offeredSteps(order, to: staff, extensions: facts.extensions, coHandlers: facts.coHandlers)
        facts.duplicates = offered.contains(.merge) ? try await service.duplicates(of: order, by: context) : []
        facts.notices = try await service.notices(of: order)
        facts.knownUnits = staff.can(.dispatchWorkOrders) ? try await service.knownUnits() : []
        let page = WorkOrderPage(order, facts: facts, viewer: staff, error: error, views: views, locale: context.locale, now: clock.now())
        return try views.page("work_order", titleKey: "workorder_title", titleArgs: [order.number], model: page, request: request, context: context,
                              status: error?.status ?? .ok)
    }
}
