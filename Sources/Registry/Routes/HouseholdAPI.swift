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

    struct Member: Encodable, Sendable { let residentId: String; let name: String; let idNumber: String; let relation: String }
    struct Detail: Encodable, Sendable { let id: String; let gridCode: String; let address: String; let members: [Member] }
    struct NewMember: Decodable { let residentId: String; let relation: String }
    struct NewHead: Decodable { let residentId: String; let formerHeadRelation: String }
    struct Move: Decodable { let address: String?; let gridCode: String? }

    static func relation(_ text: String) throws -> Relation {
        guard let relation = Relation(rawValue: text) else { throw AppError.invalid("household_error_relation", [text]) }
        return relation
    }

    static func detail(_ id: String, service: HouseholdService, context: StaffContext) async throws -> Response {
        let detail = try await service.detail(try await service.visible(id, by: context), by: context)
        return try Response.json(Detail(
            id: detail.household.id, gridCode: detail.household.gridCode, address: detail.household.address,
            members: detail.members.map { Member(residentId: $0.resident.id, name: $0.resident.name,
                                                 idNumber: CitizenID.mask($0.resident.idNumber), relation: $0.relation.rawValue) }
        ))
    }

    public static func register(on routes: SecureRoutes, service: HouseholdService) {
        routes.get("/api/v1/households", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.list(context, grid: request.uri.queryParameters.get("grid"),
                                                       address: request.uri.queryParameters.get("q")?.trimmed, paging: paging)
            return try Response.json(ListPage(items: items.map { Item(id: $0.id, gridCode: $0.gridCode, address: $0.address, members: $0.members) },
                                              total: total, paging: paging))
        }
        routes.post("/api/v1/households", .permitted(.manageResidents)) { request, context in
            let body = try await request.decodeJSON(NewHousehold.self)
            var members: [Household.Member] = []
            for member in body.members {
                members.append(.init(residentId: member.residentId, relation: try relation(member.relation)))
            }
            let household = try await service.create(gridCode: body.gridCode, address: body.address, members: members, by: context)
            return try Response.json(Item(id: household.id, gridCode: household.gridCode, address: household.address, members: members.count),
                                     status: .created)
        }
            routes.get("/api/v1/households/{household}", .permitted(.viewResidents)) { _, context in
            try await detail(try context.parameters.require("household"), service: service, context: context)
        }
        routes.staff(.patch, "/api/v1/households/{household}", .permitted(.manageResidents)) { request, context in
            let household = try await service.visible(try context.parameters.require("household"), by: context)
            let body = try await request.decodeJSON(Move.self, limit: 8 << 10)
            _ = try await service.move(household, address: body.address ?? household.address, gridCode: body.gridCode ?? household.gridCode, by: context)
            return try await detail(household.id, service: service, context: context)
        }
        routes.post("/api/v1/households/{household}/members", .permitted(.manageResidents)) { request, context in
            let household = try await service.visible(try context.parameters.require("household"), by: context)
            let body = try await request.decodeJSON(NewMember.self, limit: 4 << 10)
            try await service.addMember(body.residentId, relation: try relation(body.relation), to: household, by: context)
            return try await detail(household.id, service: service, context: context)
        }
        routes.post("/api/v1/households/{household}/members/{resident}/remove", .permitted(.manageResidents)) { _, context in
            let household = try await service.visible(try context.parameters.require("household"), by: context)
            try await service.removeMember(try context.parameters.require("resident"), from: household, by: context)
            return try await detail(household.id, service: service, context: context)
        }
        routes.post("/api/v1/households/{household}/head", .permitted(.manageResidents)) { request, context in
            let household = try await service.visible(try context.parameters.require("household"), by: context)
            let body = try await request.decodeJSON(NewHead.self, limit: 4 << 10)
            try await service.changeHead(to: body.residentId, formerHeadRelation: try relation(body.formerHeadRelation), in: household, by: context)
            return try await detail(household.id, service: service, context: context)
        }
    }
}
