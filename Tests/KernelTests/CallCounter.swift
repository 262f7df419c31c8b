import Synchronization

/// How many times a computation ran, counted from any task: what the caches' tests check.
final class CallCounter: Sendable {
    let calls = Mutex(0)
    func next() -> Int { calls.withLock { $0 += 1; return $0 } }
}
