import Foundation
import Hummingbird
import Kernel

/// `/api/v1/agreements` (三约) and `/api/v1/star-households` (星级文明户).
public enum AgreementAPI {
    struct Item: Encodable, Sendable {
        let id: String, unitCode: String, parties: String, category: String, title: String, body: String, signatories: String, signedOn: String, endsOn: String?
        init(_ a: Agreement) {
            (id, unitCode, parties, category, title) = (a.id, a.unitCode, a.parties.rawValue, a.category.rawValue, a.title)
            (body, signatories, signedOn, endsOn) = (a.body, a.signatories, a.signedOn.description, a.endsOn?.description)
        }
    }
    struct StarItem: Encodable, Sendable {
        let householdId: String, year: Int, gridCode: String, stars: Int, criteria: [String], note: String, address: String?, head: String?
        init(_ s: StarHousehold, _ h: HouseholdEntry?) {
            (householdId, year, gridCode, stars, criteria, note) = (s.householdId, s.year, s.gridCode, s.stars, s.criteria, s.note)
            (address, head) = (h?.address, h?.head)
        }
    }
    struct NewAgreement: Decodable { let unitCode: String, parties: String, category: String, title: String, body: String, signatories: String, signedOn: String?, endsOn: String? }
    struct NewStar: Decodable { let householdId: String, year: Int, criteria: [String], note: String? }

    static func year(_ request: Request, default today: Day) throws -> Int {
        try request.uri.queryParameters.get("year").map { text -> Int in
            guard let y = Int(text), (2000...2100).contains(y) else { throw AppError.invalid("star_error_year").naming("year") }
            return y
        } ?? today.year
    }

    public static func register(on routes: SecureRoutes, service: AgreementService) {
        routes.get("/api/v1/agreements", .permitted(.viewJurisdiction)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.list(by: context, paging: paging)
            return try Response.json(ListPage(items: items.map(Item.init), total: total, paging: paging))
        }
        routes.post("/api/v1/agreements", .permitted(.keepCouncilRecords)) { request, context in
            let a = try await request.decodeJSON(NewAgreement.self, limit: 64 << 10)
            return try Response.json(Item(try await service.post(unitCode: a.unitCode, parties: a.parties, category: a.category, title: a.title, body: a.body,
                                                                 signatories: a.signatories, signedOn: try RequestDay.parse(a.signedOn, field: "signed_on"),
                                                                 endsOn: try RequestDay.parse(a.endsOn, field: "ends_on"), by: context)), status: .created)
        }
        routes.get("/api/v1/star-households", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.stars(by: context, year: try year(request, default: service.today), paging: paging)
            return try Response.json(ListPage(items: items.map { StarItem($0.0, $0.1) }, total: total, paging: paging))
        }
        routes.post("/api/v1/star-households", .permitted(.keepCouncilRecords)) { request, context in
            let s = try await request.decodeJSON(NewStar.self, limit: 4 << 10)
            let star = try await service.review(household: s.householdId, year: s.year, criteria: s.criteria, note: s.note ?? "", by: context)
            return try Response.json(StarItem(star, nil), status: .created)
        }
    }
}
