import Foundation
import Kernel
import Synchronization
import Testing

@Suite("Recent value")
struct RecentValueTests {
    @Test func isComputedOncePerLifetime() async throws {
        let value = RecentValue<Int>(lifetime: 300)
        let counter = CallCounter()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(try await value.value(at: start) { counter.next() } == 1)
        #expect(try await value.value(at: start.addingTimeInterval(299)) { counter.next() } == 1)
        #expect(try await value.value(at: start.addingTimeInterval(300)) { counter.next() } == 2)
        // A clock set back does not serve a value from its future.
        #expect(try await value.value(at: start) { counter.next() } == 3)
    }

    @Test func callersArrivingTogetherShareOneComputation() async throws {
        let value = RecentValue<Int>(lifetime: 300)
        let counter = CallCounter()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let answers = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await value.value(at: now) {
                        try await Task.sleep(for: .milliseconds(50))
                        return counter.next()
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers == Array(repeating: 1, count: 20))
        #expect(counter.calls.withLock { $0 } == 1)
    }

    @Test func aFailedComputationIsNotKept() async throws {
        struct Failure: Error {}
        let value = RecentValue<Int>(lifetime: 300)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        await #expect(throws: Failure.self) { try await value.value(at: now) { throw Failure() } }
        #expect(try await value.value(at: now) { 7 } == 7)
    }
}
