import ArgumentParser
import AsyncHTTPClient
import CivicGridApp
import Foundation
import Grids
import Hummingbird
import Kernel
import Logging
import NIOCore

/// `civicgrid bench`: starts CivicGrid on loopback with the demo county plus a large synthetic
/// lattice of grids, drives it with concurrent keep-alive clients and prints each workload as a
/// ratio to a baseline measured in the same run. Use a release build: `swift run -c release civicgrid bench`.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks, reported as ratios to a baseline measured in the same run (use a release build).",
        subcommands: [HTTPBench.self, ImportBench.self, SearchBench.self, WorkListBench.self, RegisterBench.self, ListsBench.self, PostgresBench.self, SoakBench.self], defaultSubcommand: HTTPBench.self
    )
}

struct HTTPBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "http", abstract: "Measure throughput on loopback, as ratios to a baseline of the same run.")

    @Option(help: "Synthetic grids to load for the locate workload.") var grids: Int = 40_000
    @Option(help: "Seconds per HTTP workload.") var seconds: Double = 5
    @Option(help: "Concurrent client connections.") var concurrency: Int = 64
    @Option(help: "bcrypt cost for the bench accounts (production default 10).") var bcryptCost: Int = 10
    @Option(help: "Workloads to run besides the baseline: locate, grids, intake, token (comma-separated).") var only: String = "locate,grids,intake,token"
    @Option(help: "Rounds: the baseline and the workloads take turns this many times, seconds/rounds each, so a drift in the machine's speed falls on all alike.")
    var rounds: Int = 1

    var driver: LoadDriver { LoadDriver(seconds: seconds / Double(max(1, rounds)), concurrency: concurrency) }

    func wanted(_ name: String) -> Bool { only.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == name } }

    func run() async throws {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civicgrid-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let port = Int.random(in: 20_000...60_000)
        let config = AppConfig(dataDirectory: directory.path, hostname: "127.0.0.1", port: port, databaseURL: nil,
                               bcryptCost: UInt8(bcryptCost), loadDemo: true)
        let services = try await AppServices.start(config, logger: logger)
        try await DemoSeed.load(services)
        let lattice = SyntheticGrids.make(count: grids, codePrefix: "330199999")
        try await services.database.transaction { sql in
            let units = lattice.map { JurisdictionUnit(code: $0.code, parentCode: nil, level: .grid, name: "合成网格", settlement: .urban, polygon: $0.polygon) }
            try await GridStore().insert(units, at: Date(), on: sql)
            try await GridStore().bumpSpatialRevision(on: sql)
        }
        try await Self.seedHotline(services)
        // Build the locate index now: its first build (tens of thousands of outlines) is not what a workload measures.
        _ = try await services.grids.gridCode(lon: 120.0, lat: 30.0)
        print("bench: \(grids) synthetic grids + demo county on SQLite, \(concurrency) connections, \(seconds)s per workload")
        indexFigures(lattice)

        let server = try await LoadDriver.serve(config, services: services, logger: logger)
        let client = LoadDriver.client(connections: concurrency)
        let base = "http://127.0.0.1:\(port)"
        do {
            let token = try await Self.issueToken(client, base: base, username: "leader")
            let hotline = try await Self.issueToken(client, base: base, username: "hotline")
            let bounds = lattice.map { $0.polygon.boundingBox }.reduce(lattice[0].polygon.boundingBox) { $0.union($1) }
            typealias Workload = (name: String, make: @Sendable (inout SystemRandomNumberGenerator) -> HTTPClientRequest)
            var workloads: [Workload] = [("GET /healthz (baseline)", { _ in HTTPClientRequest(url: "\(base)/healthz") })]
            if wanted("locate") { workloads.append(("GET /api/v1/locate", { random in
                let lon = Double.random(in: bounds.minLon...bounds.maxLon, using: &random)
                let lat = Double.random(in: bounds.minLat...bounds.maxLat, using: &random)
                return LoadDriver.request("\(base)/api/v1/locate?lon=\(lon)&lat=\(lat)", token)
            })) }
            if wanted("grids") { workloads.append(("GET /api/v1/grids", { _ in LoadDriver.request("\(base)/api/v1/grids?limit=50", token) })) }
            if wanted("intake") { workloads.append(("POST /api/v1/work-orders (intake)", { random in
                // Located in a random synthetic grid: validate, locate, classify, deadline, grouped insert, audit.
                let lon = Double.random(in: bounds.minLon...bounds.maxLon, using: &random)
                let lat = Double.random(in: bounds.minLat...bounds.maxLat, using: &random)
                return LoadDriver.request("\(base)/api/v1/work-orders", hotline, method: .POST,
                                          json: #"{"channel":"hotline","category_code":"A05","description":"路灯不亮，夜间出行不便","lon":\#(lon),"lat":\#(lat),"contact_phone":"13800001234"}"#)
            })) }
            let bcryptCost = self.bcryptCost
            if wanted("token") { workloads.append(("POST /api/v1/auth/token (bcrypt \(bcryptCost))", { _ in
                var request = HTTPClientRequest(url: "\(base)/api/v1/auth/token")
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "application/json")
                request.body = .bytes(ByteBuffer(string: #"{"username":"leader","password":"\#(DemoSeed.password)"}"#))
                return request
            })) }
            var turns = workloads.map { _ in [LoadDriver.Result]() }
            for _ in 0..<max(1, rounds) {
                for (i, workload) in workloads.enumerated() { turns[i].append(try await driver.drive(workload.name, client, workload.make)) }
            }
            let results = turns.map(LoadDriver.Result.merged)
            let baseline = results[0]
            if wanted("intake") {
                let stored = try await services.database.read { try await $0.count { $0.from("work_orders") } }
                let acknowledged = results.first { $0.name.contains("intake") }!.count
                print("intake: \(acknowledged) orders acknowledged, \(stored - 1) stored besides the demo's")
            }
            if rounds > 1 {
                // Each turn against the baseline's turn just before it: how much the ratio moves within one run.
                for (i, workload) in workloads.enumerated().dropFirst() {
                    let ratios = zip(turns[i], turns[0]).map { $0.rate / $1.rate }
                    print("\(workload.name): ratio by round " + ratios.map { String(format: "%.3f", $0) }.joined(separator: " "))
                }
            }
            print("\n" + "workload".padding(toLength: 40, withPad: " ", startingAt: 0) + "requests     req/s    p50 ms    p95 ms    p99 ms  ratio to baseline  cores busy")
            for r in results {
                print(r.name.padding(toLength: 40, withPad: " ", startingAt: 0)
                      + String(format: "%8d %9.0f %9.2f %9.2f %9.2f  %17.3f  %10.2f", r.count, r.rate, r.p50, r.p95, r.p99, r.rate / baseline.rate, r.cores))
            }
        } catch {
            print("bench failed: \(error)")
        }
        try? await client.shutdown()
        // The process ends here; the server task ends with it (cancelling it first only logs noise).
        _ = server
        await services.database.shutdown()
    }

    /// In-process lookups through the spatial index against a brute-force scan of every polygon.
    func indexFigures(_ lattice: [(code: String, polygon: GeoPolygon)]) {
        let index = SpatialIndex(lattice)
        var random = SystemRandomNumberGenerator()
        let box = lattice.map { $0.polygon.boundingBox }.reduce(lattice[0].polygon.boundingBox) { $0.union($1) }
        let points = (0..<200_000).map { _ in
            GeoPoint(lon: Double.random(in: box.minLon...box.maxLon, using: &random), lat: Double.random(in: box.minLat...box.maxLat, using: &random))
        }
        var found = 0
        let t0 = DispatchTime.now().uptimeNanoseconds
        for p in points where index.locate(p) != nil { found += 1 }
        let indexed = Double(points.count) / (Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        let scanned = 200
        let t1 = DispatchTime.now().uptimeNanoseconds
        for p in points.prefix(scanned) where lattice.contains(where: { $0.polygon.contains(p) }) { found += 1 }
        let brute = Double(scanned) / (Double(DispatchTime.now().uptimeNanoseconds - t1) / 1e9)
        print(String(format: "locate in process: %.0f lookups/s with the index, %.0f/s by scanning all %d polygons (index/scan %.0fx)",
                     indexed, brute, lattice.count, indexed / brute))
    }

    /// A county hotline operator, `hotline`: takes requests anywhere in the county, synthetic grids included.
    static func seedHotline(_ services: AppServices) async throws {
        _ = try await services.accounts.seedAccount(Staff(id: "bench-hotline", username: "hotline", displayName: "县12345热线 话务员", role: .windowClerk,
                                                          position: nil, unitCode: "330199", department: "县12345热线"), password: DemoSeed.password)
    }

    static func issueToken(_ client: HTTPClient, base: String, username: String) async throws -> String {
        var request = HTTPClientRequest(url: "\(base)/api/v1/auth/token")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: #"{"username":"\#(username)","password":"\#(DemoSeed.password)"}"#))
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        struct Answer: Decodable { let token: String }
        return try JSONDecoder().decode(Answer.self, from: Data(buffer: body)).token
    }
}
