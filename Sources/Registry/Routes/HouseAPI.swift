import Foundation
import Hummingbird
import Kernel

/// `/api/v1/houses`, their rentals, and floating residents whose tenancy has ended.
public enum HouseAPI {
    struct Item: Encodable, Sendable {
        let id: String, gridCode: String, buildingCode: String, unit: String, number: String, use: String, area: Double, owner: String

        init(_ h: House) {
            id = h.id
            gridCode = h.gridCode
            buildingCode = h.buildingCode
            unit = h.unit
            number = h.number
            use = h.use.rawValue
            area = h.area
            owner = h.owner
        }
    }

    struct NewHouse: Decodable { let buildingCode: String; let unit: String?; let number: String; let use: String; let area: Double; let owner: String }
    struct NewRental: Decodable { let landlord: String; let tenantIds: [String]; let fromOn: String; let toOn: String; let registered: Bool? }
    struct RentalItem: Encodable, Sendable { let id: String; let houseId: String; let landlord: String; let tenantIds: [String]; let fromOn: String; let toOn: String; let registered: Bool }
    struct Ended: Encodable, Sendable { let residentId: String; let name: String; let gridCode: String; let houseId: String; let toOn: String }

    struct Changes: Decodable { let unit: String?; let number: String?; let use: String?; let area: Double?; let owner: String? }
    struct Ending: Decodable { let toOn: String }
    struct Detail: Encodable, Sendable { let house: Item; let rentals: [RentalItem] }

    static func rentalItem(_ rental: Rental) -> RentalItem {
        RentalItem(id: rental.id, houseId: rental.houseId, landlord: rental.landlord, tenantIds: rental.tenantIds,
                   fromOn: rental.fromOn.description, toOn: rental.toOn.description, registered: rental.registered)
    }

    public static func register(on routes: SecureRoutes, service: HouseService) {
        routes.get("/api/v1/houses", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            let use = try request.queryEnum("type", HouseUse.self, invalidKey: "house_error_use")
            let query = request.uri.queryParameters
            let (items, total) = try await service.list(context, grid: query.get("grid"), use: use, q: query.get("q")?.trimmed, paging: paging)
            return try Response.json(ListPage(items: items.map(Item.init), total: total, paging: paging))
        }
        routes.post("/api/v1/houses", .permitted(.manageResidents)) { request, context in
            let body = try await request.decodeJSON(NewHouse.self, limit: 8 << 10)
            let house = try await service.create(.init(buildingCode: body.buildingCode, unit: body.unit ?? "", number: body.number,
                                                       use: HouseUse(rawValue: body.use), area: body.area, owner: body.owner), by: context)
            return try Response.json(Item(house), status: .created)
        }
        routes.post("/api/v1/houses/{house}/rentals", .permitted(.manageResidents)) { request, context in
            let house = try await service.visibleHouse(try context.parameters.require("house"), by: context)
            let body = try await request.decodeJSON(NewRental.self, limit: 16 << 10)
            guard let from = Day(body.fromOn) else { throw AppError.invalid("resident_error_date", [body.fromOn]) }
            guard let to = Day(body.toOn) else { throw AppError.invalid("resident_error_date", [body.toOn]) }
            let rental = try await service.addRental(to: house, landlord: body.landlord, tenantIds: body.tenantIds, from: from, to: to,
                                                     registered: body.registered ?? false, by: context)
            return try Response.json(rentalItem(rental), status: .created)
        }
        routes.get("/api/v1/houses/{house}", .permitted(.viewResidents)) { _, context in
            let house = try await service.visibleHouse(try context.parameters.require("house"), by: context)
            return try Response.json(Detail(house: Item(house), rentals: try await service.rentals(of: house).map(rentalItem)))
        }
        routes.staff(.patch, "/api/v1/houses/{house}", .permitted(.manageResidents)) { request, context in
            let house = try await service.visibleHouse(try context.parameters.require("house"), by: context)
            let body = try await request.decodeJSON(Changes.self, limit: 8 << 10)
            let use = try parseChoice(body.use, HouseUse.self, invalidKey: "house_error_use") ?? house.use
            let updated = try await service.update(house, with: .init(buildingCode: house.buildingCode, unit: body.unit ?? house.unit,
                                                                      number: body.number ?? house.number, use: use,
                                                                      area: body.area ?? house.area, owner: body.owner ?? house.owner), by: context)
            return try Response.json(Item(updated))
        }
        routes.post("/api/v1/rentals/{rental}/end", .permitted(.manageResidents)) { request, context in
            let id = try context.parameters.require("rental")
            _ = try await service.visibleRental(id, by: context)
            let body = try await request.decodeJSON(Ending.self, limit: 4 << 10)
            guard let day = Day(body.toOn) else { throw AppError.invalid("resident_error_date", [body.toOn]) }
            return try Response.json(rentalItem(try await service.endRental(id, on: day, by: context)))
        }
        routes.get("/api/v1/rentals/ended", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            let (ended, total) = try await service.endedTenancies(context, paging: paging)
            return try Response.json(ListPage(items: ended.map { Ended(residentId: $0.residentId, name: $0.name, gridCode: $0.gridCode, houseId: $0.houseId, toOn: $0.toOn) },
                                              total: total, paging: paging))
        }
    }
}
