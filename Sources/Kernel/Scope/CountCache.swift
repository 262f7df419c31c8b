import Foundation

/// Counts under a unit, kept for a short while. A county's figures at ten million residents
/// took seconds to count (one index scan per request); unit pages show counts as of at most
/// `lifetime` ago instead, which is what a dashboard of people and houses needs.
public actor CountCache {
    private var entries: [String: (at: Date, counts: [String: Int])] = [:]
    private let lifetime: TimeInterval
    private let clock: any AppClock

    public init(lifetime: TimeInterval = 60, clock: any AppClock) {
        self.lifetime = lifetime
        self.clock = clock
    }

    /// Counts under unit `code`: from the cache for streets and counties (codes of 9 digits or
    /// fewer), live for communities and grids, where staff register people and look at once.
    public func counts(under code: String, _ key: String, count: @Sendable () async throws -> [String: Int]) async throws -> [String: Int] {
        guard code.count <= 9 else { return try await count() }
        return try await counts(key, count: count)
    }

    /// The counts stored under `key` if fresh, else `count()`'s answer, stored.
    public func counts(_ key: String, count: @Sendable () async throws -> [String: Int]) async throws -> [String: Int] {
        let now = clock.now()
        if let entry = entries[key], now.timeIntervalSince(entry.at) < lifetime { return entry.counts }
        let counts = try await count()
        if entries.count > 10_000 { entries.removeAll() }
        entries[key] = (now, counts)
        return counts
    }
}
