import Foundation
import Hummingbird
import Kernel

/// `/api/v1/households`: list with member counts, and register a household of known residents.
public enum HouseholdAPI {
    struct Item: Encodable, Sendable { let id: String; let gridCode: String; let address: String; let members: Int }
    struct NewHousehold: Decodable {
        struct Member: Decodable { let residentId: String; let relation: String }
        let gridCode: String
        let address: String
        let members: [Member]
    }

    public static func register(on routes: SecureRoutes, service: HouseholdService) {
        routes.get("/api/v1/households", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.list(context, grid: request.uri.queryParameters.get("grid"), paging: paging)
            return try Response.json(ListPage(items: items.map { Item(id: $0.id, gridCode: $0.gridCode, address: $0.address, members: $0.members) },
                                              total: total, paging: paging))
        }
        routes.post("/api/v1/households", .permitted(.manageResidents)) { request, context in
            let body = try await request.decodeJSON(NewHousehold.self)
            var members: [Household.Member] = []
            for member in body.members {
                guard let relation = Relation(rawValue: member.relation) else { throw AppError.invalid("household_error_relation", [member.relation]) }
                members.append(.init(residentId: member.residentId, relation: relation))
            }
            let household = try await service.create(gridCode: body.gridCode, address: body.address, members: members, by: context)
            return try Response.json(Item(id: household.id, gridCode: household.gridCode, address: household.address, members: members.count),
                                     status: .created)
        }
    }
}
