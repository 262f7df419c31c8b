import CivicGridApp
import Foundation
import Kernel
import Registry
import SQLKit

/// Households for the lists bench, which the resident import does not give: the registered residents of each grid in
/// threes (head, spouse, child) at the first one's address, about 2.7 million households at ten million residents. The
/// household lists are then measured at a city's households on either database.
enum BenchHouseholds {
    struct Person: BenchPerson {
        static let columns = ["id", "grid_code", "current_address"]
        let id: String, grid_code: String, current_address: String
    }

    /// Loads them once: a database that holds more households than the demo's is left as it is.
    static func load(services: AppServices) async throws {
        let database = services.database
        guard try await !BenchData.isLoaded("households", services: services) else { return }
        let t0 = Date()
        var households = 0
        var forming: [String: [(id: String, address: String)]] = [:]
        // Each grid's households fill up in turn, three of its residents each.
        _ = try await BenchData.eachResident("registered", as: Person.self, services: services, storing: "household members") { chunk in
            var rows: [[BulkValue]] = [], members: [[BulkValue]] = []
            for person in chunk {
                forming[person.grid_code, default: []].append((person.id, person.current_address))
                guard let family = forming[person.grid_code], family.count == 3 else { continue }
                forming[person.grid_code] = nil
                let id = "bench-hh\(households + rows.count)"
                rows.append([.text(id), .text(person.grid_code), .text(family[0].address), .integer(0)])
                for (member, relation) in zip(family, ["head", "spouse", "child"]) {
                    members.append([.text(member.id), .text(id), .text(relation)])
                }
            }
            try await database.transaction { [rows, members] sql in
                _ = try await database.insertNew(into: "households", columns: ["id", "grid_code", "address", "created_at"], rows: rows, conflictKeys: [], on: sql)
                _ = try await database.insertNew(into: "household_members", columns: ["resident_id", "household_id", "relation"], rows: members,
                                                 conflictKeys: [], on: sql)
            }
            households += rows.count
            return members.count
        }
        try await database.transaction { sql in try await PlaceTermIndex.households.backfill(on: sql) }
        say(String(format: "\nstored %d households and their addresses' search terms in %.0f s", households, Date().timeIntervalSince(t0)))
    }
}
