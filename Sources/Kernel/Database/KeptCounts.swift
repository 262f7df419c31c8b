import SQLKit

/// Figures kept as counts in a table while records are written, under a record's unit and every
/// level above it (`UnitLevels`), so a county's figures are read from a few rows per unit below it
/// (per day, where the keys hold one) instead of every record (seconds at a million). Rows are keyed
/// by (`unit_code`, the `keys`); `depth` is the unit code's length, to find the units of one level.
public struct KeptCounts: Sendable {
    public let table: String
    public let keys: [String]
    public let counts: [String]
    /// Counts are kept only under units whose codes are shorter than this (nil: every level, and a record's own unit):
    /// where a unit of that level holds at most a record or two, a row each would copy the records' own table.
    public let shorterThan: Int?

    public init(table: String, keys: [String], counts: [String], shorterThan: Int? = nil) {
        self.table = table
        self.keys = keys
        self.counts = counts
        self.shorterThan = shorterThan
    }

    /// Whether counts are kept under units of codes this long.
    public func keeps(depth: Int) -> Bool { shorterThan.map { depth < $0 } ?? true }

    /// Adds `delta` (one number per count) to the rows of each of `keyValues` under `unit` and the
    /// units above it, in the caller's transaction.
    public func add(_ delta: [Int], unit: String, keyValues: [[any Encodable & Sendable]], on sql: any SQLDatabase) async throws {
        try await add(keyValues.map { ($0, delta) }, unit: unit, on: sql)
    }

    /// Adds each change's `delta` to the row of its `keyValues` under `unit` and the units above it, in the caller's
    /// transaction: a record moving from one key to another (a status) in one statement. The changes in key order, each
    /// key once.
    public func add(_ changes: [(keyValues: [any Encodable & Sendable], delta: [Int])], unit: String, on sql: any SQLDatabase) async throws {
        precondition(changes.allSatisfy { $0.delta.count == counts.count && $0.keyValues.count == keys.count })
        let changes = changes.filter { $0.delta.contains { $0 != 0 } }
        guard !changes.isEmpty else { return }
        // In key order, so two writers on PostgreSQL take the rows' locks in the same order.
        let rows = UnitLevels.units(over: unit).filter { keeps(depth: $0.count) }.flatMap { u in
            changes.map { Row(unit: u, keyValues: $0.keyValues, delta: $0.delta) }
        }
        try await add(rows, on: sql)
    }

    /// The counts of the records within `root` under `keyValues` (zeros when none were counted); nil when none are kept
    /// under units of `root`'s length (a code of no level's length, or a level left out), to be counted from the records.
    public func counts(under root: String, keyValues: [any Encodable & Sendable], on sql: any SQLDatabase) async throws -> [Int]? {
        precondition(keyValues.count == keys.count)
        guard UnitLevels.lengths.contains(root.count), keeps(depth: root.count) else { return nil }
        var select = sql.select().columns(counts).from(table).where("unit_code", .equal, root)
        for (key, value) in zip(keys, keyValues) { select = select.where(key, .equal, SQLBind(value)) }
        guard let row = try await select.first() else { return counts.map { _ in 0 } }
        return try counts.map { try row.decode(column: $0, as: Int.self) }
    }

    /// One row's addition: `unit` is the row's own, not expanded over the levels above it.
    public struct Row: Sendable {
        public let unit: String
        public let keyValues: [any Encodable & Sendable]
        public let delta: [Int]

        public init(unit: String, keyValues: [any Encodable & Sendable], delta: [Int]) {
            self.unit = unit
            self.keyValues = keyValues
            self.delta = delta
        }
    }

    /// Adds each of `rows` to its own row, a few hundred to a statement: many records' counts summed by the caller (each
    /// row's unit and keys once: PostgreSQL refuses a statement that updates one row twice), in the order given.
    public func add(_ rows: [Row], on sql: any SQLDatabase) async throws {
        for start in stride(from: 0, to: rows.count, by: 200) {
            var insert = sql.insert(into: table).columns(["unit_code", "depth"] + keys + counts)
            for row in rows[start..<min(start + 200, rows.count)] {
                precondition(row.delta.count == counts.count && row.keyValues.count == keys.count)
                insert = insert.values([SQLBind(row.unit), SQLBind(row.unit.count)] + row.keyValues.map { SQLBind($0) } + row.delta.map { SQLBind($0) })
            }
            try await insert.onConflict(with: ["unit_code"] + keys) { update in
                var update = update
                for column in counts {
                    update = update.set(column, to: SQLBinaryExpression(SQLColumn(column, table: table), .add, SQLColumn(column, table: "excluded")))
                }
                return update
            }.run()
        }
    }

    /// One way of keying the counted rows when counting from scratch: an expression per key
    /// column, and which of them the rows are grouped by (constants are not).
    public struct Keying {
        public let values: [any SQLExpression]
        public let grouped: [any SQLExpression]

