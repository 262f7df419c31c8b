import Foundation
import Hummingbird
import Kernel

/// Staff pages of points: accounts with the award/spend form and the catalogue; one resident's
/// points with the card form.
enum PointPages {
    static func register(on routes: SecureRoutes, services: ParticipationServices) {
        let service = services.points
        routes.get(ParticipationPath.points.path, .permitted(.viewResidents)) { request, context in
            try await list([:], error: nil, services: services, request: request, context: context)
        }
        routes.post(ParticipationPath.points.path, .permitted(.awardPoints)) { request, context in
            let form = try await context.form(request, limit: 8 << 10)
            var values: [String: String] = [:]
            for name in ["resident_id", "kind", "order_number", "hours", "service_id", "note"] { values[name] = form[name] }
            do {
                let person: PersonEntry
                do { person = try await service.resident(values["resident_id"] ?? "", by: context) } catch let e as AppError where e == .notFound {
                    throw AppError.invalid("points_error_resident", [String((values["resident_id"] ?? "").prefix(64))]).naming("resident_id")
                }
                let hours = try (values["hours"]?.trimmed).flatMap { $0.isEmpty ? nil : $0 }.map { text -> Double in
                    guard let h = Double(text), h.isFinite else { throw AppError.invalid("points_error_hours").naming("hours") }
                    return h
                }
                _ = try await service.post(person, kind: values["kind"] ?? "", orderNumber: values["order_number"], hours: hours, serviceId: values["service_id"],
                                           note: values["note"] ?? "", by: context)
                return Response.redirect(to: ParticipationPath.resident(person.id).path, type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict].contains(error.status) && error != .csrf {
                return try await list(values, error: error, services: services, request: request, context: context)
            }
        }
        routes.post(ParticipationPath.pointServices.path, .permitted(.awardPoints)) { request, context in
            let form = try await context.form(request, limit: 4 << 10)
            let values = ["unit_code": form["unit_code"] ?? "", "name": form["name"] ?? "", "cost": form["cost"] ?? ""]
            do {
                let cost = try FormNumber.parse(values["cost"], field: "cost", range: 1...100_000, errorKey: "points_error_cost")
                _ = try await service.addService(unitCode: values["unit_code"] ?? "", name: values["name"] ?? "", cost: cost, by: context)
                return Response.redirect(to: ParticipationPath.points.path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await list(values, error: error, services: services, request: request, context: context)
            }
        }
        routes.get(ParticipationPath.pattern(ParticipationPath.resident, "resident"), .permitted(.viewResidents)) { request, context in
            let person = try await service.resident(try context.parameters.require("resident"), by: context)
            return try await account(person, code: nil, error: nil, services: services, request: request, context: context)
        }
        routes.post(ParticipationPath.pattern(ParticipationPath.residentCard, "resident"), .permitted(.awardPoints)) { request, context in
            let person = try await service.resident(try context.parameters.require("resident"), by: context)
            let form = try await context.form(request, limit: 1 << 10)
            do {
                let code = try await service.issueCard(person, phone: form["phone"] ?? "", by: context)
                return try await account(person, code: code, error: nil, services: services, request: request, context: context)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await account(person, code: nil, error: error, services: services, request: request, context: context)
            }
        }
    }

    static func list(_ values: [String: String], error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let paging = try Paging(page: request)
        let (items, total) = try await services.points.accounts(by: context, paging: paging)
        let model = PointsPage(items, total: total, services: try await services.points.catalogue(by: context), pager: paging.pagerLinks(keeping: [], total: total),
                               values: values, viewer: context.staff, error: error, views: services.views, locale: context.locale)
        return try services.views.page("points", titleKey: "points_list_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func account(_ person: PersonEntry, code: String?, error: AppError?, services: ParticipationServices, request: Request,
                        context: StaffContext) async throws -> Response {
        let model = PointAccountPage(try await services.points.statement(person), code: code, viewer: context.staff, error: error, views: services.views,
                                     locale: context.locale)
        return try services.views.page("point_account", titleKey: "points_account_title", titleArgs: [person.name], model: model, request: request,
                                       context: context, status: error?.status ?? .ok)
    }
}
