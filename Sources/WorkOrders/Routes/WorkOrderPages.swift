import Foundation
import Hummingbird
import Kernel

/// Staff work lists (to dispatch, in hand, to verify, overdue) and one order's page with the
/// steps the viewer's role may take now.
public enum WorkOrderPages {
    /// The tabs of the work list.
    enum Tab: String, CaseIterable {
        case open, registered, dispatched, accepted, replied, overdue, all

        var labelKey: String { "worklist_\(rawValue)" }

        func selection(now: Date) -> WorkOrderStore.Selection {
            switch self {
            case .open: .open
            case .overdue: .overdue(now)
            case .all: .all
            case .registered: .status(.registered)
            case .dispatched: .status(.dispatched)
            case .accepted: .status(.accepted)
            case .replied: .status(.replied)
            }
        }
    }

    public static func register(on routes: SecureRoutes, service: WorkOrderService, clock: any AppClock, views: ViewRenderer) {
        routes.get("/work-orders", .permitted(.viewWorkOrders)) { request, context in
            let tab = request.uri.queryParameters.get("tab").flatMap(Tab.init(rawValue:)) ?? .open
            let paging = Paging(page: request)
            let now = clock.now()
            let (items, total) = try await service.list(by: context, tab.selection(now: now), paging: paging)
            let locale = context.locale
            var data: [String: Any] = [
                "tabs": Tab.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale), "active": $0 == tab] },
                "orders": items.map { row($0, now: now, views: views, locale: locale) },
                "total": views.t("pager_total", locale, [String(total)]),
            ]
            data.merge(paging.pagerLinks(keeping: [("tab", tab.rawValue)], total: total)) { $1 }
            return views.page("work_orders", titleKey: "worklist_title", data: data, request: request, context: context)
        }
        routes.get("/work-orders/{order}", .permitted(.viewWorkOrders)) { request, context in
            let order = try await service.find(try context.parameters.require("order"), by: context)
            return try await detail(order, error: nil, service: service, clock: clock, views: views, request: request, context: context)
        }
        routes.post("/work-orders/{order}/step", .permitted(.viewWorkOrders)) { request, context in
            let order = try await service.find(try context.parameters.require("order"), by: context)
            let form = try await context.form(request, limit: 64 << 10)
            do {
                let action = try WorkOrderAction.named(form["action"], unit: form["unit"], grid: form["grid_code"], reason: form["reason"],
                                                       text: form["text"], accepted: form["accepted"] == "1", satisfaction: form["satisfaction"])
                _ = try await service.apply(action, to: order, by: context)
                return Response.redirect(to: "/work-orders/\(order.id)", type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict, .forbidden].contains(error.status) && error != .csrf {
                return try await detail(order, error: error, service: service, clock: clock, views: views, request: request, context: context)
            }
        }
    }

    static func row(_ o: WorkOrder, now: Date, views: ViewRenderer, locale: AppLocale) -> [String: Any] {
        let left = o.status.isOpen ? Int(o.dueAt.timeIntervalSince(now)) : nil
        return [
            "id": o.id, "number": o.number, "description": String(o.description.prefix(40)), "grid_code": o.gridCode,
            "unit": o.handlingUnit ?? "", "status": views.t(o.status.labelKey, locale), "class": views.t(o.requestClass.labelKey, locale),
            "due": TimeLeft.text(left, views: views, locale: locale), "overdue": (left ?? 1) < 0,
        ]
    }

    static func detail(_ order: WorkOrder, error: AppError?, service: WorkOrderService, clock: any AppClock, views: ViewRenderer,
                       request: Request, context: StaffContext) async throws -> Response {
        let locale = context.locale
        let now = clock.now()
        let can = { (action: WorkOrderAction) in
            context.staff.can(WorkOrderService.permission(for: action)) && (try? Lifecycle.next(from: order.status, action)) != nil
        }
        let events = try await service.events(of: order).map { e -> [String: Any] in
            ["action": views.t("step_\(e.action)", locale), "note": e.note ?? "",
             "to": WorkOrderStatus(rawValue: e.to_status).map { views.t($0.labelKey, locale) } ?? e.to_status,
             "at": TimeLeft.clock(Date(epochSeconds: e.at))]
        }
        var data: [String: Any] = [
            "o": row(order, now: now, views: views, locale: locale).merging([
                "full_description": order.description, "address": order.address ?? "", "category": order.categoryCode,
                "level": views.t(order.level.labelKey, locale), "channel": views.t(order.channel.labelKey, locale),
                "contact": [order.contactName, order.contactPhone.map(PhoneNumber.masked)].compactMap { $0 }.joined(separator: " "),
                "due_at": TimeLeft.clock(order.dueAt),
            ]) { $1 },
            "events": events,
            "can_dispatch": can(.dispatch(unit: "x")), "can_accept": can(.accept), "can_return": can(.returnToSender(reason: "x")),
            "can_reply": can(.reply(text: "x")), "can_verify": can(.verify(accepted: true, note: "")),
            "can_visit": can(.visit(.satisfied, note: "")),
            // Only orders not yet placed in a grid (held at the county or street) need routing.
            "can_route": can(.route(grid: "x")) && order.gridCode.count < 15,
            "satisfactions": Satisfaction.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale)] },
            "suggested_unit": order.handlingUnit ?? "",
        ]
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("work_order", titleKey: "workorder_title", titleArgs: [order.number], data: data, request: request,
                          context: context, status: error?.status ?? .ok)
    }
}

/// "2 天 3 小时" left, or "超期 5 小时"; deadlines printed in China Standard Time.
enum TimeLeft {
    static func text(_ seconds: Int?, views: ViewRenderer, locale: AppLocale) -> String {
        guard let seconds else { return "—" }
        let magnitude = abs(seconds)
        let days = magnitude / 86_400, hours = magnitude % 86_400 / 3_600, minutes = magnitude % 3_600 / 60
        let span = days > 0 ? views.t("time_days_hours", locale, [String(days), String(hours)])
            : views.t("time_hours_minutes", locale, [String(hours), String(minutes)])
        return views.t(seconds < 0 ? "time_overdue" : "time_left", locale, [span])
    }

    static func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .china
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return Day(date: date).description + " " + String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }
}
