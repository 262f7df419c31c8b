import Logging
import SQLKit
import SQLiteNIO

/// Copies SQLite's write-ahead log into the database file beside the writer instead of inside its
/// commits. SQLite's own checkpoint runs in the commit that crosses its threshold: that group of
/// orders, and every request queued behind it, waited while 40 MB were copied and synced (intake's
/// p99). Here a connection of its own copies whatever the log holds every `interval` while the
/// writer goes on. Copying beside a writer never finishes the log, and only a finished log starts
/// over, so once the log is past `restartFrames` the last few frames are copied once more holding
/// the write lock: the next write then starts the log from its beginning.
final class WALCheckpointer: Sendable {
    struct Settings: Sendable {
        var interval: Duration = .milliseconds(500)
        var restartFrames = 10_000
        /// The writer still checkpoints in its commit past this (400 MB): only if this one falls behind.
        var backstopFrames = 100_000
    }

    /// `PRAGMA wal_checkpoint`'s answer: frames in the log, frames copied into the database.
    struct Pass: Decodable, Sendable {
        let busy: Int
        let log: Int
        let checkpointed: Int
    }

    private let connection: SQLiteConnection
    private let writeLock: AsyncMutex
    private let settings: Settings
    private let loop: Task<Void, Never>

    init(connection: SQLiteConnection, writeLock: AsyncMutex, settings: Settings, logger: Logger) {
        self.connection = connection
        self.writeLock = writeLock
        self.settings = settings
        loop = Task { [interval = settings.interval, restartFrames = settings.restartFrames] in
            while !Task.isCancelled {
                do { try await Task.sleep(for: interval) } catch { return }
                do {
                    try await Self.pass(connection, writeLock: writeLock, restartFrames: restartFrames)
                } catch is CancellationError {
                    return  // stopped in the middle of a pass: shutting down, nothing failed
                } catch {
                    logger.warning("WAL checkpoint failed", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    /// One pass now, as the loop does it.
    func pass() async throws {
        try await Self.pass(connection, writeLock: writeLock, restartFrames: settings.restartFrames)
    }

    private static func pass(_ connection: SQLiteConnection, writeLock: AsyncMutex, restartFrames: Int) async throws {
        let copied = try await copy(connection)
        guard copied.log >= restartFrames else { return }
        try await writeLock.withLock { _ = try await copy(connection) }
    }

    /// A passive checkpoint: copies what no reader still needs, never waits for anyone.
    static func copy(_ connection: SQLiteConnection) async throws -> Pass {
        // No row is no log (SQLite answers -1 itself when the file is not in WAL mode).
        try await connection.sql(queryLogLevel: nil).raw("PRAGMA wal_checkpoint(PASSIVE)").first(decoding: Pass.self)
            ?? Pass(busy: 0, log: -1, checkpointed: -1)
    }

    func stop() async {
        loop.cancel()
        await loop.value
        try? await connection.close()
    }
}
