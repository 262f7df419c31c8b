import Foundation

/// A value computed at most once per `lifetime`, however many ask at once: the figures a public
/// page publishes read every record of the installation (the petition response rate: a million
/// petitions), and an anonymous client asking for that page in a loop must not make the server
/// read them each time. Callers that arrive while it is being computed wait for that computation.
public actor RecentValue<Value: Sendable> {
    private let lifetime: TimeInterval
    private var stored: (value: Value, at: Date)?
    private var pending: Task<Value, any Error>?

    public init(lifetime: TimeInterval) {
        self.lifetime = lifetime
    }

    public func value(at now: Date, compute: @escaping @Sendable () async throws -> Value) async throws -> Value {
        // A clock set back (tests, a corrected server clock) recomputes rather than serve the future.
        if let stored, now >= stored.at, now.timeIntervalSince(stored.at) < lifetime { return stored.value }
        if let pending { return try await pending.value }
        let task = Task { try await compute() }
        pending = task
        defer { pending = nil }
        let value = try await task.value
        stored = (value, now)
        return value
    }
}
