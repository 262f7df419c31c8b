import Foundation
import Hummingbird
import Kernel

/// `/api/v1/points`: residents' points accounts, entries, cards; `/api/v1/point-services`: the catalogue.
public enum PointsAPI {
    struct AccountItem: Encodable, Sendable {
        let residentId: String, unitCode: String, balance: Int, cardIssuedAt: Date?
        init(_ a: PointAccount) { (residentId, unitCode, balance, cardIssuedAt) = (a.residentId, a.unitCode, a.balance, a.cardIssuedAt) }
    }
    struct EntryItem: Encodable, Sendable {
        let id: String, delta: Int, kind: String, ref: String?, hours: Double?, note: String, enteredAt: Date
        init(_ e: PointEntry) { (id, delta, kind, ref, hours, note, enteredAt) = (e.id, e.delta, e.kind.rawValue, e.ref, e.hours, e.note, e.enteredAt) }
    }
    struct ServiceItem: Encodable, Sendable {
        let id: String, unitCode: String, name: String, cost: Int, active: Bool
        init(_ s: PointService) { (id, unitCode, name, cost, active) = (s.id, s.unitCode, s.name, s.cost, s.active) }
    }
    struct StatementItem: Encodable, Sendable {
        let residentId: String, name: String, balance: Int, entries: [EntryItem], catalogue: [ServiceItem]
        init(_ s: PointStatement) {
            (residentId, name, balance) = (s.person.id, s.person.name, s.balance)
            (entries, catalogue) = (s.entries.map(EntryItem.init), s.catalogue.map(ServiceItem.init))
        }
    }
    struct Card: Encodable, Sendable { let residentId: String, code: String }
    struct NewEntry: Decodable { let residentId: String, kind: String, orderNumber: String?, hours: Double?, serviceId: String?, note: String? }
    struct NewCard: Decodable { let phone: String }
    struct NewService: Decodable { let unitCode: String, name: String, cost: Int }

    public static func register(on routes: SecureRoutes, service: PointsService) {
        routes.get("/api/v1/points", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.accounts(by: context, paging: paging)
            return try Response.json(ListPage(items: items.map(AccountItem.init), total: total, paging: paging))
        }
        routes.post("/api/v1/points", .permitted(.awardPoints)) { request, context in
            let e = try await request.decodeJSON(NewEntry.self, limit: 4 << 10)
            let person = try await service.resident(e.residentId, by: context)
            let statement = try await service.post(person, kind: e.kind, orderNumber: e.orderNumber, hours: e.hours, serviceId: e.serviceId, note: e.note ?? "",
                                                   by: context)
            return try Response.json(StatementItem(statement), status: .created)
        }
        routes.get("/api/v1/points/{resident}", .permitted(.viewResidents)) { _, context in
            let person = try await service.resident(try context.parameters.require("resident"), by: context)
            return try Response.json(StatementItem(try await service.statement(person)))
        }
        routes.post("/api/v1/points/{resident}/card", .permitted(.awardPoints)) { request, context in
            let person = try await service.resident(try context.parameters.require("resident"), by: context)
            let c = try await request.decodeJSON(NewCard.self, limit: 1 << 10)
            return try Response.json(Card(residentId: person.id, code: try await service.issueCard(person, phone: c.phone, by: context)), status: .created)
        }
        routes.get("/api/v1/point-services", .permitted(.viewJurisdiction)) { _, context in
            try Response.json(["items": try await service.catalogue(by: context).map(ServiceItem.init)])
        }
        routes.post("/api/v1/point-services", .permitted(.awardPoints)) { request, context in
            let s = try await request.decodeJSON(NewService.self, limit: 4 << 10)
            return try Response.json(ServiceItem(try await service.addService(unitCode: s.unitCode, name: s.name, cost: s.cost, by: context)), status: .created)
        }
    }
}
