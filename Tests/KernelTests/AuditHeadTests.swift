import Foundation
import KernelTesting
import SQLKit
import Testing
@testable import Kernel

/// The head a process wrote last is extended without reading it, and only while it is the head.
@Suite("Audit chain head kept between appends", .serialized)
struct AuditHeadTests {
    struct Rollback: Error {}

    func append(_ n: Int, with log: AuditLog, to database: Database) async throws {
        try await database.transaction { sql in
            try await log.append(AuditEvent(actor: nil, action: "test.\(n)", targetType: "t", targetId: "\(n)"), at: Date(), on: sql)
        }
    }

    func seqs(in database: Database) async throws -> [Int64] {
        try await database.read { sql in
            try await sql.select().column("seq").from("audit_log").orderBy("seq").all().map { try $0.decode(column: "seq", as: Int64.self) }
        }
    }

    @Test func entriesSomeoneElseAppendedAreChainedAfterNotOver() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let log = AuditLog(key: AuditKey("audit head test key of enough length"))
            try await append(1, with: log, to: database)
            let first = try #require(AuditLog.lastHead.withLock { $0 })
            try await append(2, with: log, to: database)
            // As another process sees it: its last head is entry 1, entry 2 is someone else's.
            AuditLog.lastHead.withLock { $0 = first }
            try await append(3, with: log, to: database)
            #expect(try await seqs(in: database) == [1, 2, 3])
            #expect(try await database.read { try await log.verify(on: $0) } == .intact(entries: 3))
        }
    }

    @Test func anAppendRolledBackLeavesNoTrace() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let log = AuditLog(key: AuditKey("audit head test key of enough length"))
            try await append(1, with: log, to: database)
            await #expect(throws: Rollback.self) {
                try await database.transaction { sql in
                    try await log.append(AuditEvent(actor: nil, action: "test.gone", targetType: "t", targetId: "gone"), at: Date(), on: sql)
                    throw Rollback()
                }
            }
            // This process last wrote entry 2, which was never committed: the next is 2 again.
            try await append(3, with: log, to: database)
            #expect(try await seqs(in: database) == [1, 2])
            #expect(try await database.read { try await log.verify(on: $0) } == .intact(entries: 2))
        }
    }

    @Test func entriesRecordedAtOnceAreChainedInOrderEachSignedByItsOwnKey() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let keys = [AuditKey("audit group test key number one, long"), AuditKey("audit group test key number two, long")]
            // Recorded together, so that groups hold runs of each key: one UPDATE and one INSERT a run.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<60 {
                    group.addTask {
                        try await AuditLog(key: keys[n % 3 == 0 ? 1 : 0])
                            .record(AuditEvent(actor: nil, action: "test.\(n % 3 == 0 ? 1 : 0)", targetType: "t", targetId: "\(n)"), at: Date(), in: database)
                    }
                }
                try await group.waitForAll()
            }
            let entries = try await database.read { sql in
                try await sql.select().column("*").from("audit_log").orderBy("seq")
                    .all(decoding: AuditEntry.self, with: .init(keyDecodingStrategy: .convertFromSnakeCase))
            }
            #expect(entries.map(\.seq) == Array(1...60))
            #expect(Set(entries.map(\.targetId)).count == 60)
            var previous = AuditChain.genesis
            for entry in entries {
                let key = keys[entry.action == "test.1" ? 1 : 0], other = keys[entry.action == "test.1" ? 0 : 1]
                #expect(entry.prevHash == previous, "entry \(entry.seq) does not follow the one before it")
                #expect(entry.hash == AuditChain.hash(of: entry, key: key) && entry.hash != AuditChain.hash(of: entry, key: other),
                        "entry \(entry.seq) is not signed by its own key")
                previous = entry.hash
            }
        }
    }
}
