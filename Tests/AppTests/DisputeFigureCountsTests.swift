import CivicGridApp
@testable import Disputes
import Foundation
import Kernel
import KernelTesting
import SQLKit
import Testing

/// The dispute figures are counts kept with every registration and step; whatever steps were
/// taken, they must be what counting the disputes themselves gives, for every scope and period
/// (by type, by unit of the level below, and the scope's own disputes), and counting everything
/// again must give the same table. On both databases.
@Suite("Dispute figures kept as counts")
struct DisputeFigureCountsTests {
    struct Plain: Decodable {
        let unit_code: String, type_code: String, status: String, outcome: String?, escalated_at: Int64?, open_due: Int64?, created_at: Int64
    }

    struct CountRow: Decodable, Hashable, Comparable {
        let unit_code: String, type_code: String, day: Int, found: Int, concluded: Int, agreements: Int, escalated: Int
        static func < (a: CountRow, b: CountRow) -> Bool { (a.unit_code, a.type_code, a.day) < (b.unit_code, b.type_code, b.day) }
    }

    @Test func keptFiguresAreWhatCountingTheDisputesGives() async throws {
        try await TestApp.run { app in
            let database = app.services.database, store = DisputeStore()
            let now = Date(), grids = try await app.gridCodes()
            try #require(grids.count >= 2)
            // Disputes at grids, a community, a street and the county, over 40 days either side of the year's start and of today.
            let units = [grids[0], grids[1], String(grids[0].prefix(12)), String(grids[0].prefix(9)), String(grids[0].prefix(6))]
            var rng = SplitMix(seed: 11)
            let types = ["family", "neighbour", "damages"]
            var disputes: [Dispute] = []
            for i in 0..<120 {
                let created = now.addingTimeInterval(-Double(rng.next() % 400) * 86_400 - Double(rng.next() % 86_400))
                let d = Dispute(id: "fc-\(i)", number: "FC\(i)", title: "纠纷", occurredOn: Day(date: created), place: "某地",
                                typeCode: types[Int(rng.next() % 3)], scale: 2, summary: "情况", unitCode: units[Int(rng.next() % UInt64(units.count))],
                                violenceThreatened: false, dueAt: created.addingTimeInterval(30 * 86_400), dueRule: .mediation, createdBy: nil,
                                createdAt: created, updatedAt: created,
                                parties: [DisputeParty(name: "甲", role: .applicant), DisputeParty(name: "乙", role: .respondent)])
                try await database.transaction { try await store.insert(d, on: $0) }
                disputes.append(d)
            }
            // Steps on most of them: some escalated, mediated to an agreement or none, performed or failed, one step undone by another.
            for (i, current) in disputes.enumerated() where i % 5 != 0 {
                var next = current
                next.updatedAt = current.updatedAt.addingTimeInterval(1)
                switch i % 5 {
                case 1: (next.status, next.outcome) = (.agreed, .agreement)
                case 2: (next.status, next.outcome) = (.failed, .noAgreement)
                case 3: (next.status, next.escalatedAt) = (.escalated, next.updatedAt)
                default: (next.status, next.outcome) = (.performed, .agreement)
                }
                let stepped = next
                #expect(try await database.transaction { try await store.update(stepped, from: current, on: $0) })
                // A step that lost the race writes nothing and counts nothing.
                #expect(try await database.transaction { try await store.update(stepped, from: current, on: $0) } == false)
                if i % 5 == 1 {
                    var performed = stepped
                    (performed.status, performed.updatedAt) = (.performed, stepped.updatedAt.addingTimeInterval(1))
                    let final = performed
                    #expect(try await database.transaction { try await store.update(final, from: stepped, on: $0) })
                }
            }
            let plain = try await database.read { sql in
                try await sql.select().columns("unit_code", "type_code", "status", "outcome", "escalated_at", "open_due", "created_at").from("disputes")
                    .all(decoding: Plain.self)
            }
            let today = Day(date: now)
            let periods = [(Day(year: today.year, month: 1, day: 1), today), (today.adding(days: -400), today), (today.adding(days: -30), today.adding(days: -10))]
            var checked = 0
            for root in Set(units + [grids[0], ""]).sorted() {
                let scope = Scope(rootCode: root), child = UnitLevels.childLength(of: root)
                for (from, to) in periods {
                    let inPeriod = plain.filter {
                        scope.contains($0.unit_code) && $0.created_at >= from.startDate.epochSeconds && $0.created_at < to.next.startDate.epochSeconds
                    }
                    func line(_ key: String, _ rows: [Plain]) -> DisputeFigures.Line {
                        DisputeFigures.Line(key: key, found: rows.count,
                                            concluded: rows.filter { ["agreed", "performed", "failed", "referred"].contains($0.status) }.count,
                                            agreements: rows.filter { $0.outcome == "agreement" }.count,
                                            overdue: rows.filter { ($0.open_due ?? .max) < now.epochSeconds }.count,
                                            escalated: rows.filter { $0.escalated_at != nil }.count)
                    }
                    let expectedTypes = Dictionary(grouping: inPeriod, by: \.type_code).map { line($0.key, $0.value) }.sorted { $0.key < $1.key }
                    let expectedUnits = Dictionary(grouping: inPeriod) { String($0.unit_code.prefix(child)) }.map { line($0.key, $0.value) }
                        .sorted { $0.key < $1.key }
                    let got = try await database.read { try await DisputeFigures.measure(within: scope, from: from, to: to, now: now, on: $0) }
                    #expect(got.total == line("all", inPeriod), "\(root) \(from)–\(to) total")
                    #expect(got.byType == expectedTypes, "\(root) \(from)–\(to) by type")
                    #expect(got.byUnit == expectedUnits, "\(root) \(from)–\(to) by unit")
                    checked += inPeriod.isEmpty ? 0 : 1
                }
            }
            #expect(checked >= 12)
            // Counting every dispute again gives the table the steps kept.
            func table() async throws -> [CountRow] {
                try await database.read { sql in
                    try await sql.select().columns("unit_code", "type_code", "day", "found", "concluded", "agreements", "escalated")
                        .from(DisputeFigureCounts.table).all(decoding: CountRow.self).sorted()
                }
            }
            let kept = try await table()
            try await database.transaction { try await DisputeFigureCounts.recount(on: $0) }
            let recounted = try await table()
            #expect(recounted == kept, "\(Set(recounted).symmetricDifference(Set(kept)).sorted().prefix(6))")
            #expect(kept.count > 100)
        }
    }

