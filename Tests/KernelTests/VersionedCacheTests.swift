import Foundation
@testable import Kernel
import Synchronization
import Testing

@Suite("Versioned cache")
struct VersionedCacheTests {
    @Test func keptWhileTheVersionStandsAndTheLimitIsNotPassed() async throws {
        let cache = VersionedCache<Int>(), counter = CallCounter()
        let now = Date(timeIntervalSince1970: 1_800_000_000), limit = now.epochSeconds + 600
        func ask(_ version: Int64, at time: Date) async throws -> Int {
            try await cache.value("county", version: version, at: time) { (counter.next(), limit) }
        }
        #expect(try await ask(1, at: now) == 1)
        #expect(try await ask(1, at: now.addingTimeInterval(600)) == 1)
        #expect(try await ask(1, at: now.addingTimeInterval(601)) == 2)
        #expect(try await ask(2, at: now) == 3)
        #expect(try await cache.value("street", version: 2, at: now) { (counter.next(), limit) } == 4)
    }

    @Test func callersArrivingTogetherShareOneCount() async throws {
        let cache = VersionedCache<Int>(), counter = CallCounter()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let answers = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.value("county", version: 7, at: now) {
                        try await Task.sleep(for: .milliseconds(50))
                        return (counter.next(), now.epochSeconds + 60)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers == Array(repeating: 1, count: 20))
        #expect(counter.calls.withLock { $0 } == 1)
    }

    @Test func aCountThatFailsIsNotKept() async throws {
        struct Failed: Error {}
        let cache = VersionedCache<Int>(), now = Date(timeIntervalSince1970: 1_800_000_000)
        await #expect(throws: Failed.self) { try await cache.value("county", version: 1, at: now) { throw Failed() } }
        #expect(try await cache.value("county", version: 1, at: now) { (5, now.epochSeconds) } == 5)
    }
}
