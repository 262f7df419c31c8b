import Foundation
import Kernel
import SQLKit

/// SQL for the three agreements and the star households' reviews.
public struct AgreementStore: Sendable {
    public init() {}

    static let columns = ["id", "unit_code", "parties", "category", "title", "body", "signatories", "signed_on", "ends_on", "created_by", "created_at"]

    struct Row: Decodable {
        let id: String, unit_code: String, parties: String, category: String, title: String, body: String, signatories: String, signed_on: String, ends_on: String?
        let created_by: String?, created_at: Int64
        var agreement: Agreement {
            Agreement(id: id, unitCode: unit_code, parties: Agreement.Parties(rawValue: parties) ?? .villagers, category: Agreement.Category(rawValue: category) ?? .publicAffairs,
                      title: title, body: body, signatories: signatories, signedOn: Day(signed_on) ?? Day(year: 1970, month: 1, day: 1), endsOn: ends_on.flatMap(Day.init),
                      createdBy: created_by, createdAt: Date(epochSeconds: created_at))
        }
    }

    func insert(_ a: Agreement, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "agreements").columns(Self.columns)
            .values(SQLBind(a.id), SQLBind(a.unitCode), SQLBind(a.parties.rawValue), SQLBind(a.category.rawValue), SQLBind(a.title), SQLBind(a.body),
                    SQLBind(a.signatories), SQLBind(a.signedOn.description), SQLBind(a.endsOn?.description), SQLBind(a.createdBy), SQLBind(a.createdAt.epochSeconds)).run()
    }

    /// Agreements of units in `scope` (nil: all), newest first; only those in force on `inForceOn` when given (the portal's).
    func list(within scope: Scope?, inForceOn day: Day? = nil, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Agreement], total: Int) {
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
            var b = b.from("agreements")
            if let day {
                b = b.where("signed_on", .lessThanOrEqual, day.description)
                    .where { $0.where("ends_on", .is, SQLLiteral.null).orWhere("ends_on", .greaterThanOrEqual, day.description) }
            }
            return scope.map { b.where("unit_code", within: $0) } ?? b
        }
        let items = try await filtered(sql.select().columns(Self.columns)).orderBy("signed_on", .descending).orderBy("id").limit(limit).offset(offset)
            .all(decoding: Row.self).map(\.agreement)
        return (items, try await sql.count(filtered))
    }

    // MARK: star households

    struct StarRow: Decodable {
        let household_id: String, year: Int, grid_code: String, stars: Int, criteria: String, note: String, reviewed_by: String?, reviewed_at: Int64
        var star: StarHousehold {
            StarHousehold(householdId: household_id, year: year, gridCode: grid_code, stars: stars, criteria: criteria.split(separator: ",").map(String.init),
                          note: note, reviewedBy: reviewed_by, reviewedAt: Date(epochSeconds: reviewed_at))
        }
    }

    /// False when the household was reviewed for that year already.
    func insert(_ s: StarHousehold, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.insert(into: "star_households").columns("household_id", "year", "grid_code", "stars", "criteria", "note", "reviewed_by", "reviewed_at")
            .values(SQLBind(s.householdId), SQLBind(s.year), SQLBind(s.gridCode), SQLBind(s.stars), SQLBind(s.criteria.joined(separator: ",")), SQLBind(s.note),
                    SQLBind(s.reviewedBy), SQLBind(s.reviewedAt.epochSeconds))
            .ignoringConflicts(with: ["household_id", "year"]).returning("household_id").all().count == 1
    }

    func stars(within scope: Scope?, year: Int, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [StarHousehold], total: Int) {
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
            let b = b.from("star_households").where("year", .equal, year)
            return scope.map { b.where("grid_code", within: $0) } ?? b
        }
        let items = try await sql.page(of: "star_households", columns: ["household_id", "year", "grid_code", "stars", "criteria", "note", "reviewed_by", "reviewed_at"],
                                       orderedBy: [("grid_code", .ascending), ("stars", .descending), ("household_id", .ascending)], limit: limit, offset: offset,
                                       decoding: StarRow.self, keyedBy: \.household_id, narrowedBy: { $0.where("year", .equal, year) }, where: filtered).map(\.star)
        return (items, try await sql.listTotal(afterReading: items.count, limit: limit, offset: offset, filtered))
    }
}
