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
            let query = request.uri.queryParameters
            var kind: OrganisationKind?
            if let text = query.get("kind") {
                guard let value = OrganisationKind(rawValue: text) else { throw AppError.invalid("organisation_error_kind") }
                kind = value
            }
            let (items, total) = try await service.list(context, kind: kind, name: query.get("q")?.trimmed, paging: paging)
            return try Response.json(ListPage(items: items.map(Item.init), total: total, paging: paging))
        }
        routes.post("/api/v1/organisations", .permitted(.manageResidents)) { request, context in
            let text = try await readText(request, limit: 16 << 10)
            guard let body = try? APIJSON.decoder.decode(NewOrganisation.self, from: Data(text.utf8)) else { throw AppError.invalid("error_bad_json") }
            let organisation = try await service.create(.init(
                name: body.name, creditCode: body.creditCode, kind: OrganisationKind(rawValue: body.kind),
                legalRepresentative: body.legalRepresentative, address: body.address, gridCode: body.gridCode
            ), by: context)
            return try Response.json(Item(organisation), status: .created)
        }
    }
}
