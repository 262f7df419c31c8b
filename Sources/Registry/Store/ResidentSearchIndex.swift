import Foundation
import Kernel
import SQLKit
import Synchronization

/// The search box's index: every pair of adjacent characters (a bigram) of a resident's name,
/// per resident, and every pair and triple of the current addresses, per grid. Chinese names are two to four
/// characters and searched by two (`张伟`), too short for trigram indexes; a bigram index
/// answers any search of two or more characters.
///
/// The index only narrows: a search reads the candidates it names and then checks every one
/// against the row with `LIKE`, so an entry left behind by a rename or a move costs a look-up
/// but never shows a wrong person. Entries are therefore only added, never deleted.
/// Addresses are indexed per grid, not per person: the people of one grid live at a few dozen
/// addresses, so a grid's address bigrams are a few hundred rows where a per-person index
/// would be twenty rows a person.
public struct ResidentSearchIndex: Sendable {
    public init() {}

    static let nameTable = "resident_name_terms", addressTable = "resident_address_terms"
    static let nameColumns = ["term", "grid_code", "resident_id"], addressColumns = ["term", "grid_code"]

    /// The distinct bigrams of `text`, lower-cased (SQLite's `LIKE` ignores ASCII case, so the
    /// index must too). Fewer than two characters have none.
    static func bigrams(_ text: String) -> [String] { grams(text, length: 2) }

    /// The distinct runs of `length` characters of `text`, lower-cased.
    static func grams(_ text: String, length: Int) -> [String] {
        let characters = Array(text.lowercased())
        guard characters.count >= length else { return [] }
        var seen = Set<String>()
        return (0...(characters.count - length)).map { String(characters[$0..<$0 + length]) }.filter { seen.insert($0).inserted }
    }

    /// An address's terms: its bigrams, and its trigrams, which a search of three characters or more
    /// reads instead. Every address holds 路1, 12 and 2号 somewhere (its flats are 101 to 130), but
    /// only the grids of building 12 hold 路12.
    static func addressTerms(_ text: String) -> [String] { grams(text, length: 2) + grams(text, length: 3) }

    /// What the index reads of a resident.
    struct Entry: Decodable, Sendable {
        let id: String, name: String, current_address: String, grid_code: String

        init(_ r: Resident) { (id, name, current_address, grid_code) = (r.id, r.name, r.currentAddress, r.gridCode) }
    }

    /// The address terms already written by one run of writes (an import, the backfill): a grid's
    /// people share them, so without this every chunk would write them again and each would be
    /// refused as a duplicate (most of what the index cost an import).
    final class Written: Sendable {
        let keys = Mutex<Set<String>>([])
    }

    /// The rows for `entries` in key order: their names' bigrams, and the address terms of their
    /// grids that `written` has not seen.
    static func rows(_ entries: [Entry], written: Written) -> (names: [[BulkValue]], addresses: [[BulkValue]]) {
        var names: [[BulkValue]] = [], addresses: [[BulkValue]] = []
        written.keys.withLock { seen in
            for e in entries {
                for term in bigrams(e.name) { names.append([.text(term), .text(e.grid_code), .text(e.id)]) }
                for term in addressTerms(e.current_address) where seen.insert(term + "\u{0}" + e.grid_code).inserted {
                    addresses.append([.text(term), .text(e.grid_code)])
                }
            }
        }
        // One chunk's entries land on neighbouring pages.
        return (names.sorted(by: keyOrder), addresses.sorted(by: keyOrder))
    }

    /// Indexes `residents` (new, renamed, moved or re-addressed) with the query builder.
    func add(_ residents: [Resident], on sql: any SQLDatabase) async throws {
        try await add(residents.map(Entry.init), written: Written(), on: sql)
    }

    func add(_ entries: [Entry], written: Written, on sql: any SQLDatabase) async throws {
        try await write(entries, written: written) { table, columns, rows in
            for chunk in rows.chunked(by: 1_000) {
                var insert = sql.insert(into: table).columns(columns)
                for row in chunk { insert = insert.values(row.map(\.bind)) }
                try await insert.ignoringConflicts(with: columns).run()
            }
        }
    }

