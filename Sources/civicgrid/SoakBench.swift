import ArgumentParser
import AsyncHTTPClient
import CivicGridApp
import Foundation
import Synchronization

/// `civicgrid bench soak`: starts two server processes of this binary on one PostgreSQL
/// (`DATABASE_URL`), or one on its own SQLite file without it, and drives them with a mixed workload for `--minutes`: intake, work
/// lists and their views, order pages and steps, locate, resident lists and searches, petitions and
/// disputes, the resident portal's tracking. Reports errors, per-route p50/p95/p99 against
/// `/healthz` measured alongside, and each process's memory after warm-up and at the end. Use a
/// release build.
struct SoakBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "soak", abstract: "Two servers on one PostgreSQL (or one on SQLite) under a mixed workload for minutes.")

    @Option(help: "Minutes to run after the warm-up.") var minutes: Double = 10
    @Option(help: "Seconds of warm-up before memory is first read.") var warmup: Double = 60
    @Option(help: "Concurrent clients, shared between the two servers.") var concurrency: Int = 32
    @Option(help: "Server processes on the database (PostgreSQL; SQLite's file has one).") var processes: Int = 2

    var onPostgres: Bool { ProcessInfo.processInfo.environment["DATABASE_URL"]?.isEmpty == false }

    func validate() throws {
        guard onPostgres || processes == 1 else {
            throw ValidationError("set DATABASE_URL to an empty PostgreSQL database (scripts/pg-start makes one), or --processes 1 for SQLite")
        }
        guard (0.1...600).contains(minutes), (0...3600).contains(warmup), (1...512).contains(concurrency), (1...8).contains(processes) else {
            throw ValidationError("--minutes 0.1–600, --warmup 0–3600, --concurrency 1–512, --processes 1–8")
        }
    }

    func run() async throws {
        let servers = ServerProcesses()
        defer { servers.stop() }
        try await servers.start(processes, environment: ServerProcesses.environment(databaseURL: nil))
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(
            connectionPool: .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: concurrency)))
        var tokens: [SoakWorkload.Tokens] = []
        for base in servers.bases {
            // A grid worker takes requests in their grid; the county leader reads everything.
            tokens.append(.init(intake: try await HTTPBench.issueToken(client, base: base, username: "gridworker1"),
                                read: try await HTTPBench.issueToken(client, base: base, username: "leader")))
        }
        let workload = SoakWorkload(bases: servers.bases, tokens: tokens)
        do {
            try await report(workload, client: client, servers: servers)
        } catch {
            try? await client.shutdown()
            throw error
        }
        try? await client.shutdown()
    }

    func report(_ workload: SoakWorkload, client: HTTPClient, servers: ServerProcesses) async throws {
        print("soak: \(servers.bases.count) process(es) on \(onPostgres ? "PostgreSQL" : "SQLite"), \(concurrency) clients; \(warmup) s warm-up, then \(minutes) minutes")
        _ = try await workload.drive(client, seconds: warmup, concurrency: concurrency)
        let warm = servers.pids.map(Self.residentMB)
        let stats = try await workload.drive(client, seconds: minutes * 60, concurrency: concurrency)
        let end = servers.pids.map(Self.residentMB)
        let baseline = stats["GET /healthz"]?.p99 ?? 1
        print("\n" + "route".padding(toLength: 44, withPad: " ", startingAt: 0) + "requests  errors    p50 ms    p95 ms    p99 ms  p99/healthz p99")
        for (route, s) in stats.sorted(by: { $0.key < $1.key }) {
            print(route.padding(toLength: 44, withPad: " ", startingAt: 0)
                  + String(format: "%8d %7d %9.2f %9.2f %9.2f %16.1f", s.count, s.errors, s.p50, s.p95, s.p99, s.p99 / max(baseline, 0.001)))
        }
        for index in warm.indices {
            print(String(format: "process %d: resident memory %.0f MB after warm-up, %.0f MB at the end (%+.1f%%)",
                         index, warm[index], end[index], (end[index] / max(warm[index], 1) - 1) * 100))
        }
        let errors = stats.values.reduce(0) { $0 + $1.errors }
        print("errors: \(errors)")
        if errors > 0 { throw ExitCode(1) }
    }

    /// VmRSS of a process, in MB.
    static func residentMB(_ pid: Int32) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }
}

/// The mix of requests, weighted roughly as a county's day: mostly lists and pages, a steady
/// stream of intake, some steps, portal look-ups. Each client sends its next as soon as the last answered.
struct SoakWorkload: Sendable {
    let bases: [String]
    let tokens: [Tokens]

    struct Tokens: Sendable { let intake: String, read: String }

    struct Stats { var count = 0, errors = 0, p50 = 0.0, p95 = 0.0, p99 = 0.0 }

