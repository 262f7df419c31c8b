import Foundation
import Logging
import PostgresKit
import NIOCore
import PostgresNIO
import SQLKit
import Synchronization

/// How one process uses PostgreSQL: a bounded pool, and a bound on every wait.
/// PostgresNIO's pool waits forever for a connection the server refuses ("too many clients",
/// a restart); these bounds turn that wait into `DatabaseUnavailable`, which answers 503.
public struct PostgresPoolOptions: Sendable {
    /// Connections this process opens at most. N processes on one server need
    /// N × maximumConnections ≤ max_connections − superuser_reserved_connections (3) − other clients.
    public var maximumConnections: Int
    /// How long a request may wait for a connection before it is refused.
    public var leaseTimeout: Duration
    /// How long opening one connection may take.
    public var connectTimeout: Duration
    /// The server cancels a statement running longer (`statement_timeout`); 0 is no limit. A
    /// statement with no answer 5 s after that fails here too, and its connection is closed: the
    /// server may be gone without a word.
    public var statementTimeout: Duration
    /// The server closes a connection left idle inside a transaction this long.
    public var idleInTransactionTimeout: Duration

    public init(maximumConnections: Int = 16, leaseTimeout: Duration = .seconds(5), connectTimeout: Duration = .seconds(3),
                statementTimeout: Duration = .seconds(30), idleInTransactionTimeout: Duration = .seconds(60)) {
        self.maximumConnections = maximumConnections
        self.leaseTimeout = leaseTimeout
        self.connectTimeout = connectTimeout
        self.statementTimeout = statementTimeout
        self.idleInTransactionTimeout = idleInTransactionTimeout
    }

    /// From the environment: `DATABASE_POOL_SIZE`, `DATABASE_LEASE_TIMEOUT` (seconds),
    /// `DATABASE_STATEMENT_TIMEOUT` (seconds); each bounded so a typo cannot ask for the absurd.
    public static func from(environment: [String: String]) -> PostgresPoolOptions {
        var options = PostgresPoolOptions()
        if let size = environment["DATABASE_POOL_SIZE"].flatMap(Int.init), (1...500).contains(size) {
            options.maximumConnections = size
        }
        if let seconds = environment["DATABASE_LEASE_TIMEOUT"].flatMap(Int.init), (1...600).contains(seconds) {
            options.leaseTimeout = .seconds(seconds)
        }
        if let seconds = environment["DATABASE_STATEMENT_TIMEOUT"].flatMap(Int.init), (0...86_400).contains(seconds) {
            options.statementTimeout = .seconds(seconds)
        }
        return options
    }
}

/// The database could not be reached in time: no connection within the lease timeout, a
/// connection refused or lost, a statement cancelled by the server's timeout. Answers 503.
public struct DatabaseUnavailable: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { "database unavailable: \(reason)" }
}

/// PostgreSQL through PostgresNIO's pooled client; each transaction leases one connection.
final class PostgresBackend: DatabaseBackend {
    let kind = DatabaseKind.postgres
    let writeExecutor: (any TaskExecutor)? = nil
    let options: PostgresPoolOptions
    private let client: PostgresClient
    private let timerLoop: any EventLoop = PostgresClient.defaultEventLoopGroup.any()
    private let watches = ConnectionWatches()
    private let runner: Task<Void, Never>

    private init(client: PostgresClient, options: PostgresPoolOptions) {
        self.client = client
        self.options = options
        self.runner = Task { await client.run() }
    }

    static func connect(url: String, searchPath: String?, options: PostgresPoolOptions, logger: Logger) throws -> PostgresBackend {
        guard let components = URLComponents(string: url), let host = components.host else {
            throw DatabaseConfigurationError.invalidURL(url)
        }
        var configuration = PostgresClient.Configuration(
            host: host,
            port: components.port ?? 5432,
            username: components.user ?? "postgres",
            password: components.password,
            database: components.path.isEmpty ? nil : String(components.path.dropFirst()),
            tls: .disable
        )
        var parameters = [
            ("statement_timeout", String(options.statementTimeout.milliseconds)),
            ("idle_in_transaction_session_timeout", String(options.idleInTransactionTimeout.milliseconds)),
        ]
        if let searchPath { parameters.append(("search_path", searchPath)) }
        configuration.options.additionalStartupParameters = parameters
        configuration.options.maximumConnections = options.maximumConnections
        configuration.options.connectTimeout = options.connectTimeout
        return PostgresBackend(client: PostgresClient(configuration: configuration, backgroundLogger: logger), options: options)
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await withLease(timeout: options.leaseTimeout) { sql in try await body(sql) }
    }

