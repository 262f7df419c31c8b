import Foundation
import Kernel
import SQLKit

/// The rest of the register's counts on unit pages: households, houses, rented houses,
/// organisations and permits due, each linking to its list.
public struct RegistryFigures: UnitFigures {
    let database: Database
    let clock: any AppClock
    let strings: Strings
    let cache: CountCache

    public init(database: Database, clock: any AppClock, strings: Strings, cache: CountCache) {
        self.database = database
        self.clock = clock
        self.strings = strings
        self.cache = cache
    }

    /// Each figure's label and list, in the order the counts below are made.
    static let lists: [(labelKey: String, path: String)] = [("figures_households", "households"), ("figures_houses", "houses"),
                        ("figures_rentals", "rentals?type=current"), ("figures_organisations", "organisations"),
                        ("figures_permits_due", "permits-due")]

    public func figures(under code: String, for staff: Staff, locale: AppLocale) async throws -> [(label: String, count: Int, href: String?)] {
        guard staff.can(.viewResidents), staff.scope.contains(code) else { return [] }
        let scope = Scope(rootCode: code)
        let today = Day(date: clock.now())
        let dueUntil = PermitRules.dueUntil(today: today)
        let count: @Sendable () async throws -> [String: Int] = { [database] in
            let values = try await database.read { sql -> [Int] in
            [
                try await sql.count { $0.from("households").where("grid_code", within: scope) },
                try await sql.count { $0.from("houses").where("grid_code", within: scope) },
                try await sql.count { $0.from("rentals").where("grid_code", within: scope).where("to_on", .greaterThanOrEqual, today.description) },
                try await sql.count { $0.from("organisations").where("grid_code", within: scope) },
                try await sql.count {
                    $0.from("residence_permits").where("grid_code", within: scope).where("status", .equal, PermitStatus.active.rawValue)
                        .where("expires_on", .lessThanOrEqual, dueUntil.description)
                },
            ]
            }
            return Dictionary(uniqueKeysWithValues: zip(Self.lists.map(\.path), values))
        }
        let counts = try await cache.counts(under: code, "register \(code)", count: count)
        return Self.lists.map { (strings.t($0.labelKey, locale), counts[$0.path] ?? 0, RegistryPath.list(code, $0.path).path) }
    }
}
