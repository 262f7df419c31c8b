import Foundation
import Kernel
import SQLKit

/// The house list's search index: the pairs and triples of characters of every owner and house number, per building
/// (a building's flats share their numbers' digits and most of its owners' terms, so a building holds a few hundred
/// terms where a per-house index would hold ten a house). A search reads the buildings holding every term of its text
/// in list order, and checks their houses against the row: without it a county's search read every house (1–1.8 s at
/// a million houses). Like the residents' index it only narrows, so entries are only added.
public enum HouseSearchIndex {
    static let table = "house_terms", columns = ["term", "building_code"]

    /// What the index reads of a house.
    struct Entry: Decodable, Sendable {
        let building_code: String, owner: String, number: String

        static let columns = ["building_code", "owner", "number"]
    }

    /// The rows of `entries`' terms that `written` has not seen, in key order.
    static func rows(_ entries: [Entry], written: ResidentSearchIndex.Written) -> [[BulkValue]] {
        entries.flatMap { written.unwritten($0.owner, at: $0.building_code) + written.unwritten($0.number, at: $0.building_code) }
            .sorted(by: ResidentSearchIndex.keyOrder)
    }

    /// Indexes `houses` (new or edited) with the query builder.
    static func add(_ houses: [House], on sql: any SQLDatabase) async throws {
        try await add(houses.map(Entry.init), written: .init(), on: sql)
    }

    static func add(_ entries: [Entry], written: ResidentSearchIndex.Written, on sql: any SQLDatabase) async throws {
        for chunk in rows(entries, written: written).chunked(by: 1_000) {
            var insert = sql.insert(into: table).columns(columns)
            for row in chunk { insert = insert.values(row.map(\.bind)) }
            try await insert.ignoringConflicts(with: columns).run()
        }
    }

    /// The buildings in `scope` whose houses may hold `text` in their owner or number, as a sub-select; nil when the
    /// text is one character (the caller reads the houses instead).
    static func buildings(holding text: String, within scope: Scope) -> (any SQLExpression)? {
        let terms = ResidentSearchIndex.placeTerms(searched: text)
        guard !terms.isEmpty else { return nil }
        return ResidentSearchIndex.holdingAll(terms, select: "building_code", from: table, coded: "building_code", within: scope)
    }

    /// Indexes every house already registered, a chunk at a time in id order (the upgrade; the bench's loader).
    public static func backfill(on sql: any SQLDatabase) async throws {
        struct Keyed: Decodable { let id: String, building_code: String, owner: String, number: String }
        var after = ""
        let written = ResidentSearchIndex.Written()
        while true {
            let chunk = try await sql.select().column("id").columns(Entry.columns).from("houses")
                .where("id", .greaterThan, after).orderBy("id").limit(5_000).all(decoding: Keyed.self)
            guard let last = chunk.last else { return }
            try await add(chunk.map { Entry(building_code: $0.building_code, owner: $0.owner, number: $0.number) }, written: written, on: sql)
            after = last.id
        }
    }
}

extension HouseSearchIndex.Entry {
    init(_ h: House) { self.init(building_code: h.buildingCode, owner: h.owner, number: h.number) }
}
