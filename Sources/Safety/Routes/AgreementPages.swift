import Foundation
import Hummingbird
import Kernel

/// Safety responsibility agreements of the year with their inspections and assessment, and the
/// quarter's hazards by kind and level.
enum AgreementPages {
    static func register(on routes: SecureRoutes, services: SafetyServices) {
        let service = services.venues
        routes.get(SafetyPath.agreements.path, .permitted(.viewSafety)) { request, context in
            try await page([:], error: nil, services: services, request: request, context: context)
        }
        routes.post(SafetyPath.agreements.path, .permitted(.keepSafetyRecords)) { request, context in
            let form = try await context.form(request, limit: 64 << 10)
            var values: [String: String] = [:]
            for name in ["organisation_id", "grid_code", "year", "signed_on", "signatory", "terms"] { values[name] = form[name] }
            do {
                _ = try await service.sign(organisationId: values["organisation_id"] ?? "", gridCode: values["grid_code"] ?? "",
                                           year: Int(values["year"]?.trimmed ?? "") ?? 0, signedOn: values["signed_on"] ?? "", signatory: values["signatory"] ?? "",
                                           terms: values["terms"] ?? "", by: context)
                return Response.redirect(to: SafetyPath.agreements.path, type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict].contains(error.status) && error != .csrf {
                return try await page(values, error: error, services: services, request: request, context: context)
            }
        }
        routes.post(SafetyPath.pattern(SafetyPath.agreementRecords, "agreement"), .permitted(.keepSafetyRecords)) { request, context in
            let a = try await service.agreement(try context.parameters.require("agreement"), by: context)
            let form = try await context.form(request, limit: 16 << 10)
            do {
                _ = try await service.record(form["kind"] ?? "", on: form["on"] ?? "", findings: form["findings"] ?? "", passed: form["passed"] == "1", to: a, by: context)
                return Response.redirect(to: SafetyPath.agreements.path, type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict].contains(error.status) && error != .csrf {
                return try await page([:], error: error, services: services, request: request, context: context)
            }
        }
        routes.get(SafetyPath.hazardStatistics.path, .permitted(.viewSafety)) { request, context in
            try await quarter(services: services, request: request, context: context)
        }
    }

    static func page(_ values: [String: String], error: AppError?, services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let paging = try Paging(page: request)
        let (items, total) = try await services.venues.agreements(by: context, year: nil, paging: paging)
        let model = AgreementsPage(items, total: total, pager: paging.pagerLinks(keeping: [], total: total), values: values, viewer: context.staff, error: error,
                                   views: services.views, locale: context.locale, today: Day(date: services.clock.now()))
        return try services.views.page("safety_agreements", titleKey: "agreement_list_title", model: model, request: request, context: context,
                                       status: error?.status ?? .ok)
    }

    static func quarter(services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let today = Day(date: services.clock.now())
        let text = request.uri.queryParameters.get("quarter")?.nilIfBlank ?? "\(today.year)-Q\((today.month - 1) / 3 + 1)"
        let q = try await services.hazards.quarter(text, by: context)
        return try services.views.page("hazard_statistics", titleKey: "hazard_stats_title", titleArgs: [text],
                                       model: HazardQuarterPage(text, from: q.from, to: q.to, rows: q.rows, views: services.views, locale: context.locale),
                                       request: request, context: context)
    }
}
