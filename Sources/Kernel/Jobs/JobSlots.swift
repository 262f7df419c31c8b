import Synchronization

/// At most `count` jobs at once in this process; the rest wait their turn in order of arrival.
public final class JobSlots: Sendable {
    private struct State {
        var free: Int
        var queue: [CheckedContinuation<Void, Never>] = []
    }

    private let state: Mutex<State>

    public init(count: Int) {
        state = Mutex(State(free: max(1, count)))
    }

    /// Jobs waiting for a slot.
    public var waiting: Int { state.withLock { $0.queue.count } }

    /// Runs `body` once a slot is free; `queued` hears first whether it had to wait.
    public func run<T: Sendable>(queued: (Bool) async -> Void = { _ in }, _ body: () async throws -> T) async rethrows -> T {
        let mustWait = state.withLock { state -> Bool in
            guard state.free == 0 else { state.free -= 1; return false }
            return true
        }
        await queued(mustWait)
        if mustWait {
            await withCheckedContinuation { continuation in
                let handOver = state.withLock { state -> Bool in
                    // A slot freed between the check and here is taken at once.
                    if state.free > 0 { state.free -= 1; return true }
                    state.queue.append(continuation)
                    return false
                }
                if handOver { continuation.resume() }
            }
        }
        defer { release() }
        return try await body()
    }

    private func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            // The slot passes straight to the next in line, so nobody can jump the queue.
            guard !state.queue.isEmpty else { state.free += 1; return nil }
            return state.queue.removeFirst()
        }
        next?.resume()
    }
}
