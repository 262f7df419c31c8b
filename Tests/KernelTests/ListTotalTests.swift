import KernelTesting
import SQLKit
import Testing
@testable import Kernel

/// A list's total told by the page just read is the total counting gives, for every length, page size and offset
/// around the cap; and the pages that tell it are the ones the lists read most (a deep page, a short list).
@Suite("List totals told by their page")
struct ListTotalTests {
    @Test func aPageTellsTheTotalCountingGivesOrNothing() async throws {
        try await TestDatabase.with { database in
            try await database.transaction { try await $0.raw("CREATE TABLE listed (id INTEGER PRIMARY KEY)").run() }
            let cap = 10
            var told = 0, asked = 0
            for length in [0, 1, 6, 9, 10, 11, 12, 25] {
                try await database.transaction { sql in
                    try await sql.delete(from: "listed").run()
                    for id in 0..<length { try await sql.insert(into: "listed").columns("id").values(SQLBind(id)).run() }
                }
                @Sendable func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder { b.from("listed") }
                for limit in [1, 3, 5, 10] {
                    for offset in [0, 1, 3, 5, 6, 8, 9, 10, 11, 12, 20, 24, 25, 30] {
                        let (read, known, counted) = try await database.read { sql in
                            let read = try await filtered(sql.select().column("id")).orderBy("id").limit(limit).offset(offset).all().count
                            return (read, try await sql.listTotal(cap: cap, afterReading: read, limit: limit, offset: offset, filtered),
                                    try await sql.listTotal(cap: cap, filtered))
                        }
                        #expect(known == counted, "\(length) rows, \(read) read at \(offset), limit \(limit)")
                        let uncounted = try await database.read { try await $0.listTotal(cap: cap, afterReading: nil, limit: limit, offset: offset, filtered) }
                        #expect(uncounted == counted)
                        if ListTotal.known(afterReading: read, limit: limit, offset: offset, cap: cap) != nil { told += 1 } else { asked += 1 }
                    }
                }
            }
            // Both kinds occur, so neither branch goes untried.
            #expect(told > 50 && asked > 50, "\(told) told, \(asked) asked")
        }
    }

    /// In a request, a count past its cap is not read again for a while; an exact one is read every time, as is any
    /// outside a request. Rows deleted meanwhile show which counts were read.
    @Test func aCountPastItsCapIsRememberedForAWhileAndAnExactOneNever() async throws {
        try await TestDatabase.with { database in
            try await database.transaction { sql in
                try await sql.raw("CREATE TABLE listed (id INTEGER PRIMARY KEY, kind TEXT NOT NULL)").run()
                for id in 0..<6 { try await sql.insert(into: "listed").columns("id", "kind").values(SQLBind(id), SQLBind(id < 5 ? "a" : "b")).run() }
            }
            @Sendable func kind(_ k: String) -> (SQLSelectBuilder) -> SQLSelectBuilder { { $0.from("listed").where("kind", .equal, SQLBind(k)) } }
            @Sendable func counts() async throws -> (past: Int, exact: Int, other: Int) {
                try await database.read { sql in
                    (try await sql.listTotal(cap: 3, kind("a")), try await sql.listTotal(cap: 10, kind("a")), try await sql.listTotal(cap: 3, kind("b")))
                }
            }
            let caps = PastCaps(), forgetful = PastCaps(keptFor: .zero)
            #expect(try await PastCaps.$current.withValue(caps) { try await counts() } == (4, 5, 1))
            #expect(try await PastCaps.$current.withValue(forgetful) { try await counts() } == (4, 5, 1))
            try await database.transaction { try await $0.delete(from: "listed").where("id", .lessThan, 4).run() }
            // One of kind a is left: still "more than 3" where that was just counted, 1 wherever it is read.
            #expect(try await PastCaps.$current.withValue(caps) { try await counts() } == (4, 1, 1))
            #expect(try await PastCaps.$current.withValue(forgetful) { try await counts() } == (1, 1, 1))
            #expect(try await counts() == (1, 1, 1))
            // A count that came in under its cap is not remembered: rows added are counted.
            try await database.transaction { try await $0.insert(into: "listed").columns("id", "kind").values(SQLBind(10), SQLBind("b")).run() }
            #expect(try await PastCaps.$current.withValue(caps) { try await counts() } == (4, 1, 2))
        }
    }

    @Test func theListsCommonestPagesAreNotCounted() {
        #expect(ListTotal.known(afterReading: 50, limit: 50, offset: 10_000) == ListTotal.cap + 1)  // a page 10,000 in
        #expect(ListTotal.known(afterReading: 7, limit: 50, offset: 0) == 7)  // a short list
        #expect(ListTotal.known(afterReading: 0, limit: 50, offset: 0) == 0)
        #expect(ListTotal.known(afterReading: 50, limit: 50, offset: 0) == nil)  // a long list's first page is counted
        #expect(ListTotal.known(afterReading: 0, limit: 50, offset: 100) == nil)  // past the end: how far is not known
        #expect(ListTotal.known(afterReading: 0, limit: 0, offset: 20_000) == nil)
    }
}