    /// Indexes `residents` with the bulk writer, as imports write their rows.
    func add(_ residents: [Resident], using database: Database, written: Written, on sql: any SQLDatabase) async throws {
        try await write(residents.map(Entry.init), written: written) { table, columns, rows in
            _ = try await database.insertNew(into: table, columns: columns, rows: rows, conflictKeys: columns, on: sql)
        }
    }

    /// Both tables' rows for `entries`, each table's handed to `insert` (entries already there are left alone).
    private func write(_ entries: [Entry], written: Written,
                       insert: (_ table: String, _ columns: [String], _ rows: [[BulkValue]]) async throws -> Void) async throws {
        let (names, addresses) = Self.rows(entries, written: written)
        try await insert(Self.nameTable, Self.nameColumns, names)
        try await insert(Self.addressTable, Self.addressColumns, addresses)
    }

    static func keyOrder(_ a: [BulkValue], _ b: [BulkValue]) -> Bool {
        for (x, y) in zip(a, b) where x != y {
            // Code-point order, as SQLite's and PostgreSQL's "C" collation keep the key.
            if case .text(let l) = x, case .text(let r) = y { return l < r }
        }
        return false
    }

    /// The ids of the residents in `scope` whose name or current address may contain `text`
    /// (nil when `text` is too short for the index: the caller scans instead). Every term of the
    /// text must be present: a person by their name's bigrams, or anyone in a grid by its
    /// addresses' bigrams whose own address then matches.
    static func candidates(_ text: String, within scope: Scope) -> (any SQLExpression)? {
        // The text as the row check's pattern matches it (without its % and _).
        // At most 16 terms: any subset of the text's terms still finds every match (the rows are
        // checked), and a pasted page of text must not become thousands of bound values.
        let text = String(containsPattern(text).dropFirst().dropLast()), terms = Array(bigrams(text).prefix(16))
        guard !terms.isEmpty else { return nil }
        let trigrams = Array(grams(text, length: 3).prefix(16)), addressTerms = trigrams.isEmpty ? terms : trigrams
        let allTerms = SQLFunction("COUNT", args: SQLDistinct(SQLColumn("term")))
        return SQLSubquery.union { $0
            .column("resident_id").from(nameTable)
            .where("term", .in, terms).where("grid_code", within: scope)
            .groupBy("resident_id").having(allTerms, .equal, SQLBind(terms.count))
        }
        .union(distinct: { $0
            .column("id").from("residents")
            .where("grid_code", .in, SQLSubquery.select { $0
                .column("grid_code").from(addressTable)
                .where("term", .in, addressTerms).where("grid_code", within: scope)
                .groupBy("grid_code").having(allTerms, .equal, SQLBind(addressTerms.count))
            })
            .where("current_address", .like, SQLBind(containsPattern(text)))
        })
        .finish()
    }

    /// Indexes the residents of `ids` as they are now (after a household moved them).
    func reindex(_ ids: [String], on sql: any SQLDatabase) async throws {
        guard !ids.isEmpty else { return }
        try await add(try await sql.select().columns("id", "name", "current_address", "grid_code").from("residents")
            .where("id", .in, ids).all(decoding: Entry.self), written: Written(), on: sql)
    }

    /// Indexes every resident already registered, a chunk at a time in id order.
    static func backfill(on sql: any SQLDatabase) async throws {
        var after = ""
        let written = Written()
        while true {
            let chunk = try await sql.select().columns("id", "name", "current_address", "grid_code").from("residents")
                .where("id", .greaterThan, after).orderBy("id").limit(5_000).all(decoding: Entry.self)
            guard let last = chunk.last else { return }
            try await ResidentSearchIndex().add(chunk, written: written, on: sql)
            after = last.id
        }
    }
}