    /// (route label, weight, request maker): the maker gets a server's base and its tokens.
    var mix: [(String, Int, @Sendable (String, Tokens, inout SystemRandomNumberGenerator) -> HTTPClientRequest)] {
        return [
            ("GET /healthz", 1, { base, _, _ in HTTPClientRequest(url: base + "/healthz") }),
            ("POST /api/v1/work-orders", 3, { base, token, random in
                let n = Int.random(in: 0..<1_000_000, using: &random)
                return LoadDriver.request(base + "/api/v1/work-orders", token.intake, method: .POST,
                               json: #"{"channel":"hotline","category_code":"A01","description":"楼道堆物 \#(n)","grid_code":"330199001001001","contact_phone":"13800001234"}"#)
            }),
            ("GET /api/v1/work-orders", 4, { base, token, random in
                LoadDriver.request(base + "/api/v1/work-orders?limit=50&offset=\(Int.random(in: 0..<5, using: &random) * 50)", token.read)
            }),
            ("GET /api/v1/work-orders?status=registered", 2, { base, token, _ in LoadDriver.request(base + "/api/v1/work-orders?status=registered&limit=20", token.read) }),
            ("GET /api/v1/supervision-notices", 1, { base, token, _ in LoadDriver.request(base + "/api/v1/supervision-notices?limit=20", token.read) }),
            ("GET /api/v1/locate", 2, { base, token, random in
                LoadDriver.request(base + "/api/v1/locate?lon=\(Double.random(in: 120.0...120.03, using: &random))&lat=\(Double.random(in: 30.0...30.03, using: &random))", token.read)
            }),
            ("GET /api/v1/grids", 1, { base, token, _ in LoadDriver.request(base + "/api/v1/grids?limit=50", token.read) }),
            ("GET /api/v1/residents", 2, { base, token, _ in LoadDriver.request(base + "/api/v1/residents?limit=20", token.read) }),
            ("GET /api/v1/residents?q= (search)", 2, { base, token, random in
                // A name, a surname, a given name, a building's address, as a clerk types them.
                let q = ["张伟", "王", "芳", "云溪县", "001002"][Int.random(in: 0..<5, using: &random)]
                return LoadDriver.request(base + "/api/v1/residents?limit=20&q=" + (q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""), token.read)
            }),
            ("GET /api/v1/work-orders?view=open|overdue", 2, { base, token, random in
                LoadDriver.request(base + "/api/v1/work-orders?limit=25&view=" + ["open", "overdue"][Int.random(in: 0..<2, using: &random)], token.read)
            }),
            ("GET /api/v1/petitions", 1, { base, token, _ in LoadDriver.request(base + "/api/v1/petitions?limit=20", token.read) }),
            ("GET /api/v1/disputes", 1, { base, token, _ in LoadDriver.request(base + "/api/v1/disputes?limit=20", token.read) }),
            ("GET /portal/track (public page)", 1, { base, _, _ in HTTPClientRequest(url: base + "/portal/track") }),
        ]
    }

    func drive(_ client: HTTPClient, seconds: Double, concurrency: Int) async throws -> [String: Stats] {
        let mix = self.mix
        let weighted = mix.indices.flatMap { index in Array(repeating: index, count: mix[index].1) }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        let samples = try await withThrowingTaskGroup(of: [(Int, Double, Bool)].self) { group in
            for worker in 0..<concurrency {
                group.addTask {
                    var random = SystemRandomNumberGenerator()
                    var mine: [(Int, Double, Bool)] = []
                    let server = worker % bases.count
                    while DispatchTime.now().uptimeNanoseconds < deadline {
                        let route = weighted[Int.random(in: 0..<weighted.count, using: &random)]
                        let started = DispatchTime.now().uptimeNanoseconds
                        var failed = false
                        do {
                            let response = try await client.execute(mix[route].2(bases[server], tokens[server], &random), timeout: .seconds(30))
                            _ = try await response.body.collect(upTo: 8 << 20)
                            // A point outside every grid is an answer (404), not a failure.
                            failed = response.status.code >= 400 && !(response.status.code == 404 && mix[route].0 == "GET /api/v1/locate")
                        } catch {
                            failed = true
                        }
                        mine.append((route, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6, failed))
                    }
                    return mine
                }
            }
            var all: [(Int, Double, Bool)] = []
            for try await part in group { all += part }
            return all
        }
        var stats: [String: Stats] = [:]
        for (index, entry) in mix.enumerated() {
            let mine = samples.filter { $0.0 == index }
            let latencies = mine.map(\.1).sorted()
            stats[entry.0] = Stats(count: mine.count, errors: mine.filter(\.2).count,
                                   p50: LoadDriver.percentile(latencies, 0.5), p95: LoadDriver.percentile(latencies, 0.95),
                                   p99: LoadDriver.percentile(latencies, 0.99))
        }
        return stats
    }
}