    func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await withLease(timeout: options.leaseTimeout) { sql in try await inTransaction(sql, begin: "BEGIN", body) }
    }

    func probe(timeout: Duration) async -> Bool {
        (try? await withLease(timeout: timeout, queryLimit: timeout) { sql in
            try await sql.raw("SELECT 1 AS ok").first() != nil
        }) ?? false
    }

    /// Set while migrations run: building an index over millions of rows may outlast any limit.
    @TaskLocal static var unlimited = false

    /// How long a statement may go unanswered before it fails here.
    private var queryLimit: Duration? {
        guard !Self.unlimited, options.statementTimeout > .zero else { return nil }
        return options.statementTimeout + .seconds(5)
    }

    /// Runs `body` on a leased connection, giving up after `timeout` if none comes.
    ///
    /// The lease is taken by a holder task that hands the connection over and keeps the lease
    /// until `body` is done, so the caller never waits on the pool itself: the pool's own wait
    /// has no limit, and a connection that arrives after the caller gave up goes straight back.
    private func withLease<T: Sendable>(timeout: Duration, queryLimit: Duration? = nil,
                                        _ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let handoff = LeaseHandoff()
        let holder = Task { [client] in
            do {
                try await client.withConnection { connection in
                    guard handoff.deliver(connection) else { return }
                    await handoff.whenReturned()
                }
            } catch {
                handoff.fail(error)
            }
        }
        let timer = timerLoop.scheduleTask(in: .milliseconds(timeout.milliseconds)) {
            handoff.fail(DatabaseUnavailable(reason: "no connection within \(timeout)"))
        }
        let connection: PostgresConnection
        do {
            connection = try await withTaskCancellationHandler {
                try await handoff.connection()
            } onCancel: {
                handoff.fail(CancellationError())
            }
            timer.cancel()
        } catch {
            timer.cancel()
            holder.cancel()
            throw Self.classify(error)
        }
        defer { handoff.giveBack() }
        let sql = PostgresGuardedSQL(base: connection.sql(queryLogLevel: nil), connection: connection,
                                     watch: watches.watch(connection), limit: queryLimit ?? self.queryLimit)
        do {
            return try await body(sql)
        } catch let error as PSQLError {
            throw Self.unavailable(error) ?? error
        }
    }

    /// Why a lease failed, as the caller should see it.
    static func classify(_ error: any Error) -> any Error {
        switch error {
        case let error as PSQLError: unavailable(error) ?? error
        case is DatabaseUnavailable, is CancellationError: error
        // The pool refused before any statement ran (its circuit breaker, shutdown).
        default: DatabaseUnavailable(reason: "\(error)")
        }
    }

    /// Errors that say the server cannot be used right now, as opposed to errors in a statement.
    static func unavailable(_ error: PSQLError) -> DatabaseUnavailable? {
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed, .queryCancelled:
            return DatabaseUnavailable(reason: "\(error.code)")
        case .server:
            // 08: connection exception, 53: insufficient resources, 57: operator intervention
            // (admin shutdown, statement timeout, cannot connect now).
            let state = error.serverInfo?[.sqlState] ?? ""
            return ["08", "53", "57"].contains(String(state.prefix(2))) ? DatabaseUnavailable(reason: "SQLSTATE \(state)") : nil
        default:
            return nil
        }
    }

    func shutdown() async {
        runner.cancel()
        _ = await runner.value
    }
}

/// A connection handed from the task holding its lease to the caller using it. Exactly one of
/// delivery and failure reaches the caller; the holder keeps the lease until it is given back.
private final class LeaseHandoff: Sendable {
    private enum State {
        case waiting(CheckedContinuation<PostgresConnection, any Error>?)
        case delivered(PostgresConnection, holder: CheckedContinuation<Void, Never>?)
        case failed(any Error)
        case inUse(returned: CheckedContinuation<Void, Never>?)
        case returned
    }

    private let state = Mutex(State.waiting(nil))

    /// The caller waits here for the connection or the failure.
    func connection() async throws -> PostgresConnection {
        try await withCheckedThrowingContinuation { continuation in
            let ready: Result<PostgresConnection, any Error>? = state.withLock { state in
                switch state {
                case .waiting:
                    state = .waiting(continuation)
                    return nil
                case .delivered(let connection, let holder):
                    state = .inUse(returned: holder)
                    return .success(connection)
                case .failed(let error):
                    return .failure(error)
                case .inUse, .returned:
                    return .failure(DatabaseUnavailable(reason: "lease handed over twice"))
                }
            }
            if let ready { continuation.resume(with: ready) }
        }
    }

    /// The holder offers the leased connection; false when the caller has already given up.
    func deliver(_ connection: PostgresConnection) -> Bool {
        let waiter: CheckedContinuation<PostgresConnection, any Error>?? = state.withLock { state in
            guard case .waiting(let continuation) = state else { return .none }
            if let continuation {
                state = .inUse(returned: nil)
                return .some(continuation)
            }
            state = .delivered(connection, holder: nil)
            return .some(nil)
        }
        guard let waiter else { return false }
        waiter?.resume(returning: connection)
        return true
    }

    /// The lease failed or the caller stopped waiting (timeout, cancellation); ignored once delivered.
    func fail(_ error: any Error) {
        let waiter: CheckedContinuation<PostgresConnection, any Error>? = state.withLock { state in
            guard case .waiting(let continuation) = state else { return nil }
            state = .failed(error)
            return continuation
        }
        waiter?.resume(throwing: error)
    }

    /// The holder waits here until the caller is done with the connection.
    func whenReturned() async {
        await withCheckedContinuation { continuation in
            let done = state.withLock { state in
                switch state {
                case .inUse(nil):
                    state = .inUse(returned: continuation)
                    return false
                case .delivered(let connection, nil):
                    state = .delivered(connection, holder: continuation)
                    return false
                default:
                    return true
                }
            }
            if done { continuation.resume() }
        }
    }

    /// The caller is done; the holder gives the lease back to the pool.
    func giveBack() {
        let holder: CheckedContinuation<Void, Never>? = state.withLock { state in
            guard case .inUse(let returned) = state else { return nil }
            state = .returned
            return returned
        }
        holder?.resume()
    }
}

extension Duration {
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}

public enum DatabaseConfigurationError: Error, CustomStringConvertible {
    case invalidURL(String)

    public var description: String {
        switch self {
        case .invalidURL(let url): "DATABASE_URL is not a postgres:// URL: \(url)"
        }
    }
}
