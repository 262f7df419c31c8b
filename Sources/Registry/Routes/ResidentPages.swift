import Foundation
import Hummingbird
import Kernel
import Spreadsheets

/// People of a unit, masked; one person's page, with an audited "show full number" action.
public enum ResidentPages {
    public static func register(on routes: SecureRoutes, service: ResidentService, views: ViewRenderer) {
        routes.get(RegistryPath.pattern(RegistryPath.residents, "code"), .permitted(.viewResidents), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            let paging = try Paging(page: request)
            let query = request.uri.queryParameters
            let type = query.get("type").flatMap(PopulationType.init(rawValue:))
            let q = query.get("q")?.trimmed
            let filter = ResidentStore.Filter.search(q, within: Scope(rootCode: code), type: type, by: context.staff)
            let (items, total) = try await service.list(filter, paging: paging)
            let model = ResidentListPage(code: code, q: q, type: type, items: items, total: total, countCap: filter.countCap,
                                         pager: paging.pagerLinks(keeping: [("type", type?.rawValue), ("q", q)], total: total), viewer: context.staff,
                                         views: views, locale: context.locale)
            return try views.page("residents", titleKey: "residents_title", model: model, request: request, context: context)
        }
        routes.get(RegistryPath.pattern(RegistryPath.residentsExport, "code"), .permitted(.viewResidents), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            let filter = ResidentStore.Filter(scope: Scope(rootCode: code), type: request.uri.queryParameters.get("type").flatMap(PopulationType.init(rawValue:)),
                                              includeSealed: context.staff.can(.viewSealedRecords))
            let locale = context.locale
            // One past the limit tells an export too large apart from one that fits (the total stops counting at 10,001).
            let (items, _) = try await service.list(filter, paging: Paging(limit: exportLimit + 1, offset: 0))
            guard items.count <= exportLimit else { throw AppError.invalid("residents_export_too_many", [String(exportLimit)]) }
            let header = ["resident_name", "resident_id_number", "resident_sex", "resident_birth", "resident_ethnicity", "resident_phone",
                          "resident_registered_address", "resident_current_address", "residents_type", "grid_code"].map { views.t($0, locale) }
            let rows = items.map { ResidentRow($0, full: false, views: views, locale: locale).cells }
            let data = try XLSXWriter.workbook(sheetName: views.t("residents_title", locale), rows: [header] + rows)
            try await service.recordExport(of: code, rows: items.count, by: context)
            return Response.xlsx(data, filename: "residents-\(code).xlsx")
        }
        routes.get(RegistryPath.conflicts.path, .permitted(.viewResidents)) { request, context in
            let paging = try Paging(page: request)
            let (items, total) = try await service.conflicts(by: context, paging: paging)
            let model = ResidentConflictsPage(items, total: total, pager: paging.pagerLinks(keeping: [], total: total), views: views, locale: context.locale)
            return try views.page("resident_conflicts", titleKey: "resident_conflicts_title", model: model, request: request, context: context)
        }
        routes.get(RegistryPath.pattern(RegistryPath.resident), .permitted(.viewResidents)) { request, context in
            let resident = try await service.view(id: try context.parameters.require("resident"), full: false, by: context)
            return try detail(resident, full: false, views: views, request: request, context: context)
        }
        routes.post(RegistryPath.pattern(RegistryPath.seal), .permitted(.sealRecords)) { request, context in
            let form = try await context.form(request)
            let current = try await service.view(id: try context.parameters.require("resident"), full: false, by: context)
            do {
                let resident = try await service.seal(current, sealed: form["sealed"] == "1", reason: form["reason"] ?? "", by: context)
                return try detail(resident, full: false, views: views, request: request, context: context)
            } catch let error as AppError where error.status == .unprocessableContent {
                return try detail(current, full: false, error: error, views: views, request: request, context: context)
            }
        }
        routes.post(RegistryPath.pattern(RegistryPath.reveal), .permitted(.viewFullIdentifiers)) { request, context in
            _ = try await context.form(request)
            let resident = try await service.view(id: try context.parameters.require("resident"), full: true, by: context)
            return try detail(resident, full: true, views: views, request: request, context: context)
        }
    }

    static let exportLimit = RegistryListPages.exportLimit

    static func detail(_ r: Resident, full: Bool, error: AppError? = nil, views: ViewRenderer, request: Request, context: StaffContext) throws -> Response {
        let model = ResidentPage(r, full: full, saved: request.uri.queryParameters.get("saved") == "1", viewer: context.staff, error: error, views: views,
                                 locale: context.locale)
        return try views.page("resident", titleKey: "resident_title", titleArgs: [r.name], model: model, request: request, context: context,
                          status: error?.status ?? .ok)
    }
}
