import Foundation

/// A throwaway PostgreSQL a bench starts for itself: `initdb` into a temporary folder as user
/// postgres, `pg_ctl start` on 127.0.0.1 (no systemd), stopped and removed by `stop()`. Needs root
/// (to run as postgres) and Debian's postgresql package, as `scripts/test` installs.
final class LocalPostgres {
    let directory: URL, port: Int, bin: String
    private var running = false

    var url: String { "postgres://postgres@127.0.0.1:\(port)/postgres" }

    init(maxConnections: Int) throws {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        guard let version = versions.compactMap(Int.init).max() else { throw LocalPostgresError.notInstalled }
        bin = "/usr/lib/postgresql/\(version)/bin"
        port = Int.random(in: 20_000...60_000)
        directory = URL(fileURLWithPath: "/tmp/civicgrid-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        try Self.shell("chown postgres '\(directory.path)'")
        try Self.asPostgres("\(bin)/initdb -D '\(directory.path)/data' -U postgres --auth=trust --locale=C.UTF-8 -E UTF8 > /dev/null")
        // The server's defaults otherwise (fsync on): what a county would run, on this machine's disk.
        try Self.asPostgres("\(bin)/pg_ctl -D '\(directory.path)/data' -l '\(directory.path)/server.log' -w -o "
                            + "\"-c listen_addresses=127.0.0.1 -p \(port) -k /tmp -c max_connections=\(maxConnections)\" start > /dev/null")
        running = true
    }

    deinit { stop() }

    func stop() {
        guard running else { return }
        running = false
        try? Self.asPostgres("\(bin)/pg_ctl -D '\(directory.path)/data' -m fast -w stop > /dev/null")
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs a client program of this PostgreSQL (psql, pgbench) against it; returns what it printed.
    func run(_ program: String, _ arguments: [String]) throws -> String {
        let output = directory.appendingPathComponent("\(program).out")
        let words = ["\(bin)/\(program)", "-h", "127.0.0.1", "-p", String(port), "-U", "postgres"] + arguments
        let command = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let status = system("\(command) > '\(output.path)' 2>&1")
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard status == 0 else { throw LocalPostgresError.failed("\(program) \(arguments.joined(separator: " ")): \(text)") }
        return text
    }

    static func asPostgres(_ command: String) throws {
        try shell("su postgres -s /bin/sh -c \"\(command.replacingOccurrences(of: "\"", with: "\\\""))\"")
    }

    /// `system(3)`: Foundation's `Process` waited forever here for `pg_ctl start` and for pgbench,
    /// both of which had ended.
    static func shell(_ command: String) throws {
        guard system(command) == 0 else { throw LocalPostgresError.failed(command) }
    }

    enum LocalPostgresError: Error { case notInstalled, failed(String) }
}
