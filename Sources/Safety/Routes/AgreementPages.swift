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
        let views = services.views, locale = context.locale, today = Day(date: services.clock.now())
        let paging = try Paging(page: request)
        let (items, total) = try await services.venues.agreements(by: context, year: nil, paging: paging)
        let mayKeep = context.staff.can(.keepSafetyRecords)
        var data: [String: Any] = [
            "agreements": items.map { a -> [String: Any] in
                ["year": String(a.year), "organisation": a.organisationId, "grid_code": a.gridCode, "signed_on": a.signedOn.description, "signatory": a.signatory,
                 "terms": a.terms, "records_url": SafetyPath.agreementRecords(a.id).path, "id": a.id,
                 "records": a.records.map { r in ["kind": views.t(r.kind.labelKey, locale), "on": r.on.description, "findings": r.findings,
                                                  "result": views.t(r.passed ? "agreement_passed" : "agreement_failed", locale)] },
                 "assessed": a.records.contains { $0.kind == .assessment }]
            },
            "total": views.t("pager_total", locale, [String(total)]), "may_keep": mayKeep, "today": today.description,
            "kinds": AgreementRecord.Kind.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale)] },
            "year": values["year"] ?? String(today.year), "grid_code": values["grid_code"] ?? (context.staff.unitCode.count == 15 ? context.staff.unitCode : ""),
            "paths": SafetyPath.links,
        ]
        for name in ["organisation_id", "signed_on", "signatory", "terms"] { data[name] = values[name] ?? "" }
        data.merge(paging.pagerLinks(keeping: [], total: total)) { $1 }
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("safety_agreements", titleKey: "agreement_list_title", data: data, request: request, context: context, status: error?.status ?? .ok)
    }

    static func quarter(services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale, today = Day(date: services.clock.now())
        let text = request.uri.queryParameters.get("quarter")?.nilIfBlank ?? "\(today.year)-Q\((today.month - 1) / 3 + 1)"
        let q = try await services.hazards.quarter(text, by: context)
        let data: [String: Any] = [
            "quarter": text, "from": q.from.description, "to": q.to.description,
            "rows": q.rows.map { r -> [String: Any] in
                ["kind": HazardKind(rawValue: r.kind).map { views.t($0.labelKey, locale) } ?? r.kind,
                 "level": HazardLevel(rawValue: r.level).map { views.t($0.labelKey, locale) } ?? r.level,
                 "found": String(r.found), "closed": String(r.closed), "overdue": String(r.overdue ?? 0)]
            },
            "found": String(q.rows.reduce(0) { $0 + $1.found }), "closed": String(q.rows.reduce(0) { $0 + $1.closed }),
            "overdue": String(q.rows.reduce(0) { $0 + ($1.overdue ?? 0) }), "paths": SafetyPath.links,
        ]
        return views.page("hazard_statistics", titleKey: "hazard_stats_title", titleArgs: [text], data: data, request: request, context: context)
    }
}
