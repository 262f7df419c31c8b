import Kernel
import SQLKit

/// The registry's counts on jurisdiction pages: people under a unit, by population type,
/// counting only what the viewer may see (sealed records only for the roles the law names).
public struct ResidentFigures: UnitFigures {
    let database: Database
    let strings: Strings
    let cache: CountCache

    public init(database: Database, strings: Strings, cache: CountCache) {
        self.database = database
        self.strings = strings
        self.cache = cache
    }

    public func figures(under code: String, for staff: Staff, locale: AppLocale) async throws -> [(label: String, count: Int, href: String?)] {
        guard staff.can(.viewResidents), staff.scope.contains(code) else { return [] }
        let sealedToo = staff.can(.viewSealedRecords)
        let count: @Sendable () async throws -> [String: Int] = { [database] in
            try await database.read { sql in
                var query = sql.select().column("population_type").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                    .from("residents").where("grid_code", within: Scope(rootCode: code))
                if !sealedToo { query = query.where("sealed", .equal, 0) }
                var counts: [String: Int] = [:]
                for row in try await query.groupBy("population_type").all() {
                    counts[try row.decode(column: "population_type", as: String.self)] = try row.decode(column: "n", as: Int.self)
                }
                return counts
            }
        }
        let raw = try await cache.counts(under: code, "residents \(code) \(sealedToo)", count: count)
        var counts: [PopulationType: Int] = [:]
        for (type, n) in raw { if let type = PopulationType(rawValue: type) { counts[type] = n } }
        let total = counts.values.reduce(0, +)
        var figures: [(label: String, count: Int, href: String?)] = [(strings.t("figures_people", locale), total, "/units/\(code)/residents")]
        for type in PopulationType.allCases {
            if let n = counts[type] { figures.append((strings.t(type.labelKey, locale), n, "/units/\(code)/residents?type=\(type.rawValue)")) }
        }
        return figures
    }
}
