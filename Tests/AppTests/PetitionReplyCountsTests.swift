import CivicGridApp
import Foundation
import Kernel
import KernelTesting
@testable import Petitions
import SQLKit
import Testing

/// The response rate's replies are counts kept with every step; whatever was answered, late, on
/// time or after an extension, the rate must be what counting the petitions gives, for every scope
/// (by channel, by unit of the level below, the scope's own), and counting everything again must
/// give the same table. On both databases.
@Suite("Response rate kept as counts")
struct PetitionReplyCountsTests {
    struct Plain: Decodable { let unit_code: String, channel: String, reply_due_at: Int64?, replied_at: Int64? }
    struct CountRow: Decodable, Hashable { let unit_code: String, channel: String, replied: Int, on_time: Int }

    @Test func keptRatesAreWhatCountingThePetitionsGives() async throws {
        try await TestApp.run { app in
            let database = app.services.database, store = PetitionStore()
            let now = Date(), grids = try await app.gridCodes()
            try #require(grids.count >= 2)
            let units = [String(grids[0].prefix(12)), String(grids[1].prefix(12)), grids[0], String(grids[0].prefix(9)), String(grids[0].prefix(6))]
            var rng = SplitMix(seed: 5)
            for i in 0..<100 {
                let received = now.addingTimeInterval(-Double(rng.next() % 200) * 86_400)
                let accepted = received.addingTimeInterval(5 * 86_400)
                let current = Petition(id: "rc-\(i)", number: "RC\(i)", channel: PetitionChannel.allCases[Int(rng.next() % 4)], petitionerName: "甲",
                                       petitionerPhone: nil, headcount: 1, matter: "事项", demands: "诉求",
                                       unitCode: units[Int(rng.next() % UInt64(units.count))], responsibleBody: "县信访局", status: .accepted,
                                       receivedAt: received, acceptedAt: accepted, replyDueAt: accepted.addingTimeInterval(60 * 86_400),
                                       dueAt: accepted.addingTimeInterval(60 * 86_400), dueRule: .handling, stageAt: accepted, createdBy: nil, updatedAt: accepted)
                try await database.transaction { try await store.insert(current, on: $0) }
                // Answered on time, late, after an extension, or not at all (due or not yet).
                var next = current
                switch i % 4 {
                case 0: next.repliedAt = accepted.addingTimeInterval(30 * 86_400)
                case 1: next.repliedAt = accepted.addingTimeInterval(70 * 86_400)
                case 2: (next.extensionDays, next.replyDueAt, next.repliedAt) = (30, accepted.addingTimeInterval(90 * 86_400), accepted.addingTimeInterval(80 * 86_400))
                default: continue
                }
                next.status = .replied
                let answered = next
                #expect(try await database.transaction { try await store.update(answered, from: current, on: $0) })
                #expect(try await database.transaction { try await store.update(answered, from: current, on: $0) } == false)
            }
            let plain = try await database.read { sql in
                try await sql.select().columns("unit_code", "channel", "reply_due_at", "replied_at").from("petitions").all(decoding: Plain.self)
            }
            for root in Set(units + [""]).sorted() {
                let scope = Scope(rootCode: root), child = UnitLevels.childLength(of: root)
                let due = plain.filter { p in
                    scope.contains(p.unit_code) && p.reply_due_at.map { $0 < now.epochSeconds || p.replied_at != nil } == true
                }
                func figure(_ key: String, _ rows: [Plain]) -> ResponseRate.Figure {
                    ResponseRate.Figure(key: key, due: rows.count, onTime: rows.filter { ($0.replied_at ?? .max) <= ($0.reply_due_at ?? .min) }.count)
                }
                let got = try await app.services.petitions.petitions.responseRate(within: scope)
                #expect(got.overall == figure("all", due), "\(root)")
                #expect(got.byChannel == PetitionChannel.allCases.map { c in figure(c.rawValue, due.filter { $0.channel == c.rawValue }) }, "\(root)")
                #expect(got.byUnit == Dictionary(grouping: due) { String($0.unit_code.prefix(child)) }.map { figure($0.key, $0.value) }.sorted { $0.key < $1.key },
                        "\(root) by unit")
            }
            func table() async throws -> Set<CountRow> {
                try await database.read { sql in
                    // Counting again writes the groups with nothing answered too; the steps never wrote those.
                    Set(try await sql.select().columns("unit_code", "channel", "replied", "on_time").from(PetitionReplyCounts.table)
                        .all(decoding: CountRow.self).filter { $0.replied != 0 || $0.on_time != 0 })
                }
            }
            let kept = try await table()
            try await database.transaction { try await PetitionReplyCounts.recount(on: $0) }
            #expect(try await table() == kept)
            #expect(kept.count > 20)
        }
    }

    /// The rate a server keeps is what counting gives at that moment: a petition written by another server process, a
    /// reply, or a reply limit passing makes it counted again; nothing else does (shown by a write that skips the counter).
    @Test func cachedRatesMoveWithEveryWriteAndEveryLimit() async throws {
        try await TestApp.run { app in
            let database = app.services.database, store = PetitionStore(), cache = VersionedCache<ResponseRate>()
            let now = Date(), grid = try #require(try await app.gridCodes().first), scope = Scope(rootCode: String(grid.prefix(6)))
            @Sendable func petition(_ i: Int, limit: TimeInterval) -> Petition {
                let accepted = now.addingTimeInterval(-86_400)
                return Petition(id: "vr-\(i)", number: "VR\(i)", channel: .visit, petitionerName: "甲", petitionerPhone: nil, headcount: 1,
                                matter: "事项", demands: "诉求", unitCode: grid, responsibleBody: "县信访局", status: .accepted,
                                receivedAt: accepted, acceptedAt: accepted, replyDueAt: now.addingTimeInterval(limit), dueAt: now.addingTimeInterval(limit),
                                dueRule: .handling, stageAt: accepted, createdBy: nil, updatedAt: accepted)
            }
            for (i, limit) in [-3_600.0, 7_200, 600].enumerated() {
                try await database.transaction { try await store.insert(petition(i, limit: limit), on: $0) }
            }
            func cached(at time: Date) async throws -> ResponseRate {
                try await database.read { try await ResponseRate.measure(within: scope, at: time, cache: cache, on: $0) }
            }
            func counted(at time: Date) async throws -> ResponseRate {
                let (byChannel, byUnit) = try await database.read { try await PetitionReplyCounts.figures(under: scope.rootCode, at: time, on: $0) }
                return ResponseRate.measure(byChannel: byChannel, byUnit: byUnit)
            }
            func same(_ a: ResponseRate, _ b: ResponseRate) -> Bool { a.overall == b.overall && a.byChannel == b.byChannel && a.byUnit == b.byUnit }
            let first = try await cached(at: now), firstCounted = try await counted(at: now)
            #expect(same(first, firstCounted) && first.overall.due >= 1)
            // Another process registers one already late: counted again.
            let other = try await TestDatabase.secondProcess()
            try await other.transaction { try await store.insert(petition(3, limit: -60), on: $0) }
            await other.shutdown()
            let registered = try await cached(at: now), registeredCounted = try await counted(at: now)
            #expect(registered.overall.due == first.overall.due + 1 && same(registered, registeredCounted))
            // A reply in time: counted again.
            let current = try #require(try await database.read { try await store.find(id: "vr-1", on: $0) })
            var replied = current
            (replied.status, replied.repliedAt) = (.replied, now)
            let step = replied
            #expect(try await database.transaction { try await store.update(step, from: current, on: $0) })
            let stepped = try await cached(at: now), steppedCounted = try await counted(at: now)
            #expect(stepped.overall.onTime == registered.overall.onTime + 1 && same(stepped, steppedCounted))
            // The next limit passes with no write: counted again the second after it, not before.
            let limit = now.addingTimeInterval(600)
            let atLimit = try await cached(at: limit)
            #expect(same(atLimit, stepped))
            let passed = try await cached(at: limit.addingTimeInterval(1)), passedCounted = try await counted(at: limit.addingTimeInterval(1))
            #expect(passed.overall.due == stepped.overall.due + 1 && same(passed, passedCounted))
            // A write that does not move the counter is not seen until something does: the rate was kept, not counted.
            try await database.transaction { sql in
                try await sql.update("petitions").set("replied_at", to: now.epochSeconds).where("id", .equal, "vr-0").run()
            }
            let later = limit.addingTimeInterval(2)
            let kept = try await cached(at: later), recounted = try await counted(at: later)
            #expect(same(kept, passed) && !same(passed, recounted))
        }
    }
}
