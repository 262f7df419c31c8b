import Foundation

/// Counts under a unit, kept and made again in the background. A county's figures at ten million
/// residents take seconds to count (3.4 s for the people by type: one scan of their index), so a
/// unit page shows the last count made, at most `lifetime` old when it was asked for, while the
/// next one is made: only the first look at a unit after the server starts waits for its count,
/// and those who ask while a count is under way wait for that one rather than count too (eight
/// readers of a county page once each counted ten million people at once, past 30 s each).
public actor CountCache {
    private var entries: [String: (at: Date, counts: [String: Int])] = [:]
    private var counting: [String: Task<[String: Int], any Error>] = [:]
    private let lifetime: TimeInterval
    private let clock: any AppClock

    public init(lifetime: TimeInterval = 60, clock: any AppClock) {
        self.lifetime = lifetime
        self.clock = clock
    }

    /// Counts under unit `code`: from the cache for streets and counties (codes of 9 digits or
    /// fewer), live for communities and grids, where staff register people and look at once.
    public func counts(under code: String, _ key: String, count: @escaping @Sendable () async throws -> [String: Int]) async throws -> [String: Int] {
        guard code.count <= 9 else { return try await count() }
        return try await counts(key, count: count)
    }

    /// The counts kept under `key`; once they are `lifetime` old, a new count is started and they are
    /// served until it is in. Without any, the count under way, waited for.
    public func counts(_ key: String, count: @escaping @Sendable () async throws -> [String: Int]) async throws -> [String: Int] {
        let now = clock.now()
        if let entry = entries[key], now.timeIntervalSince(entry.at) < lifetime { return entry.counts }
        let running = counting[key] ?? start(key, at: now, count)
        if let entry = entries[key] { return entry.counts }
        return try await running.value
    }

    private func start(_ key: String, at now: Date, _ count: @escaping @Sendable () async throws -> [String: Int]) -> Task<[String: Int], any Error> {
        let task = Task { try await count() }
        counting[key] = task
        Task { await self.settle(key, task, startedAt: now) }
        return task
    }

    /// Keeps a finished count (as of when it started); a failed one leaves what was kept.
    private func settle(_ key: String, _ task: Task<[String: Int], any Error>, startedAt: Date) async {
        let result = await task.result
        if counting[key] == task { counting[key] = nil }
        guard case .success(let counts) = result else { return }
        if entries.count > 10_000, entries[key] == nil { entries.removeAll() }
        entries[key] = (startedAt, counts)
    }

    /// Returns once no count is under way (tests: a count started in the background is in).
    func settled() async {
        while let running = counting.values.first { _ = await running.result; await Task.yield() }
    }
}
