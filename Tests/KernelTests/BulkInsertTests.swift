import Foundation
import KernelTesting
import SQLKit
import Testing
@testable import Kernel

/// `insertNew`: rows whose key is taken are left out and not counted, in one chunk or many,
/// and without conflict keys every row goes in or the write fails.
@Suite("Bulk inserts")
struct BulkInsertTests {
    static let columns = ["id", "code", "name"]

    func withTable(_ body: (Database) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            try await database.transaction {
                try await $0.raw("CREATE TABLE things (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL)").run()
            }
            try await body(database)
        }
    }

    func row(_ n: Int, code: Int? = nil) -> [BulkValue] { [.text("id\(n)"), .text("code\(code ?? n)"), .text("名\(n)")] }

    func codes(_ database: Database) async throws -> [String] {
        try await database.read { try await $0.select().column("code").from("things").orderBy("code").all(decodingColumn: "code", as: String.self) }
    }

    @Test func rowsWhoseKeyIsTakenAreLeftOutAndNotCounted() async throws {
        try await withTable { database in
            let first = try await database.transaction {
                try await database.insertNew(into: "things", columns: Self.columns, rows: (0..<10).map { row($0) }, conflictKeys: ["code"], on: $0)
            }
            #expect(first == 10)
            // 2,500 rows over three statements: codes 5–9 are taken, 10–2,504 are new, and one row
            // repeats a code of its own chunk.
            let rows = (5..<2_505).map { row($0 + 100_000, code: $0) } + [row(999_999, code: 2_000)]
            let second = try await database.transaction {
                try await database.insertNew(into: "things", columns: Self.columns, rows: rows, conflictKeys: ["code"], on: $0)
            }
            #expect(second == 2_495)
            let stored = try await codes(database)
            #expect(stored.count == 2_505)
            #expect(Set(stored) == Set((0..<2_505).map { "code\($0)" }))
            // The first holder of a code keeps it.
            let holder = try await database.read {
                try await $0.select().column("id").from("things").where("code", .equal, "code7").first(decodingColumn: "id", as: String.self)
            }
            #expect(holder == "id7")
        }
    }

    @Test func withoutConflictKeysAClashFailsTheWrite() async throws {
        try await withTable { database in
            _ = try await database.transaction {
                try await database.insertNew(into: "things", columns: Self.columns, rows: [row(1)], conflictKeys: [], on: $0)
            }
            await #expect(throws: (any Error).self) {
                try await database.transaction {
                    try await database.insertNew(into: "things", columns: Self.columns, rows: [row(2), row(3, code: 1)], conflictKeys: [], on: $0)
                }
            }
            #expect(try await codes(database) == ["code1"])
        }
    }

    /// The audit log's path (`SQLDatabase.insert(into:columns:rows:)`): a clash half-way through a
    /// multi-row statement leaves none of its rows, nor what the transaction wrote before it.
    @Test func aClashHalfWayThroughAStatementLeavesNothingOfTheTransaction() async throws {
        try await withTable { database in
            await #expect(throws: (any Error).self) {
                try await database.transaction { sql in
                    try await sql.insert(into: "things", columns: Self.columns, rows: [row(1)])
                    try await sql.insert(into: "things", columns: Self.columns, rows: [row(2), row(3), row(4, code: 2), row(5)])
                }
            }
            #expect(try await codes(database).isEmpty)
            try await database.transaction { sql in
                try await sql.insert(into: "things", columns: Self.columns, rows: (1...3).map { row($0) })
            }
            #expect(try await codes(database) == ["code1", "code2", "code3"])
        }
    }
}
