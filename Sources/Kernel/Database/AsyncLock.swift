import Synchronization

/// A FIFO lock for async code: SQLite has one writer, so writes queue here instead of
/// spinning on SQLITE_BUSY. A plain lock, not an actor: taking it free costs no hop to
/// another executor (under load each hop waited behind the HTTP work on the shared pool).
public final class AsyncMutex: Sendable {
    private struct State: ~Copyable {
        var held = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    public init() {}

    public func acquire() async {
        if state.withLock({ state in
            guard !state.held else { return false }
            state.held = true
            return true
        }) { return }
        await withCheckedContinuation { continuation in
            let acquired = state.withLock { state in
                guard state.held else {
                    state.held = true
                    return true
                }
                state.waiters.append(continuation)
                return false
            }
            if acquired { continuation.resume() }
        }
    }

    /// Hands the lock to the longest waiter, if any.
    public func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiters.isEmpty else {
                state.held = false
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }

    public func withLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        do {
            let value = try await body()
            release()
            return value
        } catch {
            release()
            throw error
        }
    }
}
