import Foundation
import Kernel
import KernelTesting
import SQLKit
import Testing

@Suite("Audit hash chain")
struct AuditChainTests {
    func chain(_ count: Int) -> [AuditEntry] {
        var entries: [AuditEntry] = []
        var prev = AuditChain.genesis
        for seq in 1...Int64(count) {
            var entry = AuditEntry(seq: seq, at: 1_700_000_000 + seq, actorId: "u1", actorName: "admin", action: "unit.update",
                                   targetType: "unit", targetId: "330199", detail: "change \(seq)", ip: "127.0.0.1", prevHash: prev, hash: "")
            entry.hash = AuditChain.hash(of: entry)
            prev = entry.hash
            entries.append(entry)
        }
        return entries
    }

    @Test func intactChainVerifies() {
        #expect(AuditChain.verify(chain(5)) == .intact(entries: 5))
    }

    @Test func editedEntryIsDetectedAtThatEntry() {
        var entries = chain(5)
        entries[2].detail = "nothing happened here"
        #expect(AuditChain.verify(entries) == .broken(atSeq: 3, reason: "entry hash does not match its content"))
    }

    @Test func rehashedEditBreaksTheNextLink() {
        var entries = chain(5)
        entries[2].actorName = "someone else"
        entries[2].hash = AuditChain.hash(of: entries[2])
        #expect(AuditChain.verify(entries) == .broken(atSeq: 4, reason: "link to previous entry does not match"))
    }

    @Test func deletedEntryLeavesAGap() {
        var entries = chain(5)
        entries.remove(at: 1)
        #expect(AuditChain.verify(entries) == .broken(atSeq: 3, reason: "sequence gap after 1"))
    }

    @Test func fieldBoundariesCannotBeShifted() {
        var a = chain(1)[0]
        var b = a
        a.targetType = "unit"; a.targetId = "1"
        b.targetType = "unit1"; b.targetId = ""
        #expect(AuditChain.hash(of: a) != AuditChain.hash(of: b))
    }

    @Test func databaseLogAppendsAndDetectsTampering() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let log = AuditLog()
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
            let log = AuditLog()
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
