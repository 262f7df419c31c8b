import Foundation
import KernelTesting
import SQLKit
import Synchronization
import Testing
@testable import Kernel

/// A county's figures as counts by street: a street counted again replaces the county's count of it.
struct StreetCounts: Parted, Equatable {
    var byPart: [String: Int]

    func replacing(_ parts: Set<String>, with fresh: StreetCounts) -> StreetCounts {
        var c = self
        for p in parts { c.byPart[p] = fresh.byPart[p] }
        return c
    }
}

/// Records what each count was asked to count: the whole (nil) or which parts.
final class PartsAsked: Sendable {
    let calls = Mutex<[Set<String>?]>([])
    func record(_ parts: Set<String>?) { calls.withLock { $0.append(parts) } }
    var all: [Set<String>?] { calls.withLock { $0 } }
}

@Suite("Parted cache")
struct PartedCacheTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// What the "database" holds: a count by street, changed by the test between reads.
    final class Source: Sendable {
        let data = Mutex<[String: Int]>(["a": 1, "b": 2, "c": 3])
        func set(_ part: String, _ n: Int?) { data.withLock { $0[part] = n } }
        func counts(_ parts: Set<String>?) -> StreetCounts { StreetCounts(byPart: data.withLock { d in d.filter { parts?.contains($0.key) ?? true } }) }
    }

    func ask(_ cache: PartedCache<StreetCounts>, _ stamp: PartStamp, at time: Date? = nil, source: Source, asked: PartsAsked) async throws -> StreetCounts {
        try await cache.value("county", stamp: stamp, at: time ?? now, until: now.epochSeconds + 600) {
            asked.record(nil)
            return source.counts(nil)
        } parts: { parts in
            asked.record(parts)
            return source.counts(parts)
        }
    }

    @Test func onlyThePartsWhoseCounterMovedAreCountedAgain() async throws {
        let cache = PartedCache<StreetCounts>(), source = Source(), asked = PartsAsked()
        let first = PartStamp(whole: 1, parts: ["a": 3, "b": 1])
        #expect(try await ask(cache, first, source: source, asked: asked) == StreetCounts(byPart: ["a": 1, "b": 2, "c": 3]))
        #expect(try await ask(cache, first, source: source, asked: asked).byPart["b"] == 2)
        // b written to, and c for the first time (it had no counter): those two are counted, a is kept as it was.
        source.set("a", 10); source.set("b", 20); source.set("c", nil)
        let second = PartStamp(whole: 1, parts: ["a": 3, "b": 2, "c": 1])
        #expect(try await ask(cache, second, source: source, asked: asked) == StreetCounts(byPart: ["a": 1, "b": 20]))
        // The whole's counter moved (the settings every part reads): everything is counted.
        #expect(try await ask(cache, PartStamp(whole: 2, parts: second.parts), source: source, asked: asked) == StreetCounts(byPart: ["a": 10, "b": 20]))
        // Past its time limit the value is counted whole too.
        _ = try await ask(cache, PartStamp(whole: 2, parts: second.parts), at: now.addingTimeInterval(601), source: source, asked: asked)
        #expect(asked.all == [nil, ["b", "c"], nil, nil])
    }

    @Test func callersArrivingTogetherShareOneCount() async throws {
        let cache = PartedCache<StreetCounts>(), counter = CallCounter(), now = self.now
        let stamp = PartStamp(whole: 0, parts: ["a": 1])
        let answers = try await withThrowingTaskGroup(of: StreetCounts.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.value("county", stamp: stamp, at: now, until: now.epochSeconds + 60) {
                        try await Task.sleep(for: .milliseconds(50))
                        return StreetCounts(byPart: ["a": counter.next()])
                    } parts: { _ in StreetCounts(byPart: [:]) }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers == Array(repeating: StreetCounts(byPart: ["a": 1]), count: 20))
        #expect(counter.calls.withLock { $0 } == 1)
    }

    @Test func aPartCountThatFailsLeavesTheKeptValueToCountAgain() async throws {
        struct Failed: Error {}
        let cache = PartedCache<StreetCounts>(), source = Source(), asked = PartsAsked()
        _ = try await ask(cache, PartStamp(whole: 0, parts: [:]), source: source, asked: asked)
        let moved = PartStamp(whole: 0, parts: ["a": 1])
        await #expect(throws: Failed.self) {
            try await cache.value("county", stamp: moved, at: now, until: now.epochSeconds + 600) { throw Failed() } parts: { _ in throw Failed() }
        }
        source.set("a", 5)
        #expect(try await ask(cache, moved, source: source, asked: asked).byPart == ["a": 5, "b": 2, "c": 3])
        #expect(asked.all == [nil, ["a"]])
    }

    /// The stamp is read from the counters themselves: the whole's by its name, the parts' by their prefix, and no other.
    @Test func theStampReadsTheWholeAndEveryPartsCounter() async throws {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, KernelMigrations.all)
            let whole = ChangeCounter("caseloads")
            #expect(try await database.read { try await PartStamp.read(whole: whole, partsPrefix: "caseloads@", on: $0) } == PartStamp(whole: 0, parts: [:]))
            try await database.transaction { sql in
                for name in ["caseloads@330199001", "caseloads@330199001", "caseloads@330199002", "caseloads", "caseloadsX", "petitions"] {
                    try await ChangeCounter(name).bump(on: sql)
                }
            }
            let stamp = try await database.read { try await PartStamp.read(whole: whole, partsPrefix: "caseloads@", on: $0) }
            #expect(stamp == PartStamp(whole: 1, parts: ["330199001": 2, "330199002": 1]))
            #expect(stamp.moved(since: PartStamp(whole: 0, parts: ["330199001": 2, "330199003": 4])) == ["330199002", "330199003"])
        }
    }
}
