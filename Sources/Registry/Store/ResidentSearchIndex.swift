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

    /// How many people's names the index holds.
    public static func indexedNames(on sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLDistinct(SQLColumn("resident_id"))), as: "n").from(nameTable)
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The distinct bigrams of `text`, ASCII letters lower-cased (SQLite's `LIKE` ignores ASCII case
    /// and only ASCII case, so the index must too). Fewer than two characters have none.
    static func bigrams(_ text: String) -> [String] { grams(text, length: 2) }

    /// The distinct runs of `length` code points of `text`, ASCII letters lower-cased: `LIKE`
    /// compares code points, so a text inside another is a run of its code points. Works on the
    /// UTF-8 bytes (an import cuts some twenty of these a person).
    static func grams(_ text: String, length: Int) -> [String] {
        var bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 0x20 }
        // Where each code point starts (every byte but UTF-8's 10xxxxxx continuations), then the end.
        var starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
        guard starts.count >= length else { return [] }
        starts.append(bytes.count)
        var runs: [ArraySlice<UInt8>] = []
        for i in 0..<(starts.count - length) {
            let run = bytes[starts[i]..<starts[i + length]]
            if !runs.contains(run) { runs.append(run) }
        }
        return runs.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The terms of a text indexed per place (an address per grid, a house's owner and number per building): its
    /// bigrams, and its trigrams, which a search of three characters or more reads instead (`placeTerms(searched:)`).
    /// Every address holds 路1, 12 and 2号 somewhere (its flats are 101 to 130), but only the grids of building 12 hold 路12.
    static func terms(_ text: String) -> [String] { grams(text, length: 2) + grams(text, length: 3) }

    /// A search's text as the row check's pattern matches it (without its % and _), cut into its first 16 runs of
    /// `length`: any subset of the text's terms still finds every match (the rows are checked), and a pasted page of
    /// text must not become thousands of bound values.
    static func searched(_ text: String, length: Int) -> [String] {
        Array(grams(String(containsPattern(text).dropFirst().dropLast()), length: length).prefix(16))
    }

    /// The terms a search looks for in a place's index: its trigrams, or its bigram when it is two characters;
    /// none when it is shorter.
    static func placeTerms(searched text: String) -> [String] {
        let trigrams = searched(text, length: 3)
        return trigrams.isEmpty ? searched(text, length: 2) : trigrams
    }

    /// Those `selected` of `table` whose rows in `scope` (by `coded`) hold every one of `terms`.
    static func holdingAll(_ terms: [String], select selected: String, from table: String, coded: String = "grid_code",
                           within scope: Scope) -> any SQLExpression {
        SQLSubquery.select { $0
            .column(selected).from(table)
            .where("term", .in, terms).where(coded, within: scope)
            .groupBy(selected).having(SQLFunction("COUNT", args: SQLDistinct(SQLColumn("term"))), .equal, SQLBind(terms.count))
        }
    }

    /// What the index reads of a resident.
    struct Entry: Decodable, Sendable {
        let id: String, name: String, current_address: String, grid_code: String

        /// The residents' columns an entry is read from.
        static let columns = ["id", "name", "current_address", "grid_code"]

        init(_ r: Resident) { (id, name, current_address, grid_code) = (r.id, r.name, r.currentAddress, r.gridCode) }
    }

    /// The address terms already written by one run of writes (an import, the backfill): a grid's
    /// people share them, so without this every chunk would write them again and each would be
    /// refused as a duplicate (most of what the index cost an import). Keys are bytes: hashing a
    /// Chinese `String` normalizes it first, which made this most of an import's writer's time.
    final class Written: Sendable {
        struct Key: Hashable {
            let bytes: [UInt8]

            init(_ parts: String...) {
                var bytes: [UInt8] = []
                for (i, part) in parts.enumerated() {
                    if i > 0 { bytes.append(0) }
                    bytes.append(contentsOf: part.utf8)
                }
                self.bytes = bytes
            }

            func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
        }

        /// (code, text) pairs seen, so an address shared by a household is cut once; (term, code) pairs written.
        let keys = Mutex<(texts: Set<Key>, terms: Set<Key>)>(([], []))

        /// The rows (term, code) of the texts' terms, as `cut` gives them, not written before at their code (one lock
        /// for the lot: an import's chunk is half a million texts).
        func unwritten(_ texts: [(code: String, text: String)], cut: (String) -> [String] = terms) -> [[BulkValue]] {
            keys.withLock { seen in
                var rows: [[BulkValue]] = []
                for (code, text) in texts where seen.texts.insert(.init(code, text)).inserted {
                    for term in cut(text) where seen.terms.insert(.init(term, code)).inserted { rows.append([.text(term), .text(code)]) }
                }
                return rows
            }
        }
    }

    /// The rows of `entries`' names in key order: one chunk's entries land on neighbouring pages.
    static func nameRows(_ entries: [Entry]) -> [[BulkValue]] {
        // Sorted as tuples, not as rows: comparing arrays of values was a tenth of an import's time.
        var keys: [(term: String, grid: String, id: String)] = []
        for e in entries { for term in bigrams(e.name) { keys.append((term, e.grid_code, e.id)) } }
        keys.sort { a, b in
            a.term != b.term ? precedes(a.term, b.term) : a.grid != b.grid ? precedes(a.grid, b.grid) : precedes(a.id, b.id)
        }
        return keys.map { [.text($0.term), .text($0.grid), .text($0.id)] }
    }

    /// The address terms of `entries`' grids that `written` has not seen, in key order.
    static func addressRows(_ entries: [Entry], written: Written) -> [[BulkValue]] {
        written.unwritten(entries.map { ($0.grid_code, $0.current_address) }).sorted(by: keyOrder)
    }

    /// Indexes `residents` (new, renamed, moved or re-addressed) with the query builder.
    func add(_ residents: [Resident], on sql: any SQLDatabase) async throws {
        try await add(residents.map(Entry.init), written: Written(), on: sql)
    }

    func add(_ entries: [Entry], written: Written, on sql: any SQLDatabase) async throws {
        for (table, columns, rows) in [(Self.nameTable, Self.nameColumns, Self.nameRows(entries)),
                                       (Self.addressTable, Self.addressColumns, Self.addressRows(entries, written: written))] {
            for chunk in rows.chunked(by: 1_000) {
                var insert = sql.insert(into: table).columns(columns)
                for row in chunk { insert = insert.values(row.map(\.bind)) }
                try await insert.ignoringConflicts(with: columns).run()
            }
        }
    }

    /// An import chunk's index rows, built before its transaction and written inside it.
    struct Rows: Sendable {
        let names: [[BulkValue]], addresses: [[BulkValue]]

        init(_ residents: [Resident], written: Written) {
            let entries = residents.map(Entry.init)
            (names, addresses) = (ResidentSearchIndex.nameRows(entries), ResidentSearchIndex.addressRows(entries, written: written))
        }

        /// Writes the rows with the bulk writer; names only of the residents in `keeping` when given (those
        /// the chunk inserted). Address terms of a grid are kept whoever brought them: an extra one only
        /// costs a look-up, and the set of written terms already counts them.
        func write(keeping ids: Set<String>?, using database: Database, on sql: any SQLDatabase) async throws {
            let names = ids.map { ids in self.names.filter { if case .text(let id) = $0[2] { ids.contains(id) } else { false } } } ?? self.names
            _ = try await database.insertNew(into: nameTable, columns: nameColumns, rows: names, conflictKeys: nameColumns, on: sql)
            _ = try await database.insertNew(into: addressTable, columns: addressColumns, rows: addresses, conflictKeys: addressColumns, on: sql)
        }
    }

    static func keyOrder(_ a: [BulkValue], _ b: [BulkValue]) -> Bool {
        for (x, y) in zip(a, b) where x != y {
            if case .text(let l) = x, case .text(let r) = y { return precedes(l, r) }
        }
        return false
    }

    /// Code-point order, as SQLite's and PostgreSQL's "C" collation keep a key: UTF-8's byte order
    /// is code-point order, and needs no normalization, unlike `String`'s `<`.
    static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// Where a search's matches may be, as two sub-selects (nil when `text` is too short for the
    /// index: the caller scans instead). Every term of the text must be present: `names`, the ids of
    /// the people whose name's bigrams hold them; `grids`, the grids whose addresses' terms hold them,
    /// whose people's own addresses are then checked. Kept apart so each half is read off its own
    /// index: one `IN` of both unioned read every match of a county's road (150,000 ids) for a
    /// first page of fifty.
    static func candidates(_ text: String, within scope: Scope) -> (names: any SQLExpression, grids: any SQLExpression)? {
        let terms = searched(text, length: 2)
        guard !terms.isEmpty else { return nil }
        return (holdingAll(terms, select: "resident_id", from: nameTable, within: scope),
                holdingAll(placeTerms(searched: text), select: "grid_code", from: addressTable, within: scope))
    }

    /// Indexes the residents of `ids` as they are now (after a household moved them).
    func reindex(_ ids: [String], on sql: any SQLDatabase) async throws {
        guard !ids.isEmpty else { return }
        try await add(try await sql.select().columns(Entry.columns).from("residents")
            .where("id", .in, ids).all(decoding: Entry.self), written: Written(), on: sql)
    }

    /// Indexes every resident already registered, a chunk at a time in id order.
    static func backfill(on sql: any SQLDatabase) async throws {
        var after = ""
        let written = Written()
        while true {
            let chunk = try await sql.select().columns(Entry.columns).from("residents")
                .where("id", .greaterThan, after).orderBy("id").limit(5_000).all(decoding: Entry.self)
            guard let last = chunk.last else { return }
            try await ResidentSearchIndex().add(chunk, written: written, on: sql)
            after = last.id
        }
    }
}
