import Foundation
import Kernel
import SQLKit

/// A search index of short texts per place: the characters, pairs and triples of characters of every household's
/// address and organisation's name per grid, of every house's owner and number per building. A place's texts share most
/// of their terms (a grid's households live in a few dozen buildings of one road; a building's flats share their
/// numbers' digits), so a place holds a few hundred terms where an index per row would hold a dozen a row, and can
/// afford its single characters, which the residents' names (per person) cannot. A search reads the places holding
/// every term of its text, in list order where the list is ordered by place, and checks their rows against the text;
/// like the residents' index it only narrows, so entries are only added (a renamed owner's old terms cost a look-up,
/// never a wrong row).
public struct PlaceTermIndex: Sendable {
    /// The index's table, and the column of the place's code (in both tables).
    let table: String, coded: String
    /// The table indexed and its columns whose text is cut into terms.
    let source: String, fields: [String]

    var columns: [String] { ["term", coded] }

    /// A house's owner and number, per building.
    public static let houses = PlaceTermIndex(table: "house_terms", coded: "building_code", source: "houses", fields: ["owner", "number"])
    /// A household's address, per grid.
    public static let households = PlaceTermIndex(table: "household_terms", coded: "grid_code", source: "households", fields: ["address"])
    /// An organisation's name, per grid.
    public static let organisations = PlaceTermIndex(table: "organisation_terms", coded: "grid_code", source: "organisations", fields: ["name"])

    /// The table, keyed for "this term inside this code range" as the residents' terms are (registry_0010): codes in
    /// byte order on PostgreSQL, and on SQLite without a rowid (half the size). A statement of this file, no input in it.
    func create(_ kind: DatabaseKind, on sql: any SQLDatabase) async throws {
        let code = kind == .postgres ? "TEXT COLLATE \"C\"" : "TEXT", rowid = kind == .sqlite ? " WITHOUT ROWID" : ""
        try await sql.raw(SQLQueryString("CREATE TABLE \(unsafeRaw: table) (term TEXT NOT NULL, \(unsafeRaw: coded) \(unsafeRaw: code) NOT NULL, PRIMARY KEY (term, \(unsafeRaw: coded)))\(unsafeRaw: rowid)")).run()
    }

    /// A text's terms: its characters, and its pairs and triples as an address's.
    func terms(_ text: String) -> [String] {
        ResidentSearchIndex.grams(text, length: 1) + ResidentSearchIndex.terms(text)
    }

    /// The rows of `texts`' terms that `written` has not seen, in key order.
    func rows(_ texts: [(code: String, text: String)], written: ResidentSearchIndex.Written) -> [[BulkValue]] {
        written.unwritten(texts, cut: terms).sorted(by: ResidentSearchIndex.keyOrder)
    }

    /// Indexes `texts` (of rows new or edited) with the query builder.
    func add(_ texts: [(code: String, text: String)], written: ResidentSearchIndex.Written = .init(), on sql: any SQLDatabase) async throws {
        for chunk in rows(texts, written: written).chunked(by: 1_000) {
            var insert = sql.insert(into: table).columns(columns)
            for row in chunk { insert = insert.values(row.map(\.bind)) }
            try await insert.ignoringConflicts(with: columns).run()
        }
    }

    /// Writes `rows` (built before the transaction) with the bulk writer.
    func write(_ rows: [[BulkValue]], using database: Database, on sql: any SQLDatabase) async throws {
        _ = try await database.insertNew(into: table, columns: columns, rows: rows, conflictKeys: columns, on: sql)
    }

    /// The places in `scope` whose texts may hold `text`, as a sub-select: by its triples, its pair, or its one
    /// character; nil when it has none (`%`, which every row holds).
    func places(holding text: String, within scope: Scope) -> (any SQLExpression)? {
        var terms = ResidentSearchIndex.placeTerms(searched: text)
        if terms.isEmpty { terms = ResidentSearchIndex.searched(text, length: 1) }
        guard !terms.isEmpty else { return nil }
        // One term is its own range, not a group of it: PostgreSQL guesses a group's count at a few rows whatever the term,
        // so for a common pair (幸福, in a fifth of a county's grids) it read every organisation that matched to sort them,
        // where the range's own estimate lets it walk the list's index to its first page (11.3 + 4.0 ms for page and count,
        // 3.6 + 1.6 so). The residents' index keeps the group: its candidates are people, and that small guess is what sends
        // a search of one type to them by id (guessed from the range, it walked the type's index: 1 s at p95).
        if terms.count == 1 {
            return SQLSubquery.select { $0.column(coded).from(table).where("term", .equal, terms[0]).where(coded, within: scope) }
        }
        return ResidentSearchIndex.holdingAll(terms, select: coded, from: table, coded: coded, within: scope)
    }

    /// The same places read first when they are at most `few`, for a list to be given them bound; nil when there are more, or
    /// no term. Left to `places(holding:)`'s sub-select, PostgreSQL guessed a term no house holds (幸福, 0 of 200,000 houses'
    /// owners and numbers) at hundreds of buildings and read every house of the county to match and sort them: a county's
    /// house search took 280–630 ms at p95 at 8 connections, and nothing at all was found.
    func places(holding text: String, within scope: Scope, atMost few: Int, on sql: any SQLDatabase) async throws -> [String]? {
        guard let places = places(holding: text, within: scope) else { return nil }
        let codes = try await sql.select().column(coded).from(SQLAlias(places, as: SQLIdentifier("held"))).limit(few + 1)
            .all(decodingColumn: coded, as: String.self)
        return codes.count > few ? nil : codes
    }

    /// Indexes every row of `source` already registered, a chunk at a time in id order (the upgrade, the bench's loaders).
    public func backfill(on sql: any SQLDatabase) async throws {
        var after = ""
        let written = ResidentSearchIndex.Written()
        while true {
            let chunk = try await sql.select().column("id").column(coded).columns(fields).from(source)
                .where("id", .greaterThan, after).orderBy("id").limit(5_000).all()
            guard let last = chunk.last else { return }
            var texts: [(code: String, text: String)] = []
            for row in chunk {
                let code = try row.decode(column: coded, as: String.self)
                for field in fields { texts.append((code, try row.decode(column: field, as: String.self))) }
            }
            try await add(texts, written: written, on: sql)
            after = try last.decode(column: "id", as: String.self)
        }
    }
}

// What each index holds of a row: its `fields`, at its place.

extension House {
    var indexedTexts: [(code: String, text: String)] { [(buildingCode, owner), (buildingCode, number)] }
}

extension Household {
    var indexedTexts: [(code: String, text: String)] { [(gridCode, address)] }
}

extension Organisation {
    var indexedTexts: [(code: String, text: String)] { [(gridCode, name)] }
}
