import Foundation
import Hummingbird
import Kernel

/// `/api/v1/organisations`: list and register within the caller's jurisdiction.
public enum OrganisationAPI {
    struct Item: Encodable, Sendable {
        let id: String, name: String, creditCode: String, kind: String, legalRepresentative: String, address: String, gridCode: String

        init(_ o: Organisation) {
            id = o.id
            name = o.name
            creditCode = o.creditCode
            kind = o.kind.rawValue
            legalRepresentative = o.legalRepresentative
            address = o.address
            gridCode = o.gridCode
        }
    }

    struct NewOrganisation: Decodable {
        let name: String, creditCode: String, kind: String, legalRepresentative: String, address: String, gridCode: String
    }

    struct Changes: Decodable {
        let name: String?, creditCode: String?, kind: String?, legalRepresentative: String?, address: String?, gridCode: String?
    }

    struct Employee: Encodable, Sendable {
        let residentId: String, name: String, idNumber: String, gridCode: String, position: String, sinceOn: String, untilOn: String?
    }

    struct NewEmployee: Decodable { let residentId: String; let position: String; let sinceOn: String }
    struct Leaving: Decodable { let untilOn: String }

    public static func register(on routes: SecureRoutes, service: OrganisationService) {
        routes.get("/api/v1/organisations", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            // `type` is the register's common filter name; `kind` is the field's own.
            let kind = try request.queryEnum("kind", OrganisationKind.self, invalidKey: "organisation_error_kind")
                ?? request.queryEnum("type", OrganisationKind.self, invalidKey: "organisation_error_kind")
            let (items, total) = try await service.list(context, grid: request.uri.queryParameters.get("grid"), kind: kind, name: request.uri.queryParameters.get("q")?.trimmed, paging: paging)
            return try Response.json(ListPage(items: items.map(Item.init), total: total, paging: paging))
        }
        routes.post("/api/v1/organisations", .permitted(.manageResidents)) { request, context in
            let body = try await request.decodeJSON(NewOrganisation.self, limit: 16 << 10)
            let organisation = try await service.create(.init(
                name: body.name, creditCode: body.creditCode, kind: OrganisationKind(rawValue: body.kind),
                legalRepresentative: body.legalRepresentative, address: body.address, gridCode: body.gridCode
            ), by: context)
            return try Response.json(Item(organisation), status: .created)
        }
        routes.get("/api/v1/organisations/{organisation}", .permitted(.viewResidents)) { _, context in
            try Response.json(Item(try await service.visible(try context.parameters.require("organisation"), by: context)))
        }
        routes.staff(.patch, "/api/v1/organisations/{organisation}", .permitted(.manageResidents)) { request, context in
            let current = try await service.visible(try context.parameters.require("organisation"), by: context)
            let body = try await request.decodeJSON(Changes.self, limit: 16 << 10)
            let kind = try parseChoice(body.kind, OrganisationKind.self, invalidKey: "organisation_error_kind") ?? current.kind
            let updated = try await service.update(current, with: .init(
                name: body.name ?? current.name, creditCode: body.creditCode ?? current.creditCode, kind: kind,
                legalRepresentative: body.legalRepresentative ?? current.legalRepresentative, address: body.address ?? current.address,
                gridCode: body.gridCode ?? current.gridCode
            ), by: context)
            return try Response.json(Item(updated))
        }
        routes.get("/api/v1/organisations/{organisation}/employees", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            let organisation = try await service.visible(try context.parameters.require("organisation"), by: context)
            let (items, total) = try await service.employees(of: organisation, by: context, paging: paging)
            let employees = items.map {
                Employee(residentId: $0.residentId, name: $0.name, idNumber: CitizenID.mask($0.idNumber), gridCode: $0.gridCode,
                         position: $0.position, sinceOn: $0.sinceOn, untilOn: $0.untilOn)
            }
            return try Response.json(ListPage(items: employees, total: total, paging: paging))
        }
        routes.post("/api/v1/organisations/{organisation}/employees", .permitted(.manageResidents)) { request, context in
            let organisation = try await service.visible(try context.parameters.require("organisation"), by: context)
            let body = try await request.decodeJSON(NewEmployee.self, limit: 8 << 10)
            guard let since = Day(body.sinceOn) else { throw AppError.invalid("resident_error_date", [body.sinceOn]) }
            try await service.addEmployee(body.residentId, to: organisation, position: body.position, since: since, by: context)
            return Response(status: .created)
        }
        routes.post("/api/v1/organisations/{organisation}/employees/{resident}/leave", .permitted(.manageResidents)) { request, context in
            let organisation = try await service.visible(try context.parameters.require("organisation"), by: context)
            let body = try await request.decodeJSON(Leaving.self, limit: 4 << 10)
            guard let day = Day(body.untilOn) else { throw AppError.invalid("resident_error_date", [body.untilOn]) }
            try await service.endEmployment(try context.parameters.require("resident"), at: organisation, on: day, by: context)
            return Response(status: .noContent)
        }
    }
}
