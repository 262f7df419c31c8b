import ArgumentParser
import AsyncHTTPClient
import Foundation

/// `civicgrid bench postgres`: starts its own PostgreSQL on 127.0.0.1 (`LocalPostgres`), runs one
/// and then two server processes of this binary on it, and drives each setup over HTTP — `/healthz`
/// (the baseline), intake, the county leader's work list, the resident list, dispute registration — then runs `pgbench` on
/// the same server inserting one work-order row per transaction into a copy of the work-order table
/// with all its indexes: the database's own limit for what intake writes. Use a release build.
struct PostgresBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "postgres", abstract: "Intake, lists and dispute registration on a PostgreSQL the bench starts, with one and two server processes, against pgbench.")

    @Option(help: "Seconds per workload.") var seconds: Double = 10
    @Option(help: "Concurrent client connections (shared between the server processes; pgbench's clients too).") var concurrency: Int = 64
    @Option(help: "Server process counts to run, one setup after the other.") var processes: String = "1,2"

    func validate() throws {
        guard (1...600).contains(seconds), (1...90).contains(concurrency) else { throw ValidationError("--seconds 1–600, --concurrency 1–90") }
        guard !counts.isEmpty, counts.allSatisfy({ (1...4).contains($0) }) else { throw ValidationError("--processes: counts 1–4, e.g. 1,2") }
    }

    var counts: [Int] { processes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func run() async throws {
        // Each process pools up to 16 connections; pgbench opens one per client after the servers stop.
        let postgres = try LocalPostgres(maxConnections: max(100, concurrency + 10))
        defer { postgres.stop() }
        say("bench postgres: PostgreSQL on 127.0.0.1:\(postgres.port) (started by the bench, fsync on), \(concurrency) connections, \(Int(seconds)) s each")
        say("setup".padding(toLength: 14, withPad: " ", startingAt: 0) + "workload".padding(toLength: 36, withPad: " ", startingAt: 0)
            + "requests     req/s    p50 ms    p95 ms    p99 ms  ratio to healthz")
        var intake: [(Int, Double)] = [], disputes: [(Int, Double)] = []
        for count in counts {
            let servers = ServerProcesses()
            try await servers.start(count, environment: ServerProcesses.environment(databaseURL: postgres.url))
            let client = LoadDriver.client(connections: concurrency)
            let results = try await drive(servers.bases, client: client)
            try? await client.shutdown()
            servers.stop()
            let baseline = results[0].rate
            for r in results {
                say("\(count) process\(count == 1 ? "" : "es")".padding(toLength: 14, withPad: " ", startingAt: 0) + r.name.padding(toLength: 36, withPad: " ", startingAt: 0)
                    + String(format: "%8d %9.0f %9.1f %9.1f %9.1f %17.3f", r.count, r.rate, r.p50, r.p95, r.p99, r.rate / baseline))
            }
            intake.append((count, results[1].rate))
            disputes.append((count, results[4].rate))
        }
        let tps = try pgbench(postgres)
        say(String(format: "pgbench: one work-order row a transaction into a copy of work_orders with its indexes, %d clients: %.0f tps", concurrency, tps))
        for (count, rate) in intake {
            say(String(format: "intake with %d process%@: %.0f orders/s, %.3f of pgbench's inserts", count, count == 1 ? "" : "es", rate, rate / tps))
        }
        for (count, rate) in disputes {
            say(String(format: "dispute registration with %d process%@: %.0f disputes/s, %.3f of pgbench's inserts", count, count == 1 ? "" : "es", rate, rate / tps))
        }
    }

    /// /healthz, intake, the county's work list, the resident list and dispute registration (one transaction each, every
    /// one bumping the disputes' change counter row), each spread over the servers.
    func drive(_ bases: [String], client: HTTPClient) async throws -> [LoadDriver.Result] {
        let driver = LoadDriver(seconds: seconds, concurrency: concurrency)
        var tokens: [String] = [], hotline: [String] = []
        for base in bases {
            tokens.append(try await HTTPBench.issueToken(client, base: base, username: "leader"))
            hotline.append(try await HTTPBench.issueToken(client, base: base, username: "gridworker1"))
        }
        let readers = tokens, takers = hotline
        @Sendable func get(_ path: String, _ random: inout SystemRandomNumberGenerator) -> HTTPClientRequest {
            let server = Int.random(in: 0..<bases.count, using: &random)
            var request = HTTPClientRequest(url: bases[server] + path)
            request.headers.add(name: "Authorization", value: "Bearer \(readers[server])")
            return request
        }
        /// `json` POSTed to `path` by the grid worker of a server picked at random.
        @Sendable func post(_ path: String, _ json: String, _ random: inout SystemRandomNumberGenerator) -> HTTPClientRequest {
            let server = Int.random(in: 0..<bases.count, using: &random)
            return LoadDriver.request(bases[server] + path, takers[server], method: .POST, json: json)
        }
        return [
            try await driver.drive("GET /healthz (baseline)", client) { random in HTTPClientRequest(url: bases[Int.random(in: 0..<bases.count, using: &random)] + "/healthz") },
            try await driver.drive("POST /api/v1/work-orders (intake)", client) { random in
                post("/api/v1/work-orders", #"{"channel":"hotline","category_code":"A01","description":"楼道堆物，影响通行","grid_code":"330199001001001","contact_phone":"13800001234"}"#, &random)
            },
            try await driver.drive("GET /api/v1/work-orders (county)", client) { random in get("/api/v1/work-orders?limit=25", &random) },
            try await driver.drive("GET /api/v1/residents (county)", client) { random in get("/api/v1/residents?limit=25", &random) },
            try await driver.drive("POST /api/v1/disputes (registration)", client) { random in
                post("/api/v1/disputes", #"{"title":"噪声纠纷","occurred_on":"2026-11-20","place":"幸福里5幢","type_code":"neighbour","summary":"夜间装修噪声","parties":[{"name":"刘芳","role":"applicant"},{"name":"陈志强","role":"respondent"}]}"#, &random)
            },
        ]
    }

    /// Transactions per second of a single-row insert shaped as intake's order, from `concurrency` clients.
    func pgbench(_ postgres: LocalPostgres) throws -> Double {
        _ = try postgres.run("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres", "-c",
                                      "DROP TABLE IF EXISTS bench_orders; CREATE TABLE bench_orders (LIKE work_orders INCLUDING ALL)"])
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("civicgrid-pgbench-\(UUID().uuidString).sql")
        defer { try? FileManager.default.removeItem(at: script) }
        try Data(Self.insertScript.utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: script.path)
        let output = try postgres.run("pgbench", ["-n", "-c", String(concurrency), "-j", "2", "-T", String(Int(seconds)), "-f", script.path, "postgres"])
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("tps = ") }),
              let tps = Double(line.dropFirst(6).prefix { $0 != " " }) else { throw PostgresBenchError.unreadable(output) }
        return tps
    }

    /// The columns intake fills, the values it would give a registered order.
    static let insertScript = """
        INSERT INTO bench_orders (id, number, tracking_code, channel, request_class, category_code, description, grid_code, handling_level, \
        status, contact_phone, proxy, extensions, created_at, due_at, updated_at, open_due) \
        SELECT u, u, upper(substr(md5(u), 1, 16)), 'hotline', 'administrative', 'A01', '楼道堆物，影响通行', '330199001001001', 'community', \
        'registered', '13800001234', 0, 0, now_s, now_s + 604800, now_s, now_s + 604800 \
        FROM (SELECT gen_random_uuid()::text AS u, extract(epoch FROM now())::bigint AS now_s) AS fresh;

        """

    enum PostgresBenchError: Error { case unreadable(String) }
}
