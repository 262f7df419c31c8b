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
        let model = HazardListPage(items, total: total, tab: tab, pager: paging.pagerLinks(keeping: [("tab", tab.rawValue)], total: total), values: values,
                                   viewer: context.staff, error: error, now: now, views: views, locale: locale)
        return try views.page("hazards", titleKey: "hazard_list_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func detail(_ h: Hazard, error: AppError?, services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale, now = services.clock.now(), staff = context.staff
        let history = views.historyRows(try await services.hazards.events(of: h), action: { views.t("hazard_step_\($0)", locale) },
                                        status: { HazardStatus(rawValue: $0).map { views.t($0.labelKey, locale) } ?? $0 })
        let notices = try await services.hazards.notices(of: h)
        let model = HazardPage(h, hasPhoto: try await services.hazards.hasPhoto(h), events: history,
                               notices: views.noticeRows(notices, locale: locale) { HazardClock.Rule(rawValue: $0).map { views.t($0.labelKey, locale) } },
                               viewer: staff, error: error, now: now, views: views, locale: locale)
        return try views.page("hazard", titleKey: "hazard_title", titleArgs: [h.number], model: model, request: request, context: context, status: error?.status ?? .ok)
    }
}
