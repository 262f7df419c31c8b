import CivicGridApp
import Foundation
import Kernel
import Registry
import SQLKit

/// Tenancies for the lists bench, which the resident import does not give: every other floating resident rents a house
/// of their grid, the tenancies ending from 700 days ago to 299 days ahead (about 70 % have ended), and one tenant in
/// four had an earlier tenancy that ended before it began. The tenancy lists (a unit's rentals, ended tenancies) are
/// then measured at a city's rentals on either database.
enum BenchRentals {
    /// Loads them once: a database that holds more rentals than the demo's is left as it is.
    static func load(services: AppServices, today: Day) async throws {
        let database = services.database
        guard try await !BenchData.isLoaded("rentals", services: services) else { return }
        let t0 = Date()
        var position = 0
        let rentals = try await BenchData.eachResident("floating", as: BenchResident.self, services: services, storing: "rentals") { chunk in
            var houses: [[BulkValue]] = [], leases: [[BulkValue]] = [], tenants: [[BulkValue]] = []
            for tenant in chunk {
                defer { position += 1 }
                guard position % 2 == 0 else { continue }
                let n = position / 2, house = "bench-h\(n)"
                houses.append([.text(house), .text(tenant.grid_code), .text(tenant.grid_code + "001"), .text("1"), .text(String(n)),
                               .text("residential"), .real(60), .text("房东"), .integer(0)])
                let ends = today.adding(days: n % 1000 - 700)
                var terms = [(id: "bench-r\(n)", from: ends.adding(days: -365), to: ends)]
                if n % 4 == 0 { terms.append((id: "bench-q\(n)", from: ends.adding(days: -730), to: ends.adding(days: -366))) }
                for (index, term) in terms.enumerated() {
                    leases.append([.text(term.id), .text(house), .text(tenant.grid_code), .text("房东"), .text(term.from.description),
                                   .text(term.to.description), .integer(1), .integer(0)])
                    // The first ends last: the tenant's last tenancy, as `HouseStore.keepListed` marks it (bench tenants are floating, unsealed).
                    let last = index == 0
                    tenants.append([.text(term.id), .text(tenant.id), last ? .text(term.to.description) : .null, last ? .text(tenant.grid_code) : .null])
                }
            }
            try await database.transaction { [houses, leases, tenants] sql in
                _ = try await database.insertNew(into: "houses", columns: ["id", "grid_code", "building_code", "unit", "number", "use", "area", "owner", "created_at"],
                                                 rows: houses, conflictKeys: [], on: sql)
                _ = try await database.insertNew(into: "rentals", columns: ["id", "house_id", "grid_code", "landlord", "from_on", "to_on", "registered", "created_at"],
                                                 rows: leases, conflictKeys: [], on: sql)
                _ = try await database.insertNew(into: "rental_tenants", columns: ["rental_id", "resident_id", "listed_to", "listed_grid"], rows: tenants,
                                                 conflictKeys: [], on: sql)
            }
            return leases.count
        }
        try await database.transaction { sql in try await PlaceTermIndex.houses.backfill(on: sql) }
        say(String(format: "\nstored %d rentals and their houses' search terms in %.0f s", rentals, Date().timeIntervalSince(t0)))
    }
}
