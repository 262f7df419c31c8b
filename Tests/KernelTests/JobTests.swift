import Foundation
import Kernel
import Synchronization
import Testing

@Suite("Background jobs: own threads, limited slots")
struct JobTests {
    static let threads = DedicatedThreads(count: 1, name: "job-test")

    @Test func workWithThePreferenceRunsOnTheDedicatedThread() async {
        let there = await Task(executorPreference: Self.threads) { () async -> [Bool] in
            var seen = [DedicatedThreads.onDedicatedThread]
            // Still there after suspending, and so are its child tasks.
            try? await Task.sleep(for: .milliseconds(5))
            seen.append(DedicatedThreads.onDedicatedThread)
            async let child = DedicatedThreads.onDedicatedThread
            seen.append(await child)
            return seen
        }.value
        #expect(there == [true, true, true])
        #expect(await Task { DedicatedThreads.onDedicatedThread }.value == false)
    }

    @Test func slotsRunOneAtATimeInOrderOfArrival() async {
        let slots = JobSlots(count: 1)
        final class Counts: Sendable {
            let log = Mutex<[String]>([])
            let running = Mutex(0), most = Mutex(0)
            let firstMayEnd = Mutex(false)
        }
        let counts = Counts()
        let first = Task {
            await slots.run(queued: { waited in counts.log.withLock { $0.append("1 queued \(waited)") } }) {
                counts.running.withLock { $0 += 1 }
                // Holds its slot until both others are in line, however slowly they arrive.
                _ = await Self.eventually { counts.firstMayEnd.withLock { $0 } }
                counts.running.withLock { $0 -= 1 }
            }
        }
        // On a loaded machine the first job may start late: the others arrive only once it runs, or the second
        // would take the free slot (this waited forever on a slept-for first job once, in a PostgreSQL pass).
        #expect(await Self.eventually { counts.running.withLock { $0 } == 1 })
        var later: [Task<Void, Never>] = []
        for n in 2...3 {
            later.append(Task {
                await slots.run(queued: { waited in counts.log.withLock { $0.append("\(n) queued \(waited)") } }) {
                    let now = counts.running.withLock { $0 += 1; return $0 }
                    counts.most.withLock { $0 = max($0, now) }
                    counts.log.withLock { $0.append("\(n) ran") }
                    try? await Task.sleep(for: .milliseconds(20))
                    counts.running.withLock { $0 -= 1 }
                }
            })
            // Each in line before the next arrives.
            #expect(await Self.eventually { slots.waiting == n - 1 })
        }
        counts.firstMayEnd.withLock { $0 = true }
        await first.value
        for task in later { await task.value }
        #expect(counts.log.withLock { $0 } == ["1 queued false", "2 queued true", "3 queued true", "2 ran", "3 ran"])
        #expect(counts.most.withLock { $0 } == 1)
        #expect(slots.waiting == 0)
    }

    /// Whether `condition` holds within ten seconds: a wait that fails the test instead of hanging the suite.
    static func eventually(_ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(10)
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return true
    }
}
