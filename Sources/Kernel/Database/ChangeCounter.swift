import Foundation
import SQLKit

/// A number that moves with every write to what it watches, kept in the database so that every
/// server process sees every other's writes: what tells a cached figure whether it still holds.
/// A writer bumps it in its own transaction (one row, so writers of the same thing queue on it
/// as they already do on the kept counts of the day they write).
public struct ChangeCounter: Sendable {
    static let table = "change_counters"
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public func bump(on sql: any SQLDatabase) async throws {
        try await sql.insert(into: Self.table).columns("name", "version").values(SQLBind(name), SQLBind(1))
            .onConflict(with: ["name"]) {
                $0.set("version", to: SQLBinaryExpression(SQLColumn("version", table: Self.table), .add, SQLLiteral.numeric("1")))
            }
            .run()
    }

    public func version(on sql: any SQLDatabase) async throws -> Int64 {
        try await sql.select().column("version").from(Self.table).where("name", .equal, name)
            .first(decodingColumn: "version", as: Int64.self) ?? 0
    }
}

/// Values computed from what a `ChangeCounter` watches, served again while the counter stands where
/// it stood and the clock has not passed the value's own limit (the next deadline that changes it);
/// computed again otherwise, once for all who ask at the same time. Exact, unlike a cache that lives
/// for a while.
public actor VersionedCache<Value: Sendable> {
    private var entries: [String: (version: Int64, until: Int64, value: Value)] = [:]
    /// The counting under way, by key: who asks for the same version meanwhile waits for it rather
    /// than counting too (eight concurrent first requests all counted a county's figures: 236 ms at p95).
    private var counting: [String: (version: Int64, task: Task<(value: Value, until: Int64), any Error>)] = [:]
    private let capacity: Int

    public init(capacity: Int = 1_000) {
        self.capacity = capacity
    }

    private func kept(_ key: String, version: Int64, at now: Date) -> Value? {
        guard let entry = entries[key], entry.version == version, now.epochSeconds <= entry.until else { return nil }
        return entry.value
    }

    /// Keeps `value`, computed at `version`, for as long as the time is at most `until` (epoch seconds).
    private func store(_ value: Value, _ key: String, version: Int64, until: Int64) {
        if entries.count >= capacity, entries[key] == nil { entries.removeAll() }
        entries[key] = (version, until, value)
    }

    /// `key`'s value at `version` and `now`: kept, being counted (waited for), or counted by `count` and kept.
    func value(_ key: String, version: Int64, at now: Date,
               counting count: @escaping @Sendable () async throws -> (value: Value, until: Int64)) async throws -> Value {
        if let kept = kept(key, version: version, at: now) { return kept }
        if let running = counting[key], running.version == version {
            let counted = try await running.task.value
            // Counted a moment earlier: it holds unless a deadline fell in between.
            if now.epochSeconds <= counted.until { return counted.value }
        }
        let task = Task { try await count() }
        counting[key] = (version, task)
        let result = await task.result
        if counting[key]?.version == version { counting[key] = nil }
        let counted = try result.get()
        store(counted.value, key, version: version, until: counted.until)
        return counted.value
    }
}

extension VersionedCache {
    /// `key`'s value at `now`: the one kept if `counter` still stands where it stood and the time is not past its
    /// limit, else `compute`d, read in that order (a write after the counter was read is at worst counted early),
    /// and kept until `limit()`.
    public nonisolated func value(_ key: String, watching counter: ChangeCounter, at now: Date, on sql: any SQLDatabase,
                                  compute: @escaping @Sendable () async throws -> Value,
                                  until limit: @escaping @Sendable () async throws -> Int64) async throws -> Value {
        let version = try await counter.version(on: sql)
        return try await value(key, version: version, at: now) { (try await compute(), try await limit()) }
    }

    /// The same for a value computed over many reads of its own (the counter read in one of `database`'s, first), kept
    /// until `limit` (epoch seconds).
    public nonisolated func value(_ key: String, watching counter: ChangeCounter, at now: Date, in database: Database, until limit: Int64,
                                  compute: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let version = try await database.read { try await counter.version(on: $0) }
        return try await value(key, version: version, at: now) { (try await compute(), limit) }
    }
}
