import SQLKit

extension SQLDatabase {
    /// A page of a list in keyset order — `column`, then `id`, the same way (`keysetOrder`) — after `cursor` if
    /// there is one (`after`), of the rows of `table` that `filtered` selects (it names the table).
    /// By offset, the offset is walked over the ids alone (the list's index holds every column it reads) and only
    /// the page's rows are then read, by id: walked as rows, every skipped row was read from the table — on
    /// PostgreSQL a page 10,000 into a county's 300,000 petitions read 10,025 of them (112 ms) where its ids alone
    /// are an index-only scan (2.6 ms). Where the caller knows the list's `total` exactly (a kept count), a page nearer
    /// the end than the start is walked from the end, the other way along the same index.
    public func page<Row: Decodable>(of table: String, columns: [String], orderedBy column: String, descending: Bool = false,
                                     nullable: Bool = false, after cursor: ListCursor?, limit: Int, offset: Int, total: Int? = nil, decoding: Row.Type,
                                     where filtered: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [Row] {
        func listed(_ select: SQLSelectBuilder) -> SQLSelectBuilder {
            filtered(select).after(cursor, column, descending: descending).keysetOrder(column, descending: descending)
        }
        if nullable, let cursor {
            precondition(offset == 0, "a page after a cursor has no offset (Paging refuses both)")
            return try await page(after: cursor, nullable: column, descending: descending, columns: columns, limit: limit, decoding: Row.self, where: filtered)
        }
        guard offset > 0 else { return try await listed(select().columns(columns)).limit(limit).all(decoding: Row.self) }
        var ids = listed(select().column("id")).limit(limit).offset(offset)
        if cursor == nil, let total, let end = FromEnd(total: total, limit: limit, offset: offset) {
            guard end.wanted > 0 else { return [] }
            ids = filtered(select().column("id")).keysetOrder(column, descending: !descending).limit(end.wanted).offset(end.offset)
        }
        return try await select().columns(columns).from(table).where(SQLColumn("id"), .in, SQLGroupExpression(ids.select))
            .keysetOrder(column, descending: descending).all(decoding: Row.self)
    }

    /// The page after `cursor` of a list ordered by a `nullable` column: read as the two runs the list is made of, the
    /// rows with a value and those without, each an index range of its own, the second only when the first ends short.
    /// Put as one condition (`(column, id) > (v, id) OR column IS NULL`), PostgreSQL could not start its index
    /// at the cursor and read every row before it: a county's registered petitions 10,000 in by cursor, 67–78 ms (954 ms cold).
    private func page<Row: Decodable>(after cursor: ListCursor, nullable column: String, descending: Bool, columns: [String], limit: Int,
                                      decoding: Row.Type, where filtered: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [Row] {
        precondition(!descending, "a nullable keyset column is ascending")
        let nullsFirst = dialect.name == "sqlite"
        func valued(after cursor: ListCursor?, limit: Int) async throws -> [Row] {
            let rows = filtered(select().columns(columns)).where(column, .isNot, SQLLiteral.null)
            return try await rows.after(cursor, column).keysetOrder(column).limit(limit).all(decoding: Row.self)
        }
        func unvalued(after id: String?, limit: Int) async throws -> [Row] {
            var rows = filtered(select().columns(columns)).where(column, .is, SQLLiteral.null)
            if let id { rows = rows.where("id", .greaterThan, SQLBind(id)) }
            return try await rows.orderBy("id").limit(limit).all(decoding: Row.self)
        }
        // The run the cursor is in, then the run after it, if any: the NULLs come first on SQLite and last on PostgreSQL.
        let first = cursor.value == nil ? try await unvalued(after: cursor.id, limit: limit) : try await valued(after: cursor, limit: limit)
        let followed = cursor.value == nil ? nullsFirst : !nullsFirst
        guard followed, first.count < limit else { return first }
        let rest = cursor.value == nil ? try await valued(after: nil, limit: limit - first.count) : try await unvalued(after: nil, limit: limit - first.count)
        return first + rest
    }

    /// A page of the rows `filtered` selects (it names the table) in `order`, whose last column is the rows' key: one row per
    /// value among the rows listed. Past the first page the skipped rows are walked as keys alone, off the index that holds the
    /// order, and only the page's rows are then read by key, `narrowed` where the key alone names rows outside the list (a
    /// household's stars of other years). On PostgreSQL a county's star households 10,000 in read 10,050 rows for 50. The keys
    /// are bound rather than a subquery (as above), so the read by key is a list of at most a page's keys whatever `narrowed`
    /// adds to it; they are put back in the list's order here. Where the caller knows the list's `total` exactly (a kept
    /// count), a page nearer the end than the start is walked from the end, the other way along the same index: a county's
    /// last page of grids, 10,000 in, walked 10,060 codes (3–4 ms of PostgreSQL) to read 60.
    public func page<Row: Decodable>(of table: String, columns: [String], orderedBy order: [(String, SQLDirection)], limit: Int, offset: Int,
                                     total: Int? = nil, decoding: Row.Type, keyedBy key: (Row) -> String,
                                     narrowedBy narrowed: (SQLSelectBuilder) -> SQLSelectBuilder = { $0 },
                                     where filtered: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [Row] {
        func ordered(_ select: SQLSelectBuilder, reversed: Bool = false) -> SQLSelectBuilder {
            order.reduce(filtered(select)) { $0.orderBy($1.0, reversed ? $1.1.reversed : $1.1) }
        }
        guard offset > 0, let keyColumn = order.last?.0 else { return try await ordered(select().columns(columns)).limit(limit).all(decoding: Row.self) }
        let keys: [String]
        if let total, let end = FromEnd(total: total, limit: limit, offset: offset) {
            guard end.wanted > 0 else { return [] }
            keys = try await ordered(select().column(keyColumn), reversed: true).limit(end.wanted).offset(end.offset)
                .all(decodingColumn: keyColumn, as: String.self).reversed()
        } else {
            keys = try await ordered(select().column(keyColumn)).limit(limit).offset(offset).all(decodingColumn: keyColumn, as: String.self)
        }
        guard !keys.isEmpty else { return [] }
        let rank = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        let rows = try await narrowed(select().columns(columns).from(table).where(keyColumn, .in, keys)).all(decoding: Row.self)
        return rows.sorted { rank[key($0), default: Int.max] < rank[key($1), default: Int.max] }
    }
}

/// A page of `limit` at `offset` in a list of `total` rows, as the same list read backwards: the rows it `wanted` (none past the
/// end) at `offset` from the end. Nil where walking from the start skips fewer rows.
struct FromEnd {
    let wanted: Int, offset: Int

    init?(total: Int, limit: Int, offset: Int) {
        let wanted = max(0, min(limit, total - offset)), fromEnd = max(0, total - offset - wanted)
        guard fromEnd < offset else { return nil }
        (self.wanted, self.offset) = (wanted, fromEnd)
    }
}

extension SQLDirection {
    /// The other way along a list's order (ascending or descending only: a list's order names one of them).
    var reversed: SQLDirection {
        switch self {
        case .ascending: .descending
        case .descending: .ascending
        default: preconditionFailure("a list's order is ascending or descending")
        }
    }
}
