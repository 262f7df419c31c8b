import Foundation
import Hummingbird
import Kernel

/// Key venues: the list with the form to add one, and one venue with its inspections and the
/// measures the rules propose (each shown with the rule that fired), for a person to decide.
enum VenuePages {
    static func register(on routes: SecureRoutes, services: SafetyServices) {
        let service = services.venues
        routes.get(SafetyPath.venues.path, .permitted(.viewSafety)) { request, context in
            try await list([:], error: nil, services: services, request: request, context: context)
        }
        routes.post(SafetyPath.venues.path, .permitted(.keepSafetyRecords)) { request, context in
            let form = try await context.form(request, limit: 16 << 10)
            var values: [String: String] = [:]
            for name in ["name", "kind", "grid_code", "address", "licence", "organisation_id"] { values[name] = form[name] }
            do {
                let v = try await service.add(name: values["name"] ?? "", kind: values["kind"] ?? "", organisationId: values["organisation_id"],
                                              gridCode: values["grid_code"] ?? "", address: values["address"] ?? "", licence: values["licence"] ?? "", by: context)
                return Response.redirect(to: SafetyPath.venue(v.id).path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await list(values, error: error, services: services, request: request, context: context)
            }
        }
        routes.get(SafetyPath.pattern(SafetyPath.venue, "venue"), .permitted(.viewSafety)) { request, context in
            let v = try await service.find(try context.parameters.require("venue"), by: context)
            return try await detail(v, error: nil, services: services, request: request, context: context)
        }
        routes.post(SafetyPath.pattern(SafetyPath.inspections, "venue"), .permitted(.keepSafetyRecords)) { request, context in
            let v = try await service.find(try context.parameters.require("venue"), by: context)
            let form = try await context.form(request, limit: 16 << 10)
            return try await afterStep(v, services: services, request: request, context: context) {
                _ = try await service.inspect(v, on: form["inspected_on"], findings: form["findings"] ?? "", violations: form.fields["violation"] ?? [],
                                              minors: Int(form["minors"]?.trimmed ?? "") ?? 0, by: context)
            }
        }
        routes.post(SafetyPath.pattern(SafetyPath.measures, "venue"), .permitted(.decideVenueMeasures)) { request, context in
            let v = try await service.find(try context.parameters.require("venue"), by: context)
            let form = try await context.form(request, limit: 8 << 10)
            return try await afterStep(v, services: services, request: request, context: context) {
                try await service.decide(proposal: form["proposal_id"] ?? "", on: v, accepted: form["accept"] == "1", note: form["note"] ?? "", by: context)
            }
        }
    }

    static func afterStep(_ v: Venue, services: SafetyServices, request: Request, context: StaffContext, _ step: () async throws -> Void) async throws -> Response {
        try await PageStep.run(redirectTo: SafetyPath.venue(v.id).path, step) { error in
            try await detail(v, error: error, services: services, request: request, context: context)
        }
    }

    static func list(_ values: [String: String], error: AppError?, services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let paging = try Paging(page: request)
        let (items, total) = try await services.venues.list(by: context, kind: nil, paging: paging)
        let model = VenueListPage(items, total: total, pager: paging.pagerLinks(keeping: [], total: total), values: values, viewer: context.staff, error: error,
                                  views: services.views, locale: context.locale)
        return try services.views.page("venues", titleKey: "venue_list_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func detail(_ v: Venue, error: AppError?, services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let model = VenuePage(v, inspections: try await services.venues.inspections(of: v), proposals: try await services.venues.proposals(of: v), viewer: context.staff,
                              error: error, today: Day(date: services.clock.now()), views: services.views, locale: context.locale)
        return try services.views.page("venue", titleKey: "venue_title", titleArgs: [v.name], model: model, request: request, context: context,
                                       status: error?.status ?? .ok)
    }
}
