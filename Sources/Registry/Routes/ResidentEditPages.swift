import Foundation
import Hummingbird
import Kernel

/// Registering a resident from a unit's list, and correcting one from their page. The edit form
/// has no ID number (it is masked there); corrections of it go through the API by roles that
/// may see it in full.
public enum ResidentEditPages {
    public static func register(on routes: SecureRoutes, service: ResidentService, views: ViewRenderer) {
        routes.get(RegistryPath.pattern(RegistryPath.newResident, "code"), .permitted(.manageResidents), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            let values = ["population_type": PopulationType.registered.rawValue, "grid_code": code.count == 15 ? code : "", "ethnicity": "汉族"]
            return try newForm(code, values: values, error: nil, views: views, request: request, context: context)
        }
        routes.post(RegistryPath.pattern(RegistryPath.newResident, "code"), .permitted(.manageResidents), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            let form = try await context.form(request)
            do {
                let input = ResidentService.Input(
                    name: form["name"] ?? "", idNumber: form["id_number"] ?? "", sex: nil, birthDate: nil, ethnicity: form["ethnicity"],
                    phone: form["phone"], registeredAddress: form["registered_address"] ?? "", currentAddress: form["current_address"] ?? "",
                    populationType: try parseChoice(form["population_type"], PopulationType.self, invalidKey: "resident_error_type"),
                    gridCode: form["grid_code"] ?? ""
                )
                let resident = try await service.create(input, by: context)
                return Response.redirect(to: RegistryPath.resident(resident.id).path + "?saved=1", type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent || error.status == .conflict {
                return try newForm(code, values: form.fields.mapValues { $0.first ?? "" }, error: error, views: views, request: request, context: context)
            }
        }
        routes.get(RegistryPath.pattern(RegistryPath.editResident), .permitted(.manageResidents)) { request, context in
            let resident = try await service.view(id: try context.parameters.require("resident"), full: false, by: context)
            return try form(resident, values: values(of: resident), error: nil, views: views, request: request, context: context)
        }
        routes.post(RegistryPath.pattern(RegistryPath.editResident), .permitted(.manageResidents)) { request, context in
            let resident = try await service.view(id: try context.parameters.require("resident"), full: false, by: context)
            let form = try await context.form(request)
            do {
                guard let type = form["population_type"].flatMap(PopulationType.init(rawValue:)) else { throw AppError.invalid("resident_error_type") }
                let changes = ResidentChanges(
                    name: form["name"] ?? "", ethnicity: form["ethnicity"], phone: form["phone"],
                    registeredAddress: form["registered_address"] ?? "", currentAddress: form["current_address"] ?? "",
                    populationType: type, gridCode: form["grid_code"] ?? ""
                )
                _ = try await service.update(resident, changes, by: context)
                return Response.redirect(to: RegistryPath.resident(resident.id).path + "?saved=1", type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent || error.status == .conflict {
                return try Self.form(resident, values: form.fields.mapValues { $0.first ?? "" }, error: error, views: views, request: request, context: context)
            }
        }
    }

    static func values(of r: Resident) -> [String: String] {
        ["name": r.name, "ethnicity": r.ethnicity, "phone": "", "registered_address": r.registeredAddress,
         "current_address": r.currentAddress, "population_type": r.populationType.rawValue, "grid_code": r.gridCode]
    }

    static func form(_ r: Resident, values: [String: String], error: AppError?, views: ViewRenderer, request: Request,
                     context: StaffContext) throws -> Response {
        let model = ResidentFormPage(values: values, action: RegistryPath.editResident(r.id).path, back: RegistryPath.resident(r.id).path, backLabel: r.name,
                                     maskedPhone: r.phone.map(PhoneNumber.masked) ?? "", isNew: false, error: error, views: views, locale: context.locale)
        return try views.page("resident_edit", titleKey: "resident_edit_title", titleArgs: [r.name], model: model, request: request, context: context,
                              status: error?.status ?? .ok)
    }

    static func newForm(_ code: String, values: [String: String], error: AppError?, views: ViewRenderer, request: Request,
                        context: StaffContext) throws -> Response {
        let model = ResidentFormPage(values: values, action: RegistryPath.newResident(code).path, back: RegistryPath.residents(code).path,
                                     backLabel: views.t("residents_title", context.locale), isNew: true, error: error, views: views, locale: context.locale)
        return try views.page("resident_edit", titleKey: "resident_new_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }
}
