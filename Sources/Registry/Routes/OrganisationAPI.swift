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

    public static func register(on routes: SecureRoutes, service: OrganisationService) {
        routes.get("/api/v1/organisations", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            let kind = try request.queryEnum("kind", OrganisationKind.self, invalidKey: "organisation_error_kind")
            let (items, total) = try await service.list(context, kind: kind, name: request.uri.queryParameters.get("q")?.trimmed, paging: paging)
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
    }
}
