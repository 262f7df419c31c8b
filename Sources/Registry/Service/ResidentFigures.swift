import Kernel

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
            try await database.read { try await ResidentStore().countsByType(under: code, sealedToo: sealedToo, on: $0) }
        }
        let raw = try await cache.counts(under: code, "residents \(code) \(sealedToo)", count: count)
        var counts: [PopulationType: Int] = [:]
        for (type, n) in raw { if let type = PopulationType(rawValue: type) { counts[type] = n } }
        let total = counts.values.reduce(0, +)
        var figures: [(label: String, count: Int, href: String?)] = [(strings.t("figures_people", locale), total, RegistryPath.residents(code).path)]
        for type in PopulationType.allCases {
            if let n = counts[type] { figures.append((strings.t(type.labelKey, locale), n, RegistryPath.residents(code).path + "?type=\(type.rawValue)")) }
        }
        return figures
    }
}
