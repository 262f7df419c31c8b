import Foundation
import SQLKit

/// A value that is the sum of independent parts (a county's figures, street by street): a part counted again over its own
/// records can take the place of what the value held for it.
public protocol Parted: Sendable {
    /// `self` with what it holds of `parts` taken from `fresh` (counted over those parts alone) instead.
    func replacing(_ parts: Set<String>, with fresh: Self) -> Self
}

/// Where a parted value's counters stood when it was read: one over the whole (what every part reads, such as settings)
/// and one a part.
public struct PartStamp: Sendable, Equatable {
    public var whole: Int64
    public var parts: [String: Int64]

    public init(whole: Int64, parts: [String: Int64]) {
        (self.whole, self.parts) = (whole, parts)
    }

    /// The parts whose counter moved since `earlier` (a part nothing was written to yet has no counter: it stands at 0).
    public func moved(since earlier: PartStamp) -> Set<String> {
        Set(parts.keys).union(earlier.parts.keys).filter { parts[$0, default: 0] != earlier.parts[$0, default: 0] }
    }

    /// The stamp now: `whole`'s version and that of every counter named `prefix` and a part's name, in one read.
    public static func read(whole: ChangeCounter, partsPrefix prefix: String, on sql: any SQLDatabase) async throws -> PartStamp {
        struct Row: Decodable { let name: String, version: Int64 }
        precondition(!prefix.contains("%") && !prefix.contains("_"), "a LIKE pattern's wildcard in a counter's prefix")
        let rows = try await sql.select().columns("name", "version").from(ChangeCounter.table)
            .where("name", .equal, whole.name).orWhere("name", .like, prefix + "%").all(decoding: Row.self)
        var stamp = PartStamp(whole: 0, parts: [:])
        for row in rows {
            if row.name == whole.name { stamp.whole = row.version } else { stamp.parts[String(row.name.dropFirst(prefix.count))] = row.version }
        }
        return stamp
    }
}

/// Parted values kept by key, each with the stamp it was counted at: while the whole's counter stands, only the parts whose
/// counters moved are counted again (a contact written in one street recounts that street, not the county's hundred); when
/// it moves, or the value's time limit passes, all of it is. As with `VersionedCache`, who asks for the same key and stamp
/// while it is being counted waits for that count.
public actor PartedCache<Value: Parted> {
    private var entries: [String: (stamp: PartStamp, until: Int64, value: Value)] = [:]
    private var counting: [String: (stamp: PartStamp, task: Task<Value, any Error>)] = [:]
    private let capacity: Int

    public init(capacity: Int = 1_000) {
        self.capacity = capacity
    }

    /// `key`'s value at `stamp` (read before any counting, so a write meanwhile is at worst counted twice) and `now`: kept,
    /// brought up to date by `parts` (given the parts that moved), or counted by `whole`; kept until `until` (epoch seconds).
    public func value(_ key: String, stamp: PartStamp, at now: Date, until: Int64,
                      whole: @escaping @Sendable () async throws -> Value,
                      parts: @escaping @Sendable (Set<String>) async throws -> Value) async throws -> Value {
        if let running = counting[key], running.stamp == stamp { return try await running.task.value }
        let work: @Sendable () async throws -> Value
        if let entry = entries[key], entry.stamp.whole == stamp.whole, now.epochSeconds <= entry.until {
            let moved = stamp.moved(since: entry.stamp), kept = entry.value
            if moved.isEmpty { return kept }
            work = { kept.replacing(moved, with: try await parts(moved)) }
        } else {
            work = whole
        }
        let task = Task { try await work() }
        counting[key] = (stamp, task)
        let result = await task.result
        if counting[key]?.stamp == stamp { counting[key] = nil }
        let value = try result.get()
        if entries.count >= capacity, entries[key] == nil { entries.removeAll() }
        entries[key] = (stamp, until, value)
        return value
    }
}
