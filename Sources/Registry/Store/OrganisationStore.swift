import Foundation
import Kernel
import SQLKit

/// SQL for organisations, always within a scope.
public struct OrganisationStore: Sendable {
    public init() {}

    static let columns = ["id", "name", "credit_code", "kind", "legal_representative", "address", "grid_code"]

    struct Row: Decodable {
        let id: String, name: String, credit_code: String, kind: String, legal_representative: String, address: String, grid_code: String

        var organisation: Organisation {
            Organisation(id: id, name: name, creditCode: credit_code, kind: OrganisationKind(rawValue: kind) ?? .enterprise,
                         legalRepresentative: legal_representative, address: address, gridCode: grid_code)
        }
    }

    public func find(id: String, on sql: any SQLDatabase) async throws -> Organisation? {
        try await sql.select().columns(Self.columns).from("organisations").where("id", .equal, id).first(decoding: Row.self)?.organisation
    }

    public func update(_ o: Organisation, on sql: any SQLDatabase) async throws {
        try await sql.update("organisations").set("name", to: o.name).set("credit_code", to: o.creditCode).set("kind", to: o.kind.rawValue)
            .set("legal_representative", to: o.legalRepresentative).set("address", to: o.address).set("grid_code", to: o.gridCode)
            .where("id", .equal, o.id).run()
    }

    public func find(creditCode: String, on sql: any SQLDatabase) async throws -> Organisation? {
        try await sql.select().columns(Self.columns).from("organisations").where("credit_code", .equal, creditCode)
            .first(decoding: Row.self)?.organisation
    }

    public func list(within scope: Scope, kind: OrganisationKind?, name: String?, limit: Int, offset: Int,
                     on sql: any SQLDatabase) async throws -> (items: [Organisation], total: Int) {
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            var builder = builder.from("organisations").where("grid_code", within: scope)
            if let kind { builder = builder.where("kind", .equal, kind.rawValue) }
            if let name, !name.isEmpty {
                // The grids whose organisations' names hold its terms, their organisations checked.
                if let grids = PlaceTermIndex.organisations.places(holding: name, within: scope) { builder = builder.where("grid_code", .in, grids) }
                builder = builder.where(SQLColumn("name"), .like, SQLBind(containsPattern(name)))
            }
            return builder
        }
        // Past the first page the skipped organisations are walked as ids alone, off the index in list order (registry_0020):
        // read whole, a county's page 10,000 in read 10,050 of them on PostgreSQL (35 ms alone; 9 ms as ids, cold).
        let items = try await sql.page(of: "organisations", columns: Self.columns, orderedBy: [("grid_code", .ascending), ("name", .ascending), ("id", .ascending)],
                                       limit: limit, offset: offset, decoding: Row.self, keyedBy: \.id, where: filtered).map(\.organisation)
        // Counted up to the cap, as every list is (a search's sooner).
        return (items, try await sql.listTotal(cap: name?.isEmpty == false ? ListTotal.searchCap : ListTotal.cap, afterReading: items.count, limit: limit,
                                               offset: offset, filtered))
    }

    static let insertColumns = columns + ["created_at"]

    /// An organisation as the values of `insertColumns`.
    static func bulkRow(_ o: Organisation, at now: Date) -> [BulkValue] {
        [.text(o.id), .text(o.name), .text(o.creditCode), .text(o.kind.rawValue), .text(o.legalRepresentative), .text(o.address),
         .text(o.gridCode), .integer(Int(now.epochSeconds))]
    }

    public func insert(_ organisations: [Organisation], at now: Date, on sql: any SQLDatabase) async throws {
        for chunk in organisations.chunked(by: 500) {
            var insert = sql.insert(into: "organisations").columns(Self.insertColumns)
            for o in chunk { insert = insert.values(Self.bulkRow(o, at: now).map(\.bind)) }
            try await insert.run()
        }
        try await PlaceTermIndex.organisations.add(organisations.flatMap(\.indexedTexts), on: sql)
    }

    /// Of `ids`, the organisations in `scope`.
    func known(_ ids: [String], within scope: Scope, on sql: any SQLDatabase) async throws -> [String] {
        try await sql.select().column("id").from("organisations").where("id", .in, ids).where("grid_code", within: scope)
            .all(decodingColumn: "id", as: String.self)
    }
}
