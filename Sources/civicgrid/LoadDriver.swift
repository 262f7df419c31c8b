import AsyncHTTPClient
import CivicGridApp
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Closed-loop load on a server: `concurrency` clients for `seconds`, each sending its next request
/// as soon as the last one answered; latencies and the CPU the process used.
struct LoadDriver {
    let seconds: Double, concurrency: Int

    struct Result {
        let name: String, count: Int, rate: Double, p50: Double, p95: Double, p99: Double, max: Double
        /// Process CPU time over wall time (server and client together): below the core count, something waits.
        let cores: Double
        /// Every request's latency in ms, ascending; the wall and CPU seconds they took.
        var latencies: [Double] = [], elapsed = 0.0, cpu = 0.0

        /// The figures of `latencies` (ascending) taken over `elapsed` wall seconds and `cpu` CPU seconds.
        static func of(_ name: String, latencies: [Double], elapsed: Double, cpu: Double) -> Result {
            Result(name: name, count: latencies.count, rate: Double(latencies.count) / elapsed,
                   p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99),
                   max: latencies.last ?? 0, cores: cpu / elapsed, latencies: latencies, elapsed: elapsed, cpu: cpu)
        }

        /// `parts` of one workload (its turns in alternating rounds) as one result.
        static func merged(_ parts: [Result]) -> Result {
            of(parts[0].name, latencies: parts.flatMap(\.latencies).sorted(), elapsed: parts.map(\.elapsed).reduce(0, +),
               cpu: parts.map(\.cpu).reduce(0, +))
        }
    }

    /// With `until`, the clients go on past `seconds` until it answers true (checked between requests).
    func drive(_ name: String, _ client: HTTPClient, until done: (@Sendable () -> Bool)? = nil,
               _ make: @escaping @Sendable (inout SystemRandomNumberGenerator) -> HTTPClientRequest) async throws -> Result {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Self.cpuSeconds()
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var random = SystemRandomNumberGenerator()
                    var mine: [Double] = []
                    while DispatchTime.now().uptimeNanoseconds < deadline || done?() == false {
                        let t = DispatchTime.now().uptimeNanoseconds
                        let response = try await client.execute(make(&random), timeout: .seconds(30))
                        _ = try await response.body.collect(upTo: 4 << 20)
                        guard response.status.code < 400 else { throw BenchError.status(name, Int(response.status.code)) }
                        mine.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
                    }
                    return mine
                }
            }
            var all: [Double] = []
            for try await part in group { all += part }
            return all.sorted()
        }
        return .of(name, latencies: latencies, elapsed: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                   cpu: Self.cpuSeconds() - cpuStart)
    }

    /// A request with `token` as its bearer and, given `json`, that body.
    static func request(_ url: String, _ token: String, method: HTTPMethod = .GET, json: String? = nil) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: json))
        }
        return request
    }

    /// The `q` quantile of latencies sorted ascending (0 when there are none).
    static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]
    }

    /// User and system CPU seconds this process has used.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Starts CivicGrid in this process on `config`'s address; returns once it listens.
    /// Returns once the server listens. A server that stops first (its random port taken) throws its
    /// error here: waiting for a start that never comes hung a bench run for good.
    static func serve(_ config: AppConfig, services: AppServices, logger: Logger) async throws -> Task<Void, any Error> {
        let started = AsyncStream.makeStream(of: Void.self)
        let app = CivicGridServer.application(config, services: services, logger: logger) { started.continuation.yield() }
        let server = Task {
            defer { started.continuation.finish() }
            try await app.runService()
        }
        for await _ in started.stream { return server }
        try await server.value
        throw BenchError.stoppedBeforeListening(port: config.port)
    }

    /// A client with up to `connections` to one host: its default is 8 whatever the number of callers, the rest queue inside it.
    static func client(connections: Int) -> HTTPClient {
        let pool = HTTPClient.Configuration.ConnectionPool(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connections)
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(connectionPool: pool))
    }

    enum BenchError: Error { case status(String, Int), stoppedBeforeListening(port: Int) }
}
