import Logging
import NIOCore
import PostgresNIO
import SQLKit
import Synchronization

/// A leased connection's SQL, with two guarantees PostgresNIO 1.33 does not give: a statement on
/// a connection that closes (the server stopped, the network went) fails at once instead of
/// waiting forever, and a statement that gets no answer fails after `limit`. PostgresNIO writes
/// each query to its channel without a write promise, so a query written to a channel that has
/// just closed is never answered: under load with the server stopped, requests hung for good.
struct PostgresGuardedSQL: SQLDatabase {
    let base: any SQLDatabase
    let connection: PostgresConnection
    let watch: ConnectionWatch
    /// No answer within this fails the statement and closes the connection; nil for migrations.
    let limit: Duration?

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { base.version }
    var dialect: any SQLDialect { base.dialect }
    var queryLogLevel: Logger.Level? { base.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        guard let ticket = watch.add(promise) else {
            promise.fail(DatabaseUnavailable(reason: "connection closed"))
            return promise.futureResult
        }
        let connection = self.connection
        let timeout = limit.map { limit in
            eventLoop.scheduleTask(in: .milliseconds(limit.milliseconds)) {
                promise.fail(DatabaseUnavailable(reason: "no answer within \(limit)"))
                connection.close().whenComplete { _ in }
            }
        }
        base.execute(sql: query, onRow).whenComplete { [watch] result in
            timeout?.cancel()
            watch.remove(ticket)
            promise.completeWith(result)
        }
        return promise.futureResult
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await execute(sql: query, onRow).get()
    }

    func withSession<R: Sendable>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await closure(self)
    }
}

/// The statements waiting on one connection, failed together when it closes. One per connection,
/// registered on its close future once, so waiting statements do not pile callbacks onto it.
final class ConnectionWatch: Sendable {
    private struct State {
        var closed = false
        var next = 0
        var pending: [Int: EventLoopPromise<Void>] = [:]
    }

    private let state = Mutex(State())

    /// Registers a waiting statement; nil when the connection has already closed.
    func add(_ promise: EventLoopPromise<Void>) -> Int? {
        state.withLock { state in
            guard !state.closed else { return nil }
            state.next += 1
            state.pending[state.next] = promise
            return state.next
        }
    }

    func remove(_ ticket: Int) {
        _ = state.withLock { $0.pending.removeValue(forKey: ticket) }
    }

    func closed() {
        let waiting = state.withLock { state in
            state.closed = true
            defer { state.pending = [:] }
            return Array(state.pending.values)
        }
        for promise in waiting { promise.fail(DatabaseUnavailable(reason: "connection closed")) }
    }
}

/// One watch per open connection of a pool.
final class ConnectionWatches: Sendable {
    private let watches = Mutex<[ObjectIdentifier: ConnectionWatch]>([:])

    func watch(_ connection: PostgresConnection) -> ConnectionWatch {
        let key = ObjectIdentifier(connection)
        let (watch, isNew) = watches.withLock { watches in
            if let existing = watches[key] { return (existing, false) }
            let made = ConnectionWatch()
            watches[key] = made
            return (made, true)
        }
        if isNew {
            connection.closeFuture.whenComplete { [self] _ in
                watch.closed()
                _ = watches.withLock { $0.removeValue(forKey: key) }
            }
        }
        return watch
    }
}