    /// The figures a server keeps are what counting gives at that moment: a dispute written by another server process,
    /// a step, or a deadline passing makes them counted again; nothing else does (shown by a write that skips the counter).
    @Test func cachedFiguresMoveWithEveryWriteAndEveryDeadline() async throws {
        try await TestApp.run { app in
            let database = app.services.database, store = DisputeStore(), cache = VersionedCache<DisputeFigures>()
            let now = Date(), grid = try #require(try await app.gridCodes().first), scope = Scope(rootCode: String(grid.prefix(6)))
            let today = Day(date: now), from = Day(year: today.year, month: 1, day: 1)
            @Sendable func dispute(_ i: Int, due: TimeInterval) -> Dispute {
                Dispute(id: "vc-\(i)", number: "VC\(i)", title: "纠纷", occurredOn: today, place: "某地", typeCode: "neighbour", scale: 2, summary: "情况",
                        unitCode: grid, violenceThreatened: false, dueAt: now.addingTimeInterval(due), dueRule: .mediation, createdBy: nil,
                        createdAt: now.addingTimeInterval(-60), updatedAt: now.addingTimeInterval(-60),
                        parties: [DisputeParty(name: "甲", role: .applicant), DisputeParty(name: "乙", role: .respondent)])
            }
            for (i, due) in [-3_600.0, 7_200, 600].enumerated() {
                try await database.transaction { try await store.insert(dispute(i, due: due), on: $0) }
            }
            func cached(at time: Date) async throws -> DisputeFigures {
                try await database.read { try await DisputeFigures.measure(within: scope, from: from, to: today, now: time, cache: cache, on: $0) }
            }
            func counted(at time: Date) async throws -> DisputeFigures {
                try await database.read { try await DisputeFigures.measure(within: scope, from: from, to: today, now: time, on: $0) }
            }
            func same(_ a: DisputeFigures, _ b: DisputeFigures) -> Bool { a.total == b.total && a.byType == b.byType && a.byUnit == b.byUnit }
            let first = try await cached(at: now), firstCounted = try await counted(at: now)
            #expect(same(first, firstCounted) && first.total.overdue >= 1)
            // Another process registers one: counted again.
            let other = try await TestDatabase.secondProcess()
            try await other.transaction { try await store.insert(dispute(3, due: 600), on: $0) }
            await other.shutdown()
            let registered = try await cached(at: now), registeredCounted = try await counted(at: now)
            #expect(registered.total.found == first.total.found + 1 && same(registered, registeredCounted))
            // A step: counted again.
            let current = try #require(try await database.read { try await store.find(id: "vc-1", on: $0) })
            var failed = current
            (failed.status, failed.outcome, failed.updatedAt) = (.failed, .noAgreement, current.updatedAt.addingTimeInterval(1))
            let step = failed
            #expect(try await database.transaction { try await store.update(step, from: current, on: $0) })
            let stepped = try await cached(at: now), steppedCounted = try await counted(at: now)
            #expect(stepped.total.concluded == registered.total.concluded + 1 && same(stepped, steppedCounted))
            // The next deadline passes with no write: overdue is counted again the second after it, not before.
            let deadline = now.addingTimeInterval(600)
            let atDeadline = try await cached(at: deadline)
            #expect(same(atDeadline, stepped))
            let passed = try await cached(at: deadline.addingTimeInterval(1)), passedCounted = try await counted(at: deadline.addingTimeInterval(1))
            #expect(passed.total.overdue == stepped.total.overdue + 2 && same(passed, passedCounted))
            // A write that does not move the counter is not seen until something does: the figures were kept, not counted.
            try await database.transaction { sql in
                try await sql.update("disputes").set("status", to: "agreed").set("open_due", to: SQLLiteral.null).where("id", .equal, "vc-0").run()
            }
            let later = deadline.addingTimeInterval(2)
            let kept = try await cached(at: later), recounted = try await counted(at: later)
            #expect(same(kept, passed) && !same(passed, recounted))
        }
    }
}
