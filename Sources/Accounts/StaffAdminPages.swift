import Foundation
import Hummingbird
import Kernel

/// Administrators create and edit staff accounts with a role and a jurisdiction inside their own.
public enum StaffAdminPages {
    public static func register(on routes: SecureRoutes, service: AccountService, views: ViewRenderer) {
        routes.get(AccountPath.staff.path, .permitted(.manageStaff)) { request, context in
            let paging = try Paging(page: request)
            let (items, total) = try await service.list(context, paging: paging)
            let model = StaffListPage(items, total: total, pager: paging.pagerLinks(keeping: [], total: total), views: views, locale: context.locale)
            return try views.page("staff_list", titleKey: "staff_title", model: model, request: request, context: context)
        }
        routes.get(AccountPath.newStaff.path, .permitted(.manageStaff)) { request, context in
            try form(staff: nil, values: ["unit_code": context.staff.unitCode, "active": "on"], error: nil, views: views, request: request, context: context)
        }
        routes.post(AccountPath.newStaff.path, .permitted(.manageStaff)) { request, context in
            let form = try await context.form(request)
            do {
                let created = try await service.create(input(form), by: context)
                return Response.redirect(AccountPath.editStaff(created.id).path + "?saved=1")
            } catch let error as AppError where error.status == .unprocessableContent || error.status == .conflict {
                return try Self.form(staff: nil, values: form.fields.mapValues { $0.first ?? "" }, error: error, views: views, request: request, context: context)
            }
        }
        routes.get(AccountPath.pattern(AccountPath.editStaff), .permitted(.manageStaff)) { request, context in
            let staff = try await service.view(id: try context.parameters.require("id"), by: context)
            return try form(staff: staff, values: values(staff), error: nil, views: views, request: request, context: context)
        }
        routes.post(AccountPath.pattern(AccountPath.editStaff), .permitted(.manageStaff)) { request, context in
            let staff = try await service.view(id: try context.parameters.require("id"), by: context)
            let form = try await context.form(request)
            do {
                try await service.update(id: staff.id, input(form, username: staff.username), by: context)
                return Response.redirect(AccountPath.editStaff(staff.id).path + "?saved=1")
            } catch let error as AppError where error.status == .unprocessableContent || error.status == .conflict {
                return try Self.form(staff: staff, values: form.fields.mapValues { $0.first ?? "" }, error: error, views: views, request: request, context: context)
            }
        }
    }

    static func input(_ form: FormData, username: String? = nil) -> AccountService.StaffInput {
        AccountService.StaffInput(
            username: username ?? form["username"] ?? "", displayName: form["display_name"] ?? "",
            role: form["role"].flatMap(Role.init(rawValue:)), position: form["position"].flatMap(GridPosition.init(rawValue:)),
            unitCode: form["unit_code"] ?? "", department: form["department"], phone: form["phone"],
            password: form.fields["password"]?.first, active: form["active"] == "on"
        )
    }

    static func values(_ staff: Staff) -> [String: String] {
        [
            "username": staff.username, "display_name": staff.displayName, "role": staff.role.rawValue,
            "position": staff.position?.rawValue ?? "", "unit_code": staff.unitCode, "department": staff.department ?? "",
            "phone": staff.phone ?? "", "active": staff.active ? "on" : "",
        ]
    }

    static func form(staff: Staff?, values: [String: String], error: AppError?, views: ViewRenderer, request: Request, context: StaffContext) throws -> Response {
        let model = StaffFormPage(staff: staff, values: values, saved: request.uri.queryParameters.get("saved") != nil, error: error, views: views,
                                  locale: context.locale)
        return try views.page("staff_form", titleKey: staff == nil ? "staff_new_title" : "staff_edit_title", titleArgs: [staff?.displayName ?? ""],
                              model: model, request: request, context: context, status: error?.status ?? .ok)
    }
}
