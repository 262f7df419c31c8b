import Kernel
import SQLKit

/// How many units of each level lie under every unit (and the installation, ''), kept as counts (`KeptCounts`) while units
/// are added: a county's grid count is one row, where counting them read all 10,060 of its grids (3–4 ms of PostgreSQL for
/// every page of the grid list and every look at a county's screening round, which list its grids). A unit's code and level
/// never change and units are not removed, so adding is all the upkeep there is.
enum UnitTallies {
    static let table = "unit_tallies"
    static let kept = KeptCounts(table: table, keys: ["level"], counts: ["n"])

    /// Adds `units`, just inserted, to the counts of every unit above them (and their own), in the caller's transaction.
    static func add(_ units: [JurisdictionUnit], on sql: any SQLDatabase) async throws {
        struct Key: Hashable, Comparable {
            let unit: String, level: String
            static func < (a: Key, b: Key) -> Bool { (a.unit, a.level) < (b.unit, b.level) }
        }
        var sums: [Key: Int] = [:]
        for unit in units {
            for over in UnitLevels.units(over: unit.code) { sums[Key(unit: over, level: unit.level.rawValue), default: 0] += 1 }
        }
        // In key order, so two writers on PostgreSQL take the rows' locks in the same order.
        try await kept.add(sums.sorted { $0.key < $1.key }.map { KeptCounts.Row(unit: $0.key.unit, keyValues: [$0.key.level], delta: [$0.value]) }, on: sql)
    }

    /// The units of `level` whose codes begin with `root`; nil when `root` is of no unit level's length (counted then from the units).
    static func count(level: String, under root: String, on sql: any SQLDatabase) async throws -> Int? {
        try await kept.counts(under: root, keyValues: [level], on: sql)?[0]
    }

    /// Counts every unit again: the migration that made the table.
    static func recount(on sql: any SQLDatabase) async throws {
        try await kept.recount(from: "units", unitColumn: "code", keyings: [.init(values: [SQLColumn("level")], grouped: [SQLColumn("level")])],
                               sums: [SQLFunction("COUNT", args: SQLLiteral.all)], on: sql)
    }
}
