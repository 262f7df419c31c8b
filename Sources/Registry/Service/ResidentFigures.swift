import Kernel
import SQLKit

/// The registry's counts on jurisdiction pages: people under a unit, by population type,
/// counting only what the viewer may see (sealed records only for the roles the law names).
public struct ResidentFigures: UnitFigures {
    let database: Database
    let strings: Strings

    public init(database: Database, strings: Strings) {
        self.database = database
        self.strings = strings
    }

    public func figures(under code: String, for staff: Staff, locale: AppLocale) async throws -> [(label: String, count: Int, href: String?)] {
        guard staff.can(.viewResidents), staff.scope.contains(code) else { return [] }
        let rows = try await database.read { sql in
            var query = sql.select().column("population_type").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("residents").where("grid_code", within: Scope(rootCode: code))
            if !staff.can(.viewSealedRecords) { query = query.where("sealed", .equal, 0) }
            return try await query.groupBy("population_type").all()
        }
        var counts: [PopulationType: Int] = [:]
        for row in rows {
            if let type = PopulationType(rawValue: try row.decode(column: "population_type", as: String.self)) {
                counts[type] = try row.decode(column: "n", as: Int.self)
            }
        }
        let total = counts.values.reduce(0, +)
        var figures: [(label: String, count: Int, href: String?)] = [(strings.t("figures_people", locale), total, "/units/\(code)/residents")]
        for type in PopulationType.allCases {
            if let n = counts[type] { figures.append((strings.t(type.labelKey, locale), n, "/units/\(code)/residents?type=\(type.rawValue)")) }
        }
        return figures
    }
}
