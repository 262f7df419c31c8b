import Foundation
import Hummingbird
import Kernel

/// `/api/v1/residents`: list, register, and read one (masked unless `?full=1` by a permitted role).
public enum ResidentAPI {
    struct Item: Encodable, Sendable, JSONFields {
        let id: String, name: String, idNumber: String, sex: String, birthDate: String, ethnicity: String
        let phone: String?, registeredAddress: String, currentAddress: String, populationType: String, gridCode: String
        let masked: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, idNumber = "id_number", sex, birthDate = "birth_date", ethnicity, phone
            case registeredAddress = "registered_address", currentAddress = "current_address", populationType = "population_type"
            case gridCode = "grid_code", masked
        }

        /// The same keys, sorted (every row of the resident lists and searches is written this way).
        func writeFields(to object: inout JSONObjectWriter) {
            object.field("birth_date", birthDate)
            object.field("current_address", currentAddress)
            object.field("ethnicity", ethnicity)
            object.field("grid_code", gridCode)
            object.field("id", id)
            object.field("id_number", idNumber)
            object.field("masked", masked)
            object.field("name", name)
            object.field("phone", phone)
            object.field("population_type", populationType)
            object.field("registered_address", registeredAddress)
            object.field("sex", sex)
        }

        init(_ r: Resident, full: Bool) {
            id = r.id
            name = r.name
            idNumber = full ? r.idNumber : CitizenID.mask(r.idNumber)
            sex = r.sex.rawValue
            birthDate = r.birthDate.description
            ethnicity = r.ethnicity
            phone = r.phone.map { full ? $0 : PhoneNumber.masked($0) }
            registeredAddress = r.registeredAddress
            currentAddress = r.currentAddress
            populationType = r.populationType.rawValue
            gridCode = r.gridCode
            masked = !full
        }
    }

    struct NewResident: Decodable {
        let name: String
        let idNumber: String
        let sex: String?
        let birthDate: String?
        let ethnicity: String?
        let phone: String?
        let registeredAddress: String?
        let currentAddress: String
        let populationType: String
        let gridCode: String
        let sealed: Bool?
    }

    struct Changes: Decodable {
        let name: String?, idNumber: String?, ethnicity: String?, phone: String?, registeredAddress: String?, currentAddress: String?
        let populationType: String?, gridCode: String?, sealed: Bool?
    }

    public static func register(on routes: SecureRoutes, service: ResidentService) {
        routes.get("/api/v1/residents", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            let query = request.uri.queryParameters
            let type = try request.queryEnum("type", PopulationType.self, invalidKey: "resident_error_type")
            let q = query.get("q")?.trimmed
            let filter = ResidentStore.Filter.search(q, within: context.scope, grid: query.get("grid"), type: type, by: context.staff)
            let (items, total) = try await service.list(filter, paging: paging)
            return try Response.json(ListPage(items: items.map { Item($0, full: false) }, total: total, paging: paging))
        }
        routes.post("/api/v1/residents", .permitted(.manageResidents)) { request, context in
            let body = try await request.decodeJSON(NewResident.self)
            let input = ResidentService.Input(
                name: body.name, idNumber: body.idNumber, sex: body.sex.flatMap(CitizenID.Sex.init(rawValue:)), birthDate: body.birthDate,
                ethnicity: body.ethnicity, phone: body.phone, registeredAddress: body.registeredAddress ?? "", currentAddress: body.currentAddress,
                populationType: PopulationType(rawValue: body.populationType), gridCode: body.gridCode, sealed: body.sealed ?? false
            )
            let resident = try await service.create(input, by: context)
            return try Response.json(Item(resident, full: false), status: .created)
        }
        routes.staff(.patch, "/api/v1/residents/{resident}", .permitted(.manageResidents)) { request, context in
            let current = try await service.view(id: try context.parameters.require("resident"), full: false, by: context)  // not-found before the body is read
            let body = try await request.decodeJSON(Changes.self)
            let type = try parseChoice(body.populationType, PopulationType.self, invalidKey: "resident_error_type")
            let changes = ResidentChanges(name: body.name, idNumber: body.idNumber, ethnicity: body.ethnicity, phone: body.phone,
                                          registeredAddress: body.registeredAddress, currentAddress: body.currentAddress,
                                          populationType: type, gridCode: body.gridCode, sealed: body.sealed)
            return try Response.json(Item(try await service.update(current, changes, by: context), full: false))
        }
        routes.get("/api/v1/resident-conflicts", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.conflicts(by: context, paging: paging)
            return try Response.json(ListPage(items: items, total: total, paging: paging))
        }
        routes.post("/api/v1/residents/{resident}/seal", .permitted(.sealRecords)) { request, context in
            let current = try await service.view(id: try context.parameters.require("resident"), full: false, by: context)
            struct Seal: Decodable { let sealed: Bool; let reason: String }
            let body = try await request.decodeJSON(Seal.self)
            return try Response.json(Item(try await service.seal(current, sealed: body.sealed, reason: body.reason, by: context), full: false))
        }
        routes.get("/api/v1/residents/{resident}", .permitted(.viewResidents)) { request, context in
            let full = request.uri.queryParameters.get("full") == "1"
            let resident = try await service.view(id: try context.parameters.require("resident"), full: full, by: context)
            return try Response.json(Item(resident, full: full))
        }
    }
}
