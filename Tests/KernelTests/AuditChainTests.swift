import Foundation
import Kernel
import KernelTesting
import SQLKit
import Testing

@Suite("Audit hash chain")
struct AuditChainTests {
    let key = AuditKey("audit chain test key of enough length")

    func chain(_ count: Int, key: AuditKey? = nil) -> [AuditEntry] {
        let key = key ?? self.key
        var entries: [AuditEntry] = []
        var prev = AuditChain.genesis
        for seq in 1...Int64(count) {
            var entry = AuditEntry(seq: seq, at: 1_700_000_000 + seq, actorId: "u1", actorName: "admin", action: "unit.update",
                                   targetType: "unit", targetId: "330199", detail: "change \(seq)", ip: "127.0.0.1", prevHash: prev, hash: "")
            entry.hash = AuditChain.hash(of: entry, key: key)
            prev = entry.hash
            entries.append(entry)
        }
        return entries
    }

    @Test func intactChainVerifies() {
        #expect(AuditChain.verify(chain(5), key: key) == .intact(entries: 5))
    }

    @Test func editedEntryIsDetectedAtThatEntry() {
        var entries = chain(5)
        entries[2].detail = "nothing happened here"
        #expect(AuditChain.verify(entries, key: key) == .broken(atSeq: 3, reason: "entry hash does not match its content"))
    }

    @Test func rehashedEditBreaksTheNextLink() {
        var entries = chain(5)
        entries[2].actorName = "someone else"
        entries[2].hash = AuditChain.hash(of: entries[2], key: key)
        #expect(AuditChain.verify(entries, key: key) == .broken(atSeq: 4, reason: "link to previous entry does not match"))
    }

    @Test func deletedEntryLeavesAGap() {
        var entries = chain(5)
        entries.remove(at: 1)
        #expect(AuditChain.verify(entries, key: key) == .broken(atSeq: 3, reason: "sequence gap after 1"))
    }

    @Test func fieldBoundariesCannotBeShifted() {
        var a = chain(1)[0]
        var b = a
        a.targetType = "unit"; a.targetId = "1"
        b.targetType = "unit1"; b.targetId = ""
        #expect(AuditChain.hash(of: a, key: key) != AuditChain.hash(of: b, key: key))
    }

    /// Whoever can write the database but lacks the key edits an entry and recomputes every later
    /// hash, as the unkeyed chain would have allowed: the edited entry no longer verifies.
    @Test func rewritingTheChainWithoutTheKeyIsDetected() {
        var entries = chain(5)
        entries[1].detail = "forged"
        var previous = entries[0].hash
        for index in 1..<entries.count {
            entries[index].prevHash = previous
            entries[index].hash = AuditChain.hash(of: entries[index], key: nil)
            previous = entries[index].hash
        }
        #expect(AuditChain.verify(entries, key: key) == .broken(atSeq: 2, reason: "entry hash does not match its content"))
        let guessed = AuditKey("another key of the same length, guessed")
        #expect(AuditChain.verify(chain(5), key: guessed) == .broken(atSeq: 1, reason: "entry hash does not match its content"))
    }

    /// Writes `count` entries signed with `key` (nil: the unsigned chain of a log from before keying).
    func appendEntries(_ count: Int, key: AuditKey?, to database: Database) async throws {
        let log = AuditLog(key: key)
        for n in 1...count {
            try await database.transaction { sql in
                try await log.append(AuditEvent(actor: nil, action: "test.\(n)", targetType: "t", targetId: "\(n)"), at: Date(), on: sql)
            }
        }
    }

    @Test func startUpSignsOnlyWhenAllowedAndRefusesAnotherKey() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            try await appendEntries(3, key: nil, to: database)
            // A log kept from before keying is signed only when the operator says so.
            await #expect(throws: AuditKeyError.self) { try await AuditLog(key: key).prepare(database, maySign: false) }
            try await AuditLog(key: key).prepare(database, maySign: true)
            #expect(try await database.read { try await AuditLog(key: key).isKeyed(on: $0) })
            #expect(try await database.read { try await AuditLog(key: key).verify(on: $0) } == .intact(entries: 3))
            #expect(try await database.read { try await AuditLog(key: nil).verify(on: $0) } != .intact(entries: 3))
            // Signed once, it stays signed: new entries carry the key, and another key is refused.
            try await appendEntries(2, key: key, to: database)
            #expect(try await database.read { try await AuditLog(key: key).verify(on: $0) } == .intact(entries: 5))
            try await AuditLog(key: key).prepare(database, maySign: false)
            let other = AuditKey("a second installation's key, not shared")
            do {
                try await AuditLog(key: other).prepare(database, maySign: true)
                Issue.record("a key that does not match the chain must be refused")
            } catch AuditKeyError.wrongKey {}
        }
    }

    @Test func aLogBrokenBeforeKeyingIsNotSigned() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            try await appendEntries(3, key: nil, to: database)
            try await database.transaction { sql in
                try await sql.update("audit_log").set("detail", to: "forged").where("seq", .equal, 2).run()
            }
            do {
                try await AuditLog(key: key).prepare(database, maySign: true)
                Issue.record("a broken chain must not be signed")
            } catch AuditKeyError.brokenBeforeKeying {}
            #expect(try await database.read { try await AuditLog(key: key).isKeyed(on: $0) } == false)
        }
    }

    @Test func databaseLogAppendsAndDetectsTampering() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let log = AuditLog(key: key)
            for n in 1...3 {
                try await database.transaction { sql in
                    try await log.append(AuditEvent(actor: nil, action: "test.\(n)", targetType: "t", targetId: "\(n)"),
                                         at: Date(timeIntervalSince1970: 1_800_000_000), on: sql)
                }
            }
            #expect(try await database.read { try await log.verify(on: $0) } == .intact(entries: 3))

            try await database.transaction { sql in
                try await sql.update("audit_log").set("detail", to: "forged").where("seq", .equal, 2).run()
            }
            let verdict = try await database.read { try await log.verify(on: $0) }
            #expect(verdict == .broken(atSeq: 2, reason: "entry hash does not match its content"))
        }
    }

    @Test func truncatedLogIsDetectedByTheHead() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let log = AuditLog(key: key)
            for n in 1...3 {
                try await database.transaction { sql in
                    try await log.append(AuditEvent(actor: nil, action: "test.\(n)", targetType: "t", targetId: "\(n)"), at: Date(), on: sql)
                }
            }
            try await database.transaction { sql in try await sql.delete(from: "audit_log").where("seq", .equal, 3).run() }
            let verdict = try await database.read { try await log.verify(on: $0) }
            guard case .broken(let seq, _) = verdict else {
                Issue.record("a deleted last entry must be detected, got \(verdict)")
                return
            }
            #expect(seq == 3)
        }
    }
}
