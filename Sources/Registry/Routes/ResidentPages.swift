import Foundation
import Hummingbird
import Kernel
import Spreadsheets

/// People of a unit, masked; one person's page, with an audited "show full number" action.
public enum ResidentPages {
    public static func register(on routes: SecureRoutes, service: ResidentService, views: ViewRenderer) {
        routes.get("/units/{code}/residents", .permitted(.viewResidents), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            let paging = try Paging(page: request)
            let query = request.uri.queryParameters
            let type = query.get("type").flatMap(PopulationType.init(rawValue:))
            let q = query.get("q")?.trimmed
            let filter = ResidentStore.Filter.search(q, within: Scope(rootCode: code), type: type, by: context.staff)
            let (items, total) = try await service.list(filter, paging: paging)
            let locale = context.locale
            var data: [String: Any] = [
                "code": code, "q": q ?? "", "can_import": context.staff.can(.manageResidents),
                "types": PopulationType.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale), "selected": $0 == type] },
                "residents": items.map { row($0, views: views, locale: locale, full: false) },
                "total": views.t("pager_total", locale, [String(total)]),
            ]
            data.merge(paging.pagerLinks(keeping: [("type", type?.rawValue), ("q", q)], total: total)) { $1 }
            return views.page("residents", titleKey: "residents_title", data: data, request: request, context: context)
        }
        routes.get("/units/{code}/residents.xlsx", .permitted(.viewResidents), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            let filter = ResidentStore.Filter(scope: Scope(rootCode: code), type: request.uri.queryParameters.get("type").flatMap(PopulationType.init(rawValue:)),
                                              includeSealed: context.staff.can(.viewSealedRecords))
            let locale = context.locale
            let (items, total) = try await service.list(filter, paging: Paging(limit: exportLimit, offset: 0))
            guard total <= exportLimit else { throw AppError.invalid("residents_export_too_many", [String(exportLimit)]) }
            let header = ["resident_name", "resident_id_number", "resident_sex", "resident_birth", "resident_ethnicity", "resident_phone",
                          "resident_registered_address", "resident_current_address", "residents_type", "grid_code"].map { views.t($0, locale) }
            let rows = items.map { r -> [String] in
                let row = Self.row(r, views: views, locale: locale, full: false)
                return ["name", "id_number", "sex", "birth_date", "ethnicity", "phone", "registered_address", "current_address", "type", "grid_code"]
                    .map { row[$0] as? String ?? "" }
            }
            let data = try XLSXWriter.workbook(sheetName: views.t("residents_title", locale), rows: [header] + rows)
            try await service.recordExport(of: code, rows: items.count, by: context)
            return Response.xlsx(data, filename: "residents-\(code).xlsx")
        }
        routes.get("/resident-conflicts", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(page: request)
            let (items, total) = try await service.conflicts(by: context, paging: paging)
            var data: [String: Any] = [
                "conflicts": items.map { c -> [String: Any] in
                    ["resident_id": c.residentId, "existing_grid": c.existingGrid, "attempted_grid": c.attemptedGrid, "by": c.attemptedBy,
                     "at": TimeLeft.clock(c.createdAt)]
                },
                "total": views.t("pager_total", context.locale, [String(total)]),
            ]
            data.merge(paging.pagerLinks(keeping: [], total: total)) { $1 }
            return views.page("resident_conflicts", titleKey: "resident_conflicts_title", data: data, request: request, context: context)
        }
        routes.get("/residents/{resident}", .permitted(.viewResidents)) { request, context in
            let resident = try await service.view(id: try context.parameters.require("resident"), full: false, by: context)
            return detail(resident, full: false, views: views, request: request, context: context)
        }
        routes.post("/residents/{resident}/seal", .permitted(.sealRecords)) { request, context in
            let form = try await context.form(request)
            let current = try await service.view(id: try context.parameters.require("resident"), full: false, by: context)
            do {
                let resident = try await service.seal(current, sealed: form["sealed"] == "1", reason: form["reason"] ?? "", by: context)
                return detail(resident, full: false, views: views, request: request, context: context)
            } catch let error as AppError where error.status == .unprocessableContent {
                return detail(current, full: false, error: error, views: views, request: request, context: context)
            }
        }
        routes.post("/residents/{resident}/reveal", .permitted(.viewFullIdentifiers)) { request, context in
            _ = try await context.form(request)
            let resident = try await service.view(id: try context.parameters.require("resident"), full: true, by: context)
            return detail(resident, full: true, views: views, request: request, context: context)
        }
    }

    static let exportLimit = RegistryListPages.exportLimit

    static func row(_ r: Resident, views: ViewRenderer, locale: AppLocale, full: Bool) -> [String: Any] {
        [
            "id": r.id, "name": r.name, "id_number": full ? r.idNumber : CitizenID.mask(r.idNumber),
            "sex": views.t("sex_\(r.sex.rawValue)", locale), "birth_date": r.birthDate.description, "ethnicity": r.ethnicity,
            "phone": r.phone.map { full ? $0 : PhoneNumber.masked($0) } ?? "", "registered_address": r.registeredAddress,
            "current_address": r.currentAddress, "type": views.t(r.populationType.labelKey, locale), "grid_code": r.gridCode,
        ]
    }

    static func detail(_ r: Resident, full: Bool, error: AppError? = nil, views: ViewRenderer, request: Request, context: StaffContext) -> Response {
        var data: [String: Any] = [
            "r": row(r, views: views, locale: context.locale, full: full), "full": full,
            "can_reveal": !full && context.staff.can(.viewFullIdentifiers),
            "can_edit": context.staff.can(.manageResidents), "saved": request.uri.queryParameters.get("saved") == "1",
            "sealed": r.sealed, "can_seal": context.staff.can(.sealRecords), "seal_to": r.sealed ? "0" : "1",
        ]
        if let error { data["error"] = views.t(error.messageKey, context.locale, error.args) }
        return views.page("resident", titleKey: "resident_title", titleArgs: [r.name], data: data, request: request, context: context,
                          status: error?.status ?? .ok)
    }
}
