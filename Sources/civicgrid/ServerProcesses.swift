import AsyncHTTPClient
import Foundation

/// Server processes of this binary (`serve --demo`) on one database, for the benches that run more
/// than one: started one at a time (the first migrates and seeds, the rest find it done), stopped
/// together.
final class ServerProcesses {
    private(set) var bases: [String] = []
    private var processes: [Process] = []
    let directory: URL

    init() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("civicgrid-servers-\(UUID().uuidString)")
    }

    deinit { stop() }

    /// The environment a bench's servers share: `DATABASE_URL` and one audit key, and public limits
    /// raised, since the bench is one address doing what a county's many do.
    static func environment(databaseURL: String?) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        if let databaseURL { environment["DATABASE_URL"] = databaseURL }
        environment["AUDIT_KEY"] = environment["AUDIT_KEY"] ?? benchAuditKey
        for name in ["PORTAL_ADDRESS", "TRACK_ADDRESS", "TRACK_SUBJECT", "OPEN311_KEY"] { environment["LIMIT_\(name)"] = "1000000" }
        return environment
    }

    static let benchAuditKey = "bench audit key, shared by every server process"

    func start(_ count: Int, environment: [String: String]) async throws {
        for _ in 0..<count {
            let port = Int.random(in: 20_000...60_000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            process.arguments = ["serve", "--demo", "--data-dir", directory.appendingPathComponent("p\(processes.count)").path, "--port", String(port)]
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            processes.append(process)
            bases.append("http://127.0.0.1:\(port)")
            try await Self.waitUntilUp(bases[bases.count - 1])
        }
    }

    var pids: [Int32] { processes.map(\.processIdentifier) }

    func stop() {
        for process in processes where process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        processes = []
        bases = []
        try? FileManager.default.removeItem(at: directory)
    }

    static func waitUntilUp(_ base: String) async throws {
        for _ in 0..<600 {
            if let response = try? await HTTPClient.shared.execute(HTTPClientRequest(url: base + "/healthz"), timeout: .seconds(2)),
               response.status.code == 200 { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw ServerError.didNotStart(base)
    }

    enum ServerError: Error { case didNotStart(String) }
}
