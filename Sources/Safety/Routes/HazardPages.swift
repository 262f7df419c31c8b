import Foundation
import HTTPTypes
import Hummingbird
import Kernel

/// The hazard register with the patrol report form, and one hazard with its steps.
enum HazardPages {
    static func register(on routes: SecureRoutes, services: SafetyServices) {
        let service = services.hazards
        routes.get(SafetyPath.hazards.path, .permitted(.viewSafety)) { request, context in
            try await list([:], error: nil, services: services, request: request, context: context)
        }
        routes.post(SafetyPath.hazards.path, .permitted(.reportHazards)) { request, context in
            // Multipart, for the optional photo; a body beyond the photo's limit and the fields is refused unread.
            let form = try await context.upload(request, limit: HazardPhoto.maxBytes + (128 << 10))
            var values: [String: String] = [:]
            for name in ["grid_code", "place", "kind", "level", "description", "responsible_unit", "work_order_number"] { values[name] = form.text(name) }
            do {
                let photo = try form["photo"].flatMap { $0.data.isEmpty ? nil : $0.data }.map(HazardPhoto.from)
                let h = try await service.report(.init(gridCode: values["grid_code"] ?? "", place: values["place"] ?? "", organisationId: nil, kind: values["kind"] ?? "",
                                                       level: values["level"] ?? "", description: values["description"] ?? "",
                                                       responsibleUnit: values["responsible_unit"] ?? "", workOrderNumber: values["work_order_number"],
                                                       photo: photo), by: context)
                return Response.redirect(to: SafetyPath.hazard(h.id).path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await list(values, error: error, services: services, request: request, context: context)
            }
        }
        routes.get(SafetyPath.pattern(SafetyPath.hazard), .permitted(.viewSafety)) { request, context in
            let h = try await service.find(try context.parameters.require("hazard"), by: context)
            return try await detail(h, error: nil, services: services, request: request, context: context)
        }
        routes.get(SafetyPath.pattern(SafetyPath.hazardPhoto), .permitted(.viewSafety)) { _, context in
            let h = try await service.find(try context.parameters.require("hazard"), by: context)
            guard let photo = try await service.photo(of: h) else { throw AppError.notFound }
            // Served as the image it was checked to be, never sniffed into something else, kept out of shared caches.
            return Response(status: .ok, headers: [.contentType: photo.contentType, .cacheControl: "private, max-age=300",
                                                   HTTPField.Name("X-Content-Type-Options")!: "nosniff"],
                            body: .init(byteBuffer: ByteBuffer(bytes: photo.data)))
        }
        routes.post(SafetyPath.pattern(SafetyPath.hazardStep), .permitted(.viewSafety)) { request, context in
            let h = try await service.find(try context.parameters.require("hazard"), by: context)
            let form = try await context.form(request, limit: 64 << 10)
            return try await PageStep.run(redirectTo: SafetyPath.hazard(h.id).path, {
                let step = SafetyAPI.HazardStep(action: form["action"] ?? "", text: form["text"], passed: form["passed"].map { $0 == "1" },
                                                goals: form["text"], methods: form["methods"], funds: form["funds"], people: form["people"],
                                                measures: form["measures"], emergencyPlan: form["emergency_plan"], deadline: form["deadline"], leader: form["leader"])
                _ = try await service.apply(try SafetyAPI.hazardAction(step), to: h, by: context)
            }) { error in
                try await detail(h, error: error, services: services, request: request, context: context)
            }
        }
    }

    static func list(_ values: [String: String], error: AppError?, services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale, now = services.clock.now()
        let value = request.uri.queryParameters.get("tab") ?? "open"
        let tab = HazardStore.Selection(rawValue: value) ?? .open
        let paging = try Paging(page: request)
        let (items, total) = try await services.hazards.list(by: context, tab, paging: paging)
        var data: [String: Any] = [
            "tabs": HazardStore.Selection.allCases.map { ["value": $0.rawValue, "label": views.t("hazard_tab_\($0.rawValue)", locale), "active": $0 == tab] },
            "hazards": items.map { h -> [String: Any] in
                let left = h.dueAt.map { Int($0.timeIntervalSince(now)) }
                return ["url": SafetyPath.hazard(h.id).path, "number": h.number, "place": h.place, "grid_code": h.gridCode, "kind": views.t(h.kind.labelKey, locale),
                        "level": views.t(h.level.labelKey, locale), "major": h.level == .major, "status": views.t(h.status.labelKey, locale),
                        "due": h.dueAt == nil ? "—" : TimeLeft.text(left, views: views, locale: locale), "rule": h.dueRule.map { views.t($0.labelKey, locale) } ?? "",
                        "overdue": h.status.isOpen && (left ?? 1) < 0]
            },
            "total": views.t("pager_total", locale, [String(total)]), "may_report": context.staff.can(.reportHazards),
            "kinds": HazardKind.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale), "selected": $0.rawValue == values["kind"]] },
            "levels": HazardLevel.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale), "selected": $0.rawValue == values["level"]] },
            "grid_code": values["grid_code"] ?? (context.staff.unitCode.count == 15 ? context.staff.unitCode : ""), "place": values["place"] ?? "",
            "description": values["description"] ?? "", "responsible_unit": values["responsible_unit"] ?? "", "work_order_number": values["work_order_number"] ?? "",
            "paths": SafetyPath.links,
        ]
        data.merge(paging.pagerLinks(keeping: [("tab", tab.rawValue)], total: total)) { $1 }
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("hazards", titleKey: "hazard_list_title", data: data, request: request, context: context, status: error?.status ?? .ok)
    }

    static func detail(_ h: Hazard, error: AppError?, services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale, now = services.clock.now(), staff = context.staff
        let history = views.historyRows(try await services.hazards.events(of: h), action: { views.t("hazard_step_\($0)", locale) },
                                        status: { HazardStatus(rawValue: $0).map { views.t($0.labelKey, locale) } ?? $0 })
        let notices = try await services.hazards.notices(of: h)
        let left = h.dueAt.map { Int($0.timeIntervalSince(now)) }
        let url = SafetyPath.hazardStep(h.id).path
        var data: [String: Any] = [
            "h": ["number": h.number, "place": h.place, "grid_code": h.gridCode, "kind": views.t(h.kind.labelKey, locale), "level": views.t(h.level.labelKey, locale),
                  "major": h.level == .major, "description": h.description, "responsible_unit": h.responsibleUnit, "work_order_number": h.workOrderNumber ?? "",
                  "status": views.t(h.status.labelKey, locale), "due": h.dueAt == nil ? "—" : TimeLeft.text(left, views: views, locale: locale),
                  "rule": h.dueRule.map { views.t($0.labelKey, locale) } ?? "", "overdue": h.status.isOpen && (left ?? 1) < 0] as [String: Any],
            "plan": h.plan.map { p -> [String: Any] in
                ["goals": p.goals, "methods": p.methods, "funds": p.funds, "people": p.people, "measures": p.measures, "emergency_plan": p.emergencyPlan,
                 "deadline": p.deadline.description, "leader": p.leader]
            } ?? [:],
            "has_plan": h.plan != nil,
            "photo_url": try await services.hazards.hasPhoto(h) ? SafetyPath.hazardPhoto(h.id).path : "",
            "may_plan": staff.can(.rectifyHazards) && h.level == .major && h.status == .reported,
            "may_rectify": staff.can(.rectifyHazards) && (h.status == .rectifying || (h.level == .general && h.status == .reported)),
            "may_verify": staff.can(.verifyHazards) && h.status == .rectified,
            "step_url": url, "paths": SafetyPath.links,
            "events": try history.templateValues(), "history_id": "hazard-events",
            "notices": try views.noticeRows(notices, locale: locale) { HazardClock.Rule(rawValue: $0).map { views.t($0.labelKey, locale) } }.templateValues(),
            "has_notices": !notices.isEmpty, "notices_id": "hazard-notices",
        ]
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("hazard", titleKey: "hazard_title", titleArgs: [h.number], data: data, request: request, context: context, status: error?.status ?? .ok)
    }
}
