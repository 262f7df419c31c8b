import Foundation
@testable import Kernel
import Logging
import Testing

/// A PostgreSQL that refuses connections must fail a request within its lease timeout, as an
/// error the HTTP layer answers with 503, never as a wait (issue 18: leases waited forever).
@Suite("PostgreSQL that does not answer")
struct DatabaseUnavailableTests {
    /// A loopback port nothing listens on: bound, read and closed again.
    static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                guard bind(fd, raw, length) == 0, getsockname(fd, raw, &length) == 0 else { throw POSIXError(.EADDRINUSE) }
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    // A time limit, not a timing assertion: without the lease timeout this test never ends.
    @Test(.timeLimit(.minutes(1))) func aRefusedConnectionFailsTheLeaseWithinItsTimeout() async throws {
        let url = "postgres://postgres@127.0.0.1:\(try Self.closedPort())/postgres"
        var logger = Logger(label: "refused")
        logger.logLevel = .critical
        let database = try await Database.postgres(url: url, options: PostgresPoolOptions(maximumConnections: 2, leaseTimeout: .seconds(1)),
                                                   logger: logger)
        await #expect(throws: DatabaseUnavailable.self) {
            try await database.read { sql in try await sql.raw("SELECT 1 AS ok").run() }
        }
        await #expect(throws: DatabaseUnavailable.self) {
            try await database.transaction { sql in try await sql.raw("SELECT 1 AS ok").run() }
        }
        #expect(await !database.isHealthy(timeout: .milliseconds(300)))
        await database.shutdown()
    }

    @Test func theHTTPAnswerIs503WithItsOwnCode() {
        #expect(AppError.databaseUnavailable.status == .serviceUnavailable)
        #expect(AppError.databaseUnavailable.code == "database_unavailable")
    }
}