        public init(values: [any SQLExpression], grouped: [any SQLExpression]) {
            self.values = values
            self.grouped = grouped
        }
    }

    /// Empties the table and counts every record of `source` again: `sums` gives each count over a
    /// group of records, for each of `keyings`. For a migration that makes the table, and for
    /// records loaded without their steps (a bench).
    public func recount(from source: String, unitColumn: String = "unit_code", keyings: [Keying], sums: [any SQLExpression],
                        on sql: any SQLDatabase) async throws {
        precondition(sums.count == counts.count)
        try await sql.delete(from: table).run()
        let length = SQLFunction("length", args: SQLColumn(unitColumn))
        var levels: [(unit: any SQLExpression, depth: any SQLExpression, filter: any SQLExpression)] = UnitLevels.lengths.filter(keeps(depth:)).map { n in
            (SQLFunction("substr", args: SQLColumn(unitColumn), SQLLiteral.numeric("1"), SQLLiteral.numeric(String(n))), SQLLiteral.numeric(String(n)),
             SQLBinaryExpression(length, .greaterThanOrEqual, SQLLiteral.numeric(String(n))))
        }
        // Codes of no level's length are counted under themselves too (where every level is kept).
        if shorterThan == nil { levels.append((SQLColumn(unitColumn), length, SQLBinaryExpression(length, .notIn, SQLGroupExpression(UnitLevels.lengths.map { SQLLiteral.numeric(String($0)) })))) }
        for level in levels {
            for keying in keyings {
                var select = sql.select().column(level.unit).column(level.depth).columns(keying.values).columns(sums).from(source).where(level.filter)
                    .groupBy(level.unit)
                for expression in keying.grouped { select = select.groupBy(expression) }
                let insert = sql.insert(into: table).columns(["unit_code", "depth"] + keys + counts)
                insert.insert.valueQuery = select.select
                try await insert.run()
            }
        }
    }

    public struct Sums: Decodable, Sendable {
        public let key: String
        public let values: [Int]

        public init(key: String, values: [Int]) {
            self.key = key
            self.values = values
        }

        struct Name: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Name.self)
            key = try c.decode(String.self, forKey: Name(stringValue: "key"))
            var values: [Int] = []
            for i in 0... {
                guard let v = try c.decodeIfPresent(Int.self, forKey: Name(stringValue: "c\(i)")) else { break }
                values.append(v)
            }
            self.values = values
        }
    }

    /// The counts summed by `key` (a key column or `unit_code`) over the rows `narrowed` selects.
    public func sums(by key: String, on sql: any SQLDatabase, _ narrowed: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [Sums] {
        var select = sql.select().column(SQLColumn(key), as: "key")
        for (i, column) in counts.enumerated() { select = select.column(SQLFunction("SUM", args: SQLColumn(column)), as: "c\(i)") }
        return try await narrowed(select.from(table)).groupBy(key).all(decoding: Sums.self)
    }

    /// `below`, the sums of the units one level below `root`, with a line under `root` itself for what
    /// none of them holds of `total` (records registered at the root's own unit), when there is any.
    public static func withOwn(_ below: [Sums], root: String, total: [Int]) -> [Sums] {
        var own = total
        for row in below { for i in own.indices { own[i] -= row.values[i] } }
        return own.allSatisfy { $0 == 0 } ? below : below + [Sums(key: root, values: own)]
    }

    /// Narrows to the rows of the units one level below `root` (its own when it is a grid).
    public static func below(_ root: String) -> (SQLSelectBuilder) -> SQLSelectBuilder {
        { $0.where("depth", .equal, UnitLevels.childLength(of: root)).where("unit_code", .greaterThanOrEqual, root)
            .where("unit_code", .lessThan, Scope(rootCode: root).upperBound) }
    }
}

/// The lengths of unit codes, from the installation ("") down: province, city, county, street,
/// community, grid.
public enum UnitLevels {
    public static let lengths = [0, 2, 4, 6, 9, 12, 15]

    /// The units a record of `unit` counts under: each level's code above it, and its own.
    public static func units(over unit: String) -> [String] {
        var units = lengths.filter { $0 <= unit.count }.map { String(unit.prefix($0)) }
        if !lengths.contains(unit.count) { units.append(unit) }
        return units
    }

    /// The level below `root` whose units figures list one by one (a county's streets); a grid's own.
    public static func childLength(of root: String) -> Int { lengths.first { $0 > root.count } ?? root.count }

    /// `column`'s unit at the level below `root`: what figures group records by.
    public static func child(_ column: String, of root: String) -> any SQLExpression {
        SQLFunction("substr", args: SQLColumn(column), SQLLiteral.numeric("1"), SQLLiteral.numeric(String(childLength(of: root))))
    }
}
