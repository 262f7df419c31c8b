import CivicGridApp
import Foundation
import Kernel

/// Star households for the lists bench: every fifth household reviewed this year, one to five stars (about 530,000 at
/// ten million residents). The star-household lists are then measured at a city's size.
enum BenchStars {
    static func load(services: AppServices, today: Day, now: Date) async throws {
        let database = services.database
        guard try await !BenchData.isLoaded("star_households", services: services) else { return }
        let t0 = Date()
        var after = "", stored = 0
        struct Household: Decodable { let id: String, grid_code: String }
        while true {
            let chunk = try await database.read { [after] sql in
                try await sql.select().columns("id", "grid_code").from("households").where("id", .greaterThan, after).orderBy("id").limit(50_000)
                    .all(decoding: Household.self)
            }
            guard let last = chunk.last else { break }
            after = last.id
            let rows: [[BulkValue]] = chunk.enumerated().compactMap { i, h in
                guard (stored + i) % 5 == 0, !h.id.hasPrefix("demo-") else { return nil }
                return [.text(h.id), .integer(today.year), .text(h.grid_code), .integer(1 + (stored + i) / 5 % 5), .text("civility,hygiene"), .text(""),
                        .null, .integer(Int(now.epochSeconds))]
            }
            stored += chunk.count
            try await database.transaction { sql in
                _ = try await database.insertNew(into: "star_households", columns: ["household_id", "year", "grid_code", "stars", "criteria", "note",
                                                                                    "reviewed_by", "reviewed_at"], rows: rows, conflictKeys: [], on: sql)
            }
            FileHandle.standardError.write(Data("\rread \(stored) households for their stars".utf8))
        }
        say(String(format: "\nstored star households for a fifth of %d households in %.0f s", stored, Date().timeIntervalSince(t0)))
    }
}
