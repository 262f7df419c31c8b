import SQLKit

extension SQLDatabase {
    /// `SELECT COUNT(*)` over the rows `filter` selects: the `total` beside every paged list.
    public func count(_ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> Int {
        try await filter(select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n"))
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }
}

extension SQLDatabase {
    /// The same count, but it stops at `cap` + 1: a work list of a county's 750,000 open orders
    /// says "more than 10,000" after reading 10,001 index entries instead of all of them.
    /// In a request, a count that stopped there says so again for a while without reading them (`PastCaps`).
    public func count(upTo cap: Int, _ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> Int {
        let inner = filter(select().column(SQLLiteral.numeric("1"), as: "one")).limit(cap + 1)
        let counting = select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(SQLAlias(SQLGroupExpression(inner.select), as: SQLIdentifier("capped")))
        let caps = PastCaps.current, key = caps.map { _ in PastCaps.key(of: counting.query, on: self) }
        if let caps, let key, caps.holds(key) { return cap + 1 }
        let n = try await counting.first()?.decode(column: "n", as: Int.self) ?? 0
        if n > cap, let caps, let key { caps.keep(key) }
        return n
    }

    /// Whether `scope` is walked in a list of `table`: no scope (the whole list, in its order), or a street or wider that
    /// holds more than `few` of its rows. Fewer are counted off the place index (`column` as a range) and read by place and
    /// sorted; walked, a street of the demo's three proposals read the city's 200,000 newest first to fill a page (85–95 ms
    /// at p95), and a street with no orders yet would walk every open order of the city.
    /// `filter` narrows the rows counted to those a partial place index holds.
    public func walks(_ table: String, column: String, within scope: Scope?, few: Int = ListWalk.few,
                      where filter: (SQLSelectBuilder) -> SQLSelectBuilder = { $0 }) async throws -> Bool {
        guard let scope else { return true }
        guard scope.isWalked else { return false }
        return try await count(upTo: few) { filter($0.from(table).where(column, within: scope)) } > few
    }

    /// A list's total as every large list gives it: counted up to `cap` + 1.
    public func listTotal(cap: Int = ListTotal.cap, _ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> Int {
        try await count(upTo: cap, filter)
    }

    /// The same total for a list whose page of `limit` at `offset` has just been read and held `read` rows (nil: a page
    /// read after a cursor, which says nothing of the rows before it): counted only when the page does not tell it
    /// (`ListTotal.known`). A page 10,000 into a county's list walked its 10,050 keys, then counted 10,001 of them again
    /// to say "more than 10,000".
    public func listTotal(cap: Int = ListTotal.cap, afterReading read: Int?, limit: Int, offset: Int,
                          _ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> Int {
        if let read, let known = ListTotal.known(afterReading: read, limit: limit, offset: offset, cap: cap) { return known }
        return try await count(upTo: cap, filter)
    }

    /// A page of a list read as disjoint halves, each off its own index (one query with an OR
    /// between them uses neither): `read` gives a half's first rows in the list's order, merged here
    /// by `order`. Merging holds every half's first `offset + limit` rows, so it pages no deeper than
    /// `cap` (an offset of ten million was ten million rows in memory for one request); a half's total
    /// is counted only when its rows do not tell it (`ListTotal.known`: one that did not fill them is all there).
    public func mergedPage<Item>(of halves: [(SQLSelectBuilder) -> SQLSelectBuilder], limit: Int, offset: Int, cap: Int = ListTotal.cap,
                                 read: ((SQLSelectBuilder) -> SQLSelectBuilder, Int) async throws -> [Item],
                                 by order: (Item, Item) -> Bool) async throws -> (items: [Item], total: Int) {
        var total = 0
        guard offset < cap else {
            for half in halves { total += try await listTotal(cap: cap, half) }
            return ([], min(total, cap + 1))
        }
        let first = offset + limit
        var rows: [Item] = []
        for half in halves {
            let part = try await read(half, first)
            rows += part
            total += try await listTotal(cap: cap, afterReading: part.count, limit: first, offset: 0, half)
        }
        return (Array(rows.sorted(by: order).dropFirst(offset).prefix(limit)), min(total, cap + 1))
    }
}

/// Where the large lists (work orders, cases, residents) stop counting: a total of `cap` + 1
/// means "more than `cap`". Counting a county's millions to print one number read every row.
public enum ListTotal {
    public static let cap = 10_000

    /// Where a text search stops counting: each match counted is a row read and checked, a
    /// road's people were a third of a search's time at 10 million, and whoever gets more than a
    /// thousand people for a search narrows it rather than page through them.
    public static let searchCap = 1_000

    /// Whether a page `offset` rows into a list counted to `total` can hold any: past a counted list's end it cannot, and
    /// reading it walks the list's index to its end for nothing (a street's deep page of one status walked the county's
    /// orders of that status, 469 ms at p95); past the cap the end is not known.
    public static func reaches(_ offset: Int, of total: Int, cap: Int = cap) -> Bool { offset < total || total > cap }

    /// The total a page tells without counting, as `listTotal` would count it: a page short of its `limit` with rows in
    /// it (or the first, empty or not) ends the list, and a full page reaching past `cap` is past it. A full page short of
    /// the cap, or an empty one past the first, says neither.
    public static func known(afterReading read: Int, limit: Int, offset: Int, cap: Int = cap) -> Int? {
        guard limit > 0, read <= limit else { return nil }
        if read < limit, read > 0 || offset == 0 { return min(offset + read, cap + 1) }
        return read > 0 && offset + read > cap ? cap + 1 : nil
    }

    /// The total as a pager prints it: "10000+" once counting stopped.
    public static func label(_ total: Int, cap: Int = cap) -> String { total > cap ? "\(cap)+" : String(total) }
}

/// How many of a list's rows a street or county may hold and still be read by place rather than walked
/// (`SQLDatabase.walks`). A task-local so that tests can walk the few rows they hold (0: every scope with a row is walked).
public enum ListWalk {
    @TaskLocal public static var few = 2_000
}
