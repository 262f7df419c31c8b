import Foundation
import Logging
import SQLKit

/// BEGIN … COMMIT around `body` on one connection, ROLLBACK if it throws.
func inTransaction<T: Sendable>(_ sql: any SQLDatabase, begin: SQLQueryString, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
    try await sql.raw(begin).run()
    do {
        let value = try await body(sql)
        try await sql.raw("COMMIT").run()
        return value
    } catch {
        try? await sql.raw("ROLLBACK").run()
        throw error
    }
}

public enum DatabaseKind: String, Sendable {
    case sqlite
    case postgres
}

/// What a backend must offer: reads on any connection, writes inside one transaction.
protocol DatabaseBackend: Sendable {
    var kind: DatabaseKind { get }
    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func insertNew(into table: String, columns: [String], rows: [[BulkValue]], conflictKeys: [String], on sql: any SQLDatabase) async throws -> Int
    func shutdown() async
    /// True when a trivial query answers within `timeout`.
    func probe(timeout: Duration) async -> Bool
    /// Where write transactions run best, if the backend has such a place (SQLite's writer loop).
    var writeExecutor: (any TaskExecutor)? { get }
}

/// The one data layer every context uses. SQLite (a file, WAL) by default, PostgreSQL when
/// `DATABASE_URL` is set. Contexts never see which; only migrations ask `kind` for column types.
public final class Database: Sendable {
    let backend: any DatabaseBackend
    /// The audit entries recorded on their own, committed in groups.
    let audits = AuditGroup()
    public var kind: DatabaseKind { backend.kind }

    init(backend: any DatabaseBackend) {
        self.backend = backend
    }

    /// Opens the embedded database file `civicgrid.sqlite` in `dataDirectory`.
    public static func sqlite(dataDirectory: String, logger: Logger) async throws -> Database {
        try await sqlite(dataDirectory: dataDirectory, logger: logger, checkpoints: .init())
    }

    static func sqlite(dataDirectory: String, logger: Logger, checkpoints: WALCheckpointer.Settings) async throws -> Database {
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        let path = (dataDirectory as NSString).appendingPathComponent("civicgrid.sqlite")
        return Database(backend: try await SQLiteBackend.open(path: path, logger: logger, checkpoints: checkpoints))
    }

    /// Connects to PostgreSQL; `searchPath` lets tests give each case its own schema.
    public static func postgres(url: String, searchPath: String? = nil, options: PostgresPoolOptions = .init(),
                                logger: Logger) async throws -> Database {
        Database(backend: try PostgresBackend.connect(url: url, searchPath: searchPath, options: options, logger: logger))
    }

    /// Opens PostgreSQL when `DATABASE_URL` is set in `environment`, the SQLite file otherwise.
    public static func open(dataDirectory: String, environment: [String: String], logger: Logger) async throws -> Database {
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            return try await postgres(url: url, options: .from(environment: environment), logger: logger)
        }
        return try await sqlite(dataDirectory: dataDirectory, logger: logger)
    }

    public func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await backend.read(body)
    }

    /// Runs `body` in one transaction: all of it commits or none of it does.
    public func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await backend.transaction(body)
    }

    public func shutdown() async {
        await backend.shutdown()
    }

    /// The executor a task that does nothing but write should prefer (SQLite: the writer's own
    /// loop, where its statements complete); nil when any will do.
    public var writeExecutor: (any TaskExecutor)? { backend.writeExecutor }

    /// True when the database answers a trivial query within `timeout` (a health check must
    /// answer quickly even when the database does not).
    public func isHealthy(timeout: Duration = .seconds(2)) async -> Bool {
        await backend.probe(timeout: timeout)
    }
}
