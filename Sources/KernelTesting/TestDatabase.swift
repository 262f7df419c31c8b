import Foundation
import Kernel
import Logging
import SQLKit

/// A fresh, empty database for one test: a temporary SQLite file, or — when
/// `CIVICGRID_TEST_DATABASE_URL` is set — a PostgreSQL schema of its own, dropped afterwards.
/// The test command runs the whole suite once each way.
public enum TestDatabase {
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["CIVICGRID_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var kind: DatabaseKind { postgresURL == nil ? .sqlite : .postgres }

    static var logger: Logger {
        var logger = Logger(label: "test-db")
        // PostgresNIO warns when a lease races the client's run loop starting; it retries itself.
        logger.logLevel = .error
        return logger
    }

    /// Connections one test's pool may open. Small, so that the suite's tests, all started at
    /// once, fit under the server's `max_connections` (see `PostgresSlots`).
    static let connectionsPerPool = 3

    /// A test's pool waits this long for a connection before the test fails: a debug build
    /// firing many requests at once queues behind three connections, but never forever.
    static let poolOptions = PostgresPoolOptions(maximumConnections: connectionsPerPool, leaseTimeout: .seconds(30),
                                                 connectTimeout: .seconds(5), statementTimeout: .seconds(60))

    /// Where the current test's database lives, so a test can open a second, independent
    /// connection to it: what another server process would have.
    enum Place: Sendable { case postgres(url: String, schema: String, held: HeldSlots), sqlite(directory: String) }
    @TaskLocal static var place: Place?

    /// Another connection pool (its own SQLite writer, or its own PostgreSQL connections) to the
    /// database of the `with` this runs inside: a second server process, as far as the database can tell.
    /// The caller shuts it down; its connection slot is given back when the test ends.
    public static func secondProcess() async throws -> Database {
        switch place {
        case .postgres(let url, let schema, let held)?:
            try await held.add(PostgresSlots.shared(url: url).second())
            return try await Database.postgres(url: url, searchPath: schema, options: poolOptions, logger: logger)
        case .sqlite(let directory)?:
            return try await Database.sqlite(dataDirectory: directory, logger: logger)
        case nil:
            preconditionFailure("secondProcess() runs inside TestDatabase.with")
        }
    }

    /// Every test signs its audit entries with this key: tests in one process share the key in
    /// use, so it is set once and never changes (tests of other keys pass theirs explicitly).
    public static let auditKey = AuditKey("civicgrid test audit key, not a secret")

    /// Runs `body` with a new database and removes it afterwards, whether `body` throws or not.
    public static func with<T>(_ body: (Database) async throws -> T) async throws -> T {
        AuditKey.use(auditKey)
        if let url = postgresURL {
            let slots = try await PostgresSlots.shared(url: url)
            let held = HeldSlots()
            await held.add(await slots.main())
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            // The schema named in search_path need not exist yet: the pool creates it, and its
            // connections find it from then on.
            let database = try await Database.postgres(url: url, searchPath: schema, options: poolOptions, logger: logger)
            func finish() async {
                if !slots.serverDown {
                    try? await database.transaction { sql in try await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run() }
                }
                await database.shutdown()
                await held.releaseAll()
            }
            do {
                // A server that stopped answering fails every later test at once, not one lease timeout at a time.
                guard await database.isHealthy(timeout: slots.serverDown ? .seconds(1) : .seconds(10)) else {
                    slots.markDown()
                    throw PostgresUnusable(message: "the PostgreSQL test server at \(url) does not answer")
                }
                slots.markUp()
                try await database.transaction { sql in try await sql.raw("CREATE SCHEMA \(ident: schema)").run() }
                let value = try await $place.withValue(.postgres(url: url, schema: schema, held: held)) { try await body(database) }
                await finish()
                return value
            } catch {
                await finish()
                throw error
            }
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civicgrid-test-\(UUID().uuidString)")
        let database = try await Database.sqlite(dataDirectory: directory.path, logger: logger)
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let value = try await $place.withValue(.sqlite(directory: directory.path)) { try await body(database) }
            await database.shutdown()
            return value
        } catch {
            await database.shutdown()
            throw error
        }
    }
}

/// A clock a test moves by hand.
public final class ManualClock: AppClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ date: Date) {
        current = date
    }

    public func now() -> Date {
        lock.lock(); defer { lock.unlock() }
        return current
    }

    public func advance(by seconds: TimeInterval) {
        lock.lock(); defer { lock.unlock() }
        current = current.addingTimeInterval(seconds)
    }
}
