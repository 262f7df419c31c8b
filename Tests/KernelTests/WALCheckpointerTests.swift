import Foundation
import KernelTesting
import Logging
import SQLKit
import Synchronization
import Testing
@testable import Kernel

/// The write-ahead log is copied into the database beside the writer, and it starts over.
@Suite("WAL checkpoints beside the writer")
struct WALCheckpointerTests {
    /// A database whose writer never checkpoints and whose checkpointer only runs when asked
    /// (or, with `interval`, on its own).
    func withDatabase(interval: Duration = .seconds(3_600), _ body: (Database, WALCheckpointer, WALIndex) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cg-wal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let settings = WALCheckpointer.Settings(interval: interval, restartFrames: 50, backstopFrames: 0)
        let database = try await Database.sqlite(dataDirectory: directory.path, logger: Logger(label: "wal-test"), checkpoints: settings)
        do {
            let checkpointer = try #require((database.backend as? SQLiteBackend)?.checkpointer)
            try await database.transaction { try await $0.raw("CREATE TABLE pages (n INTEGER PRIMARY KEY, body TEXT NOT NULL)").run() }
            try await body(database, checkpointer, WALIndex(path: directory.appendingPathComponent("civicgrid.sqlite-shm").path))
            await database.shutdown()
        } catch {
            await database.shutdown()
            throw error
        }
    }

    /// One transaction writing a page or two of its own.
    func write(_ n: Int, on database: Database) async throws {
        try await database.transaction { sql in
            try await sql.insert(into: "pages").columns("n", "body").values(SQLBind(n), SQLBind(String(repeating: "网", count: 1_500))).run()
        }
    }

    /// The log's shared index as SQLite keeps it (its file format, walformat.html): how many
    /// frames the log holds and how many are copied into the database. Read from the file, as
    /// asking SQLite (`PRAGMA wal_checkpoint`) would itself copy them.
    struct WALIndex {
        let path: String
        var frames: Int { word(at: 16) }
        var copied: Int { word(at: 96) }
        private func word(at offset: Int) -> Int {
            guard let data = FileManager.default.contents(atPath: path), data.count >= offset + 4 else { return -1 }
            return Int(data[offset..<offset + 4].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) })
        }
    }

    @Test func theWriterLeavesTheLogToTheCheckpointerWhichStartsItOver() async throws {
        try await withDatabase { database, checkpointer, log in
            for n in 0..<200 { try await write(n, on: database) }
            // The writer's commits copied nothing back: the log holds every transaction.
            #expect(log.frames >= 200)
            #expect(log.copied == 0)
            try await checkpointer.pass()
            #expect(log.copied == log.frames)
            try await write(200, on: database)
            // Copied and started over: the log holds the last transaction only.
            #expect(log.frames < 10)
            let count = try await database.read { try await $0.count { $0.from("pages") } }
            #expect(count == 201)
        }
    }

    @Test func aPassWhileTheWriterWritesStillLetsTheLogStartOver() async throws {
        try await withDatabase { database, checkpointer, log in
            for n in 0..<200 { try await write(n, on: database) }
            // Writes go on during the pass: the copy made beside them cannot finish the log, the
            // one under the write lock does, and the next write starts the log over.
            let passing = Mutex(true)
            let writes = Task {
                var n = 200
                while passing.withLock({ $0 }) {
                    try await write(n, on: database)
                    n += 1
                }
                return n - 200
            }
            try await checkpointer.pass()
            passing.withLock { $0 = false }
            let during = try await writes.value
            try await write(100_000, on: database)
            // Only the writes after the pass (one or two) are left, not the 200 before it.
            #expect(log.frames < 50, "\(during) writes during the pass")
        }
    }

    @Test func theLoopKeepsTheLogShortOnItsOwn() async throws {
        try await withDatabase(interval: .milliseconds(5)) { database, _, log in
            for n in 0..<300 { try await write(n, on: database) }
            for _ in 0..<500 where log.frames >= 50 {
                try await Task.sleep(for: .milliseconds(10))
                try await write(1_000, on: database)
                try await database.transaction { try await $0.delete(from: "pages").where("n", .equal, 1_000).run() }
            }
            // Three hundred writes in, the log started over: only the checkpointer's loop copies here.
            #expect(log.frames < 50)
        }
    }
}
