import ArgumentParser
import AsyncHTTPClient
import CivicGridApp
import Foundation
import Grids
import Kernel
import Logging
import Registry
import SQLKit

/// `civicgrid bench search`: resident search inside one street of a district of many residents
/// (100 synthetic streets × 10 communities × 10 grids, about 1,000 people a grid, as SPEC.md's
/// grids are sized), as p50/p95 against the street's plain list in the same run.
struct SearchBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Resident search latency within a street at millions of residents.")

    @Option(help: "Residents to load.") var residents: Int = 10_000_000
    @Option(help: "Searches per kind.") var searches: Int = 200
    @Option(help: "Searches per kind without the search index too, as before it (0: none; the county's scan takes seconds each).") var unindexed: Int = 0
    @Option(help: "Keep the database here and reuse it on the next run (loading 10 million takes minutes).") var dataDir: String?
    @Option(help: "Also over HTTP from this many connections: each kind as `GET /api/v1/residents?q=` by a street's and the county's clerk (0: in process only).") var http: Int = 0
    @Option(help: "Seconds per kind over HTTP.") var seconds: Double = 10

    func run() async throws {
        try await BenchData.withSite("search", dataDir: dataDir) { try await run(on: $0) }
    }

    func run(on site: BenchData.Site) async throws {
        let (config, services, grids, logger) = (site.config, site.services, site.grids, site.logger)
        let total = try await BenchData.residents(to: residents, services: services, grids: grids)

        let street = Scope(rootCode: "330199501"), county = Scope(rootCode: "330199")
        let streetSize = try await services.database.read { try await $0.count { $0.from("residents").where("grid_code", within: street) } }
        say("street 330199501 holds \(streetSize) of \(total) residents; \(searches) searches per kind, first page of 50 with its total")
        let staff = Staff(id: "bench", username: "bench", displayName: "bench", role: .windowClerk, unitCode: "330199")
        let store = ResidentStore()
        func measure(_ name: String, times count: Int = searches, indexed: Bool = true, _ filter: @escaping @Sendable (Int) -> ResidentStore.Filter) async throws -> Double {
            var times: [Double] = []
            var found = 0
            for i in 0..<count {
                var search = filter(i)
                search.searchIndex = indexed
                let f = search
                let t = DispatchTime.now().uptimeNanoseconds
                found += try await services.database.read { try await store.list(f, limit: 50, offset: 0, on: $0) }.total
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            times.sort()
            let p95 = times[min(times.count - 1, times.count * 95 / 100)]
            say(String(format: "%@ %7.0f found  p50 %7.1f ms  p95 %7.1f ms", name.padding(toLength: 40, withPad: " ", startingAt: 0),
                       Double(found) / Double(count), times[times.count / 2], p95))
            return p95
        }
        // The i-th searched person lives in the street: rows whose index ≡ a street grid (mod grid count).
        let streetGrids = grids.indices.filter { street.contains(grids[$0]) }
        let perGrid = max(1, total / grids.count)
        @Sendable func person(_ i: Int) -> Int { streetGrids[i % streetGrids.count] + grids.count * (i * 37 % perGrid) }
        @Sendable func given(_ i: Int) -> String { String(SyntheticResidents.name(person(i)).suffix(2)) }
        // A building: the address up to its number (解放路12号), as a clerk types it.
        @Sendable func address(_ i: Int) -> String { String(SyntheticResidents.address(person(i), grids: grids.count).prefix { $0 != "号" }) + "号" }
        let baseline = try await measure("street list, first page (baseline)") { _ in ResidentStore.Filter(scope: street, includeSealed: false) }
        var ratios: [(String, Double)] = [("county list", try await measure("county list, first page") { _ in ResidentStore.Filter(scope: county, includeSealed: false) })]
        if unindexed > 0 {
            for (scope, label) in [(street, "street"), (county, "county")] {
                ratios.append(("\(label) full name unindexed", try await measure("\(label): full name, no index", times: unindexed, indexed: false) {
                    .search(SyntheticResidents.name(person($0)), within: scope, type: nil, by: staff)
                }))
                ratios.append(("\(label) address unindexed", try await measure("\(label): address text, no index", times: unindexed, indexed: false) {
                    .search(address($0), within: scope, type: nil, by: staff)
                }))
            }
        }
        // Each kind of search as a clerk types it, for the i-th person of the street.
        let kinds: [(String, @Sendable (Int) -> String)] = [
            ("full name", { SyntheticResidents.name(person($0)) }),
            ("two characters (given name)", { given($0) }),
            ("one character (no index)", { String(given($0).suffix(1)) }),
            ("address text (a building)", { address($0) }),
            ("road (a community's people)", { String(address($0).prefix { $0 != "路" }) + "路" }),
            ("full ID number", { SyntheticResidents.row(person($0), grids: grids)[1] }),
        ]
        for (scope, label) in [(street, "street"), (county, "county")] {
            for (kind, text) in kinds {
                ratios.append(("\(label) \(kind)", try await measure("\(label): \(kind)") { .search(text($0), within: scope, type: nil, by: staff) }))
            }
        }
        say("p95 as a ratio to the baseline: " + ratios.map { String(format: "%@ %.2f", $0.0, $0.1 / baseline) }.joined(separator: ", "))
        try await reportIndexSize(services.database)
        if http > 0 { try await overHTTP(config, services: services, logger: logger, kinds: kinds) }
        await services.database.shutdown()
    }

    /// The same searches through the API, as a street's and the county's window clerk, from `http`
    /// connections: what a clerk waits for with colleagues searching beside them.
    func overHTTP(_ config: AppConfig, services: AppServices, logger: Logger, kinds: [(String, @Sendable (Int) -> String)]) async throws {
        let clerks = [("search-street", "330199501", "street"), ("search-county", "330199", "county")]
        for (username, unit, _) in clerks {
            _ = try await services.accounts.seedAccount(Staff(id: "bench-\(username)", username: username, displayName: username, role: .windowClerk,
                                                              unitCode: unit), password: DemoSeed.password)
        }
        let server = try await LoadDriver.serve(config, services: services, logger: logger)
        let client = LoadDriver.client(connections: http)
        let base = "http://127.0.0.1:\(config.port)", driver = LoadDriver(seconds: seconds, concurrency: http)
        var results = [try await driver.drive("GET /healthz", client) { _ in HTTPClientRequest(url: "\(base)/healthz") }]
        for (username, _, label) in clerks {
            let token = try await HTTPBench.issueToken(client, base: base, username: username)
            @Sendable func request(_ q: String?) -> HTTPClientRequest {
                let query = q.map { "&q=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") } ?? ""
                var request = HTTPClientRequest(url: "\(base)/api/v1/residents?limit=50" + query)
                request.headers.add(name: "Authorization", value: "Bearer \(token)")
                return request
            }
            results.append(try await driver.drive("\(label): list, no search", client) { _ in request(nil) })
            for (kind, text) in kinds {
                results.append(try await driver.drive("\(label): \(kind)", client) { random in request(text(Int.random(in: 0..<10_000, using: &random))) })
            }
        }
        say("\nover HTTP, \(http) connections, \(Int(seconds)) s each, first page of 50 with its total")
        say("kind".padding(toLength: 42, withPad: " ", startingAt: 0) + "requests     req/s    p50 ms    p95 ms    p99 ms")
        for r in results {
            say(r.name.padding(toLength: 42, withPad: " ", startingAt: 0) + String(format: "%8d %9.0f %9.1f %9.1f %9.1f", r.count, r.rate, r.p50, r.p95, r.p99))
        }
        try? await client.shutdown()
        // The process ends after this; the server with it (cancelling it first only logs noise).
        _ = server
    }

    /// What the search index costs: its rows and, where the database can say, its size on disk.
    func reportIndexSize(_ database: Database) async throws {
        try await database.read { sql in
            for table in ["residents", "resident_name_terms", "resident_address_terms"] {
                let rows = try await sql.count { $0.from(table) }
                let bytes: Int? = switch database.kind {
                case .postgres:
                    try await sql.raw("SELECT pg_total_relation_size(CAST(\(bind: table) AS regclass)) AS n").first()?.decode(column: "n", as: Int.self)
                case .sqlite:
                    // dbstat names a table's own b-tree and each of its indexes.
                    try? await sql.select().column(SQLFunction("sum", args: SQLColumn("pgsize")), as: "n").from("dbstat")
                        .where("name", .equal, table).orWhere(SQLColumn("name"), .in, SQLSubquery.select { $0.column("name").from("sqlite_master").where("tbl_name", .equal, table).where("type", .equal, "index") })
                        .first()?.decode(column: "n", as: Int.self)
                }
                say("\(table): \(rows) rows" + (bytes.map { String(format: ", %.0f MB with its indexes", Double($0) / 1e6) } ?? ""))
            }
        }
    }
}
