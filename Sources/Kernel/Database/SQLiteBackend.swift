import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit
import SQLiteNIO

/// One writer connection behind a lock, several reader connections: WAL lets reads run
/// beside the single write transaction.
final class SQLiteBackend: DatabaseBackend {
    let kind = DatabaseKind.sqlite
    private let writer: SQLiteConnection
    private let writeLock: AsyncMutex
    private let readers: ReaderPool<SQLiteConnection>
    private let threads: NIOThreadPool
    /// The writer's connection belongs to this loop (its futures complete there); its statements and transactions run on `writerThread`.
    private let writerLoop: MultiThreadedEventLoopGroup
    private let writerThread: WriterThread
    var writeExecutor: (any TaskExecutor)? { writerThread }
    let checkpointer: WALCheckpointer

    private init(writer: SQLiteConnection, readers: [SQLiteConnection], threads: NIOThreadPool, writerLoop: MultiThreadedEventLoopGroup,
                 writerThread: WriterThread, checkpoints: SQLiteConnection, settings: WALCheckpointer.Settings, logger: Logger) {
        self.writer = writer
        self.readers = ReaderPool(readers)
        self.threads = threads
        self.writerLoop = writerLoop
        self.writerThread = writerThread
        let writeLock = AsyncMutex()
        self.writeLock = writeLock
        self.checkpointer = WALCheckpointer(connection: checkpoints, writeLock: writeLock, settings: settings, logger: logger)
    }

    static func open(path: String, logger: Logger, readerCount: Int = 4, checkpoints settings: WALCheckpointer.Settings = .init()) async throws -> SQLiteBackend {
        // A thread for each reader and the checkpointer: none waits for a free thread behind another's
        // statements (the shared pool has one thread per core, two here). The writer has its own.
        let threads = NIOThreadPool(numberOfThreads: readerCount + 1)
        threads.start()
        let writerLoop = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let writerThread = WriterThread()
        let writer = try await openConnection(path: path, threads: writerThread.pool, loop: writerLoop.next(), logger: logger)
        try await writer.sql().raw("PRAGMA journal_mode=WAL").run()
        // The checkpointer copies the log beside the writer; the writer's own checkpoint is the backstop.
        try await writer.sql().raw("PRAGMA wal_autocheckpoint=\(literal: settings.backstopFrames)").run()
        var readers: [SQLiteConnection] = []
        for _ in 0..<readerCount {
            readers.append(try await openConnection(path: path, threads: threads, loop: MultiThreadedEventLoopGroup.singleton.any(), logger: logger))
        }
        let checkpoints = try await openConnection(path: path, threads: threads, loop: MultiThreadedEventLoopGroup.singleton.any(), logger: logger)
        return SQLiteBackend(writer: writer, readers: readers, threads: threads, writerLoop: writerLoop, writerThread: writerThread, checkpoints: checkpoints,
                             settings: settings, logger: logger)
    }

    private static func openConnection(path: String, threads: NIOThreadPool, loop: any EventLoop, logger: Logger) async throws -> SQLiteConnection {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), threadPool: threads, logger: logger, on: loop)
        let sql = connection.sql(queryLogLevel: nil)
        // NORMAL is durable across a process crash in WAL mode; only power loss can drop the last commit.
        // A 64 MiB page cache per connection keeps bulk inserts into large indexes off the disk.
        // Statement journals (multi-row INSERTs) and sort scratch stay in memory: the subjournal's
        // writes to a temp file were 5% of a bulk import.
        for pragma in ["PRAGMA busy_timeout=10000", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536",
                       "PRAGMA temp_store=MEMORY"] {
            try await sql.raw(SQLQueryString(pragma)).run()
        }
        return connection
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await readers.with { connection in
            try await body(connection.sql(queryLogLevel: nil))
        }
    }

    func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let writer = self.writer, writeLock = self.writeLock
        return try await withTaskExecutorPreference(writerThread) {
            try await writeLock.withLock {
                try await Self.$inWriteTransaction.withValue(true) {
                    try await inTransaction(writer.sql(queryLogLevel: nil), begin: "BEGIN IMMEDIATE", body)
                }
            }
        }
    }

    func probe(timeout: Duration) async -> Bool {
        // A local file: it answers or it is broken; there is no connection to wait for.
        (try? await read { sql in try await sql.raw("SELECT 1 AS ok").first() != nil }) ?? false
    }

    /// Set while a task runs inside `transaction`: raw statements on the writer are only safe there.
    @TaskLocal static var inWriteTransaction = false

    func insertNew(into table: String, columns: [String], rows: [[BulkValue]], conflictKeys: [String],
                   on sql: any SQLDatabase) async throws -> Int {
        precondition(Self.inWriteTransaction, "insertNew runs inside Database.transaction")
        let perStatement = BulkStatement.rowsPerStatement(columns: columns.count)
        var inserted = 0
        for chunk in rows.chunked(by: perStatement) {
            let text = BulkStatement.text(table: table, columns: columns, count: chunk.count, conflictKeys: conflictKeys,
                                          ignoringAnyConflict: !conflictKeys.isEmpty, for: sql)
            var binds: [SQLiteData] = []
            binds.reserveCapacity(chunk.count * columns.count)
            for row in chunk {
                for value in row {
                    switch value {
                    case .text(let v): binds.append(.text(v))
                    case .integer(let v): binds.append(.integer(v))
                    case .real(let v): binds.append(.float(v))
                    case .null: binds.append(.null)
                    }
                }
            }
            _ = try await writer.query(text, binds)
            if conflictKeys.isEmpty {
                inserted += chunk.count
            } else {
                let changes = try await writer.query("SELECT changes() AS n", [])
                inserted += changes.first?.column("n")?.integer ?? 0
            }
        }
        return inserted
    }

    func shutdown() async {
        await checkpointer.stop()
        try? await writer.close()
        await readers.closeAll { try? await $0.close() }
        try? await threads.shutdownGracefully()
        await writerThread.shutdown()
        try? await writerLoop.shutdownGracefully()
    }
}

/// A fixed set of connections handed out one caller at a time.
actor ReaderPool<Connection: Sendable> {
    private var idle: [Connection]
    private let all: [Connection]
    private var waiters: [CheckedContinuation<Connection, Never>] = []

    init(_ connections: [Connection]) {
        self.idle = connections
        self.all = connections
    }

    private func take() async -> Connection {
        if let connection = idle.popLast() { return connection }
        return await withCheckedContinuation { waiters.append($0) }
    }

    private func give(_ connection: Connection) {
        if waiters.isEmpty {
            idle.append(connection)
        } else {
            waiters.removeFirst().resume(returning: connection)
        }
    }

    nonisolated func with<T: Sendable>(_ body: @Sendable (Connection) async throws -> T) async throws -> T {
        let connection = await take()
        do {
            let value = try await body(connection)
            await give(connection)
            return value
        } catch {
            await give(connection)
            throw error
        }
    }

    func closeAll(_ close: @Sendable (Connection) async -> Void) async {
        for connection in all { await close(connection) }
    }
}
