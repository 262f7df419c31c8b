import Foundation
import Hummingbird
import Kernel

/// Administrators create and edit units and grids (with a GeoJSON outline) and grid teams.
public enum GridAdminPages {
    static let uploadLimit = 2 << 20

    public static func register(on routes: SecureRoutes, service: GridService, views: ViewRenderer) {
        routes.get(GridPath.pattern(GridPath.edit), .permitted(.manageJurisdiction), scope: .unitParameter("code")) { request, context in
            let unit = try await service.unit(try context.parameters.require("code"), visibleTo: context.scope)
            return try form(unit: unit, parent: nil, values: values(of: unit), error: nil, views: views, request: request, context: context)
        }
        routes.post(GridPath.pattern(GridPath.edit), .permitted(.manageJurisdiction), scope: .unitParameter("code")) { request, context in
            let unit = try await service.unit(try context.parameters.require("code"), visibleTo: context.scope)
            let form = try await context.form(request, limit: uploadLimit)
            do {
                let input = try input(form, code: unit.code)
                try await service.update(unit.code, input, by: context)
                return Response.redirect(GridPath.unit(unit.code).path + "?saved=1")
            } catch let error as AppError where error.status == .unprocessableContent || error.status == .conflict {
                return try Self.form(unit: unit, parent: nil, values: form.fields.mapValues { $0.first ?? "" }, error: error,
                                 views: views, request: request, context: context)
            }
        }
        routes.get(GridPath.pattern(GridPath.newChild), .permitted(.manageJurisdiction), scope: .unitParameter("code")) { request, context in
            let parent = try await service.unit(try context.parameters.require("code"), visibleTo: context.scope)
            guard parent.level.child != nil else { throw AppError.notFound }
            return try form(unit: nil, parent: parent, values: ["code": parent.code, "settlement": parent.settlement.rawValue],
                        error: nil, views: views, request: request, context: context)
        }
        routes.post(GridPath.pattern(GridPath.newChild), .permitted(.manageJurisdiction), scope: .unitParameter("code")) { request, context in
            let parent = try await service.unit(try context.parameters.require("code"), visibleTo: context.scope)
            let form = try await context.form(request, limit: uploadLimit)
            do {
                let created = try await service.createChild(of: parent.code, try input(form, code: form["code"] ?? ""), by: context)
                return Response.redirect(GridPath.unit(created.code).path + "?saved=1")
            } catch let error as AppError where error.status == .unprocessableContent || error.status == .conflict {
                return try Self.form(unit: nil, parent: parent, values: form.fields.mapValues { $0.first ?? "" }, error: error,
                                 views: views, request: request, context: context)
            }
        }
        routes.post(GridPath.pattern(GridPath.team), .permitted(.manageJurisdiction), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            let form = try await context.form(request)
            guard let position = form["position"].flatMap(GridPosition.init(rawValue:)) else {
                throw AppError.invalid("team_error_position")
            }
            let member = TeamMember(id: UUID().uuidString, gridCode: code, name: form["name"] ?? "", position: position,
                                    phone: form["phone"], buildingCode: form["building_code"])
            try await service.addTeamMember(member, by: context)
            return Response.redirect(GridPath.unit(code).path + "#team")
        }
        routes.post(GridPath.teamMemberDelete("{code}", "{id}").path, .permitted(.manageJurisdiction), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            _ = try await context.form(request)
            try await service.removeTeamMember(id: try context.parameters.require("id"), gridCode: code, by: context)
            return Response.redirect(GridPath.unit(code).path + "#team")
        }
    }

    static func values(of unit: JurisdictionUnit) -> [String: String] {
        [
            "code": unit.code, "name": unit.name, "settlement": unit.settlement.rawValue,
            "households": unit.households.map(String.init) ?? "", "address": unit.address ?? "",
            "polygon": unit.polygon.map(GeoJSON.text) ?? "",
            "lon": unit.point.map { String($0.lon) } ?? "", "lat": unit.point.map { String($0.lat) } ?? "",
        ]
    }

    static func input(_ form: FormData, code: String) throws -> GridService.UnitInput {
        var households: Int?
        if let text = form["households"] {
            guard let n = Int(text) else { throw AppError.invalid("unit_error_households") }
            households = n
        }
        var point: GeoPoint?
        if let lon = form["lon"], let lat = form["lat"] {
            guard let x = Double(lon), let y = Double(lat) else { throw AppError.invalid("geo_error_coordinate", ["\(lon), \(lat)"]) }
            point = GeoPoint(lon: x, lat: y)
        }
        return GridService.UnitInput(
            code: code, name: form["name"] ?? "", settlement: form["settlement"].flatMap(Settlement.init(rawValue:)) ?? .urban,
            households: households, address: form["address"], polygonGeoJSON: form["polygon"], point: point
        )
    }

    static func form(unit: JurisdictionUnit?, parent: JurisdictionUnit?, values: [String: String], error: AppError?,
                     views: ViewRenderer, request: Request, context: StaffContext) throws -> Response {
        let model = UnitFormPage(unit: unit, parent: parent, values: values, error: error, views: views, locale: context.locale)
        return try views.page("unit_form", titleKey: unit == nil ? "unit_new_title" : "unit_edit_title", titleArgs: [unit?.name ?? parent?.name ?? ""],
                              model: model, request: request, context: context, status: error?.status ?? .ok)
    }
}
