import Foundation
import Kernel
import SQLKit
import Synchronization

/// The test server's connections, shared out among the tests running at one time. Swift Testing
/// starts every test at once; before this the suite opened more connections than the server
/// allows (`FATAL: sorry, too many clients already`) and leases waited forever for refused ones.
/// Each running test holds a slot of `TestDatabase.connectionsPerPool` connections; one slot is
/// kept apart for tests that open a second pool (a second server process), so a test waiting for
/// that one never waits on a test that is itself waiting.
final class PostgresSlots: Sendable {
    let main: AsyncSemaphore
    let secondary: AsyncSemaphore
    let summary: String
    private let down = Mutex(false)

    /// Set when a test found the server not answering; later tests then wait only briefly.
    var serverDown: Bool { down.withLock { $0 } }
    func markDown() { down.withLock { $0 = true } }
    func markUp() { down.withLock { $0 = false } }

    private static let instance = Mutex<Task<PostgresSlots, any Error>?>(nil)

    static func shared(url: String) async throws -> PostgresSlots {
        let task = instance.withLock { existing in
            if let existing { return existing }
            let made = Task { try await PostgresSlots.measure(url: url) }

            existing = made
            return made
        }
        return try await task.value
    }

    private init(mainSlots: Int, secondarySlots: Int, summary: String) {
        main = AsyncSemaphore(mainSlots)
        secondary = AsyncSemaphore(secondarySlots)
        self.summary = summary
    }

    func main() async -> Slot { await main.acquire(); return Slot(semaphore: main) }
    func second() async -> Slot { await secondary.acquire(); return Slot(semaphore: secondary) }

    /// Reads what the server allows and what others already use, once per test process.
    static func measure(url: String) async throws -> PostgresSlots {
        let probe = try await Database.postgres(
            url: url, options: PostgresPoolOptions(maximumConnections: 1, leaseTimeout: .seconds(20)), logger: TestDatabase.logger)
        let counts: (Int, Int, Int)
        do { counts = try await probe.read { sql in
            let allowed = try await sql.raw("SELECT current_setting('max_connections')::int AS n").first()?.decode(column: "n", as: Int.self) ?? 0
            let reserved = try await sql.raw("SELECT current_setting('superuser_reserved_connections')::int AS n").first()?
                .decode(column: "n", as: Int.self) ?? 3
            let used = try await sql.raw("SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend'").first()?
                .decode(column: "n", as: Int.self) ?? 0
            return (allowed, reserved, used)
        } } catch {
            await probe.shutdown()
            throw error
        }
        await probe.shutdown()
        let (allowed, reserved, used) = counts
        // Tests connect as a superuser, so the reserved connections are theirs too; keep them
        // for whoever needs to look at a struggling server.
        let budget = allowed - reserved - used - 1
        let per = TestDatabase.connectionsPerPool
        guard budget >= 2 * per else {
            throw PostgresUnusable(message: """
                the PostgreSQL test server allows \(allowed) connections (\(reserved) reserved, \(used) in use): \
                the suite needs at least \(2 * per) free; raise max_connections
                """)
        }
        let parallel = ProcessInfo.processInfo.environment["CIVICGRID_TEST_PG_PARALLEL"].flatMap(Int.init) ?? 12
        let mainSlots = max(1, min(parallel, (budget - per) / per))
        return PostgresSlots(mainSlots: mainSlots, secondarySlots: 1,
                             summary: "\(mainSlots) tests at a time, \(per) connections each, of \(allowed) allowed")
    }
}

/// The test server cannot serve the suite: too few connections, or it stopped answering.
struct PostgresUnusable: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// One slot held by a test; given back once.
struct Slot: Sendable {
    let semaphore: AsyncSemaphore
    func release() { semaphore.release() }
}

/// The slots one test holds, given back when it ends.
actor HeldSlots {
    private var slots: [Slot] = []
    func add(_ slot: Slot) { slots.append(slot) }
    func releaseAll() {
        for slot in slots { slot.release() }
        slots = []
    }
}

/// A counting semaphore for async code, waiters served in order.
final class AsyncSemaphore: Sendable {
    private struct State: ~Copyable {
        var available: Int
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state: Mutex<State>

    init(_ count: Int) {
        state = Mutex(State(available: count))
    }

    func acquire() async {
        await withCheckedContinuation { continuation in
            let granted = state.withLock { state in
                guard state.available > 0 else {
                    state.waiters.append(continuation)
                    return false
                }
                state.available -= 1
                return true
            }
            if granted { continuation.resume() }
        }
    }

    func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiters.isEmpty else {
                state.available += 1
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }
}
