import Foundation
import Hummingbird
import Kernel

/// Correcting a resident's record from their page. The ID number is not on this form (it is
/// masked here); corrections of it go through the API by roles that may see it in full.
public enum ResidentEditPages {
    public static func register(on routes: SecureRoutes, service: ResidentService, views: ViewRenderer) {
        routes.get("/residents/{resident}/edit", .permitted(.manageResidents)) { request, context in
            let resident = try await service.view(id: try context.parameters.require("resident"), full: false, by: context)
            return form(resident, values: values(of: resident), error: nil, views: views, request: request, context: context)
        }
        routes.post("/residents/{resident}/edit", .permitted(.manageResidents)) { request, context in
            let resident = try await service.view(id: try context.parameters.require("resident"), full: false, by: context)
            let form = try await context.form(request)
            do {
                guard let type = form["population_type"].flatMap(PopulationType.init(rawValue:)) else { throw AppError.invalid("resident_error_type") }
                let changes = ResidentChanges(
                    name: form["name"] ?? "", ethnicity: form["ethnicity"], phone: form["phone"],
                    registeredAddress: form["registered_address"] ?? "", currentAddress: form["current_address"] ?? "",
                    populationType: type, gridCode: form["grid_code"] ?? ""
                )
                _ = try await service.update(id: resident.id, changes, by: context)
                return Response.redirect(to: "/residents/\(resident.id)?saved=1", type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent || error.status == .conflict {
                return Self.form(resident, values: form.fields.mapValues { $0.first ?? "" }, error: error, views: views, request: request, context: context)
            }
        }
    }

    static func values(of r: Resident) -> [String: String] {
        ["name": r.name, "ethnicity": r.ethnicity, "phone": "", "registered_address": r.registeredAddress,
         "current_address": r.currentAddress, "population_type": r.populationType.rawValue, "grid_code": r.gridCode]
    }

    static func form(_ r: Resident, values: [String: String], error: AppError?, views: ViewRenderer, request: Request,
                     context: StaffContext) -> Response {
        let locale = context.locale
        var data: [String: Any] = [
            "id": r.id, "values": values, "masked_phone": r.phone.map(PhoneNumber.masked) ?? "",
            "types": PopulationType.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale), "selected": values["population_type"] == $0.rawValue] },
        ]
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("resident_edit", titleKey: "resident_edit_title", titleArgs: [r.name], data: data,
                          request: request, context: context, status: error?.status ?? .ok)
    }
}
