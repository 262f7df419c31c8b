import CivicGridApp
import Disputes
import Foundation
import Kernel
import Logging
import Participation
import Petitions
import Registry
import Safety

/// What a loader reads of each resident: the columns named, decoded by their names.
protocol BenchPerson: Decodable, Sendable {
    static var columns: [String] { get }
    var id: String { get }
}

/// A resident and their grid, what most loaders make their records from.
struct BenchResident: BenchPerson {
    static let columns = ["id", "grid_code"]
    let id: String, grid_code: String
}

/// The benches' stored records over the synthetic district, topped up to a count: a kept data
/// directory is added to, not filled again.
enum BenchData {
    /// A bench's running services on the demo county and the synthetic district, and the address
    /// a bench that serves HTTP listens on.
    struct Site {
        let config: AppConfig, services: AppServices, grids: [String], logger: Logger
    }

    /// Runs `body` on a bench's database: in `dataDir`, kept for the next run (loading millions takes
    /// minutes), or in a temporary folder removed afterwards.
    static func withSite<T>(_ name: String, dataDir: String?, _ body: (Site) async throws -> T) async throws -> T {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let directory = dataDir.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("civicgrid-\(name)-bench-\(UUID().uuidString)")
        defer { if dataDir == nil { try? FileManager.default.removeItem(at: directory) } }
        let config = AppConfig(dataDirectory: directory.path, hostname: "127.0.0.1", port: Int.random(in: 20_000...60_000), loadDemo: true)
        let services = try await AppServices.start(config, logger: logger)
        try await DemoSeed.load(services)
        return try await body(Site(config: config, services: services, grids: try await SyntheticDistrict.grids(services.database), logger: logger))
    }

    /// Rows `stored..<count` of `table`, in chunked multi-row inserts; returns the rows the table holds.
    @discardableResult
    static func fill(_ table: String, to count: Int, columns: [String], services: AppServices, row: (Int) -> [BulkValue]) async throws -> Int {
        let stored = try await services.database.read { try await $0.count { $0.from(table) } }
        guard stored < count else { return stored }
        let t0 = Date()
        for start in stride(from: stored, to: count, by: 50_000) {
            let rows = (start..<min(start + 50_000, count)).map(row)
            try await services.database.transaction { sql in
                _ = try await services.database.insertNew(into: table, columns: columns, rows: rows, conflictKeys: [], on: sql)
            }
            FileHandle.standardError.write(Data("\rstored \(min(start + 50_000, count)) \(table)".utf8))
        }
        say(String(format: "\nstored %d %@ in %.0f s", count - stored, table, Date().timeIntervalSince(t0)))
        // Records loaded straight into their table are counted into the kept figures as the migrations count them.
        let recount: [String: @Sendable (Database) async throws -> Void] = ["disputes": DisputeStore.recountFigures, "petitions": PetitionStore.recountReplies,
                                                                              "hazards": HazardStore.recountFigures,
                                                                              "proposals": ProposalStore.recountProposals]
        if let again = recount[table] {
            let t1 = Date()
            try await again(services.database)
            say(String(format: "counted the %@ figures again in %.1f s", table, Date().timeIntervalSince(t1)))
        }
        return count
    }

    /// The residents of one population type, read in chunks of 50,000, keyset by id (whatever ids the import gave them), the demo's
    /// left out; `body` stores what it makes of a chunk and returns how many records that was, for the progress line. Returns
    /// the records stored.
    static func eachResident<Person: BenchPerson>(_ populationType: String, as _: Person.Type, services: AppServices, storing label: String,
                                                  _ body: ([Person]) async throws -> Int) async throws -> Int {
        // Read by id alone and sorted out here: with the type in the query SQLite takes the type's index and sorts millions of rows
        // for every chunk (1,144 s to load the households that way).
        var after = "", stored = 0
        while true {
            let rows = try await services.database.read { [after] sql in
                try await sql.select().columns(Person.columns + ["population_type"]).from("residents").where("id", .greaterThan, after)
                    .orderBy("id").limit(50_000).all()
            }
            guard let last = rows.last else { return stored }
            after = try last.decode(column: "id", as: String.self)
            let chunk = try rows.filter { try $0.decode(column: "population_type", as: String.self) == populationType }.map { try $0.decode(model: Person.self) }
            stored += try await body(chunk.filter { !$0.id.hasPrefix("demo-") })
            FileHandle.standardError.write(Data("\rstored \(stored) \(label)".utf8))
        }
    }

    /// A row of `table` for each resident of one population type that `row` makes one for (in the residents' id order),
    /// stored a chunk at a time; returns the rows stored.
    static func store(into table: String, columns: [String], fromEach populationType: String, services: AppServices, storing label: String,
                      _ row: (BenchResident) -> [BulkValue]?) async throws -> Int {
        let database = services.database
        return try await eachResident(populationType, as: BenchResident.self, services: services, storing: label) { chunk in
            let rows = chunk.compactMap(row)
            try await database.transaction { sql in
                _ = try await database.insertNew(into: table, columns: columns, rows: rows, conflictKeys: [], on: sql)
            }
            return rows.count
        }
    }

    /// Whether `table` holds more than the demo's rows: a loader leaves such a table as it is (a kept data directory).
    static func isLoaded(_ table: String, services: AppServices) async throws -> Bool {
        try await services.database.read { try await $0.count { $0.from(table) } } >= 1_000
    }

    /// Residents up to `count` through the importer (search terms and all), half a million a file.
    @discardableResult
    static func residents(to count: Int, services: AppServices, grids: [String]) async throws -> Int {
        let loaded = try await services.database.read { try await $0.count { $0.from("residents") } }
        guard loaded < count else { return loaded }
        let importer = RegistryImporter(database: services.database, clock: services.clock, units: services.grids, strings: services.views.strings)
        let t0 = Date()
        for start in stride(from: loaded, to: count, by: 500_000) {
            let data = SyntheticResidents.csv(rows: start..<min(start + 500_000, count), grids: grids)
            _ = try await importer.run(.residents, data: data, scope: Scope(rootCode: ""), actor: nil)
            FileHandle.standardError.write(Data("\rloaded \(min(start + 500_000, count)) residents".utf8))
        }
        say(String(format: "\nloaded %d residents in %.0f s", count - loaded, Date().timeIntervalSince(t0)))
        return count
    }
}
