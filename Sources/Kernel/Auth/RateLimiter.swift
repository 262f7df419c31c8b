import Foundation
import SQLKit

/// How many of one kind of public request one key (an address, an API key, a phone number) may
/// make in a fixed window. Counted in the database, so every server process shares the count.
public struct RateLimit: Sendable, Equatable {
    public let name: String
    public let limit: Int
    public let window: TimeInterval

    public init(_ name: String, limit: Int, per window: TimeInterval) {
        self.name = name
        self.limit = limit
        self.window = window
    }
}

/// The public limits a county would choose, each configurable from the environment as
/// `LIMIT_<NAME>=<count>` (the window stays as documented).
public struct PublicLimits: Sendable {
    /// Open311 requests filed with one API key in an hour.
    public var open311PerKey = RateLimit("open311_key", limit: 300, per: 3600)
    /// Portal requests filed from one address in an hour (phones rotate; addresses less so).
    public var portalPerAddress = RateLimit("portal_address", limit: 5, per: 3600)
    /// Failed look-ups (tracking, rating, disputing) from one address in 15 minutes.
    public var trackFailuresPerAddress = RateLimit("track_address", limit: 10, per: 900)
    /// Failed look-ups naming one phone number, or one receipt, in 15 minutes, from anywhere.
    public var trackFailuresPerSubject = RateLimit("track_subject", limit: 5, per: 900)

    public init() {}

    public static func from(environment: [String: String]) -> PublicLimits {
        var limits = PublicLimits()
        func read(_ limit: inout RateLimit) {
            if let text = environment["LIMIT_\(limit.name.uppercased())"], let value = Int(text), (1...1_000_000).contains(value) {
                limit = RateLimit(limit.name, limit: value, per: limit.window)
            }
        }
        read(&limits.open311PerKey)
        read(&limits.portalPerAddress)
        read(&limits.trackFailuresPerAddress)
        read(&limits.trackFailuresPerSubject)
        return limits
    }
}

public struct RateLimiter: Sendable {
    let database: Database
    let clock: any AppClock
    public let limits: PublicLimits

    public init(database: Database, clock: any AppClock, limits: PublicLimits) {
        self.database = database
        self.clock = clock
        self.limits = limits
    }

    /// Counts one request against each limit and refuses it (429, with how long to wait) when any
    /// is already spent. For limits on everything a key does: filings, API calls.
    public func spend(_ charges: [(RateLimit, String)], code: String = "rate_limited") async throws {
        let now = clock.now()
        let counts = try await database.transaction { sql in
            var counts: [(RateLimit, Int)] = []
            for (limit, subject) in charges { counts.append((limit, try await Self.hit(limit, subject, now: now, on: sql))) }
            return counts
        }
        if let (limit, _) = counts.first(where: { $0.1 > $0.0.limit }) { throw Self.refusal(limit, now: now, code: code) }
    }

    /// Refuses (429) when any of these keys has already used up its allowance, without counting:
    /// for limits on failures, checked before the attempt and charged only when it fails.
    public func check(_ charges: [(RateLimit, String)], code: String = "rate_limited") async throws {
        let now = clock.now()
        let counts = try await database.read { sql in
            var counts: [(RateLimit, Int)] = []
            for (limit, subject) in charges { counts.append((limit, try await Self.current(limit, subject, now: now, on: sql))) }
            return counts
        }
        if let (limit, _) = counts.first(where: { $0.1 >= $0.0.limit }) { throw Self.refusal(limit, now: now, code: code) }
    }

    /// Counts a failed attempt against each key.
    public func charge(_ charges: [(RateLimit, String)]) async throws {
        let now = clock.now()
        try await database.transaction { sql in
            for (limit, subject) in charges { _ = try await Self.hit(limit, subject, now: now, on: sql) }
            // Old windows are forgotten now and then; a count outlives its window by a day at most.
            if Int.random(in: 0..<100) == 0 {
                try await sql.delete(from: "rate_limits").where("window_start", .lessThan, now.epochSeconds - 86_400).run()
            }
        }
    }

    static func windowStart(_ limit: RateLimit, now: Date) -> Int64 {
        let window = Int64(max(1, limit.window))
        return now.epochSeconds / window * window
    }

    static func key(_ limit: RateLimit, _ subject: String) -> String {
        // Subjects come from requests: hashed, so a long or odd one costs a fixed 64 characters.
        "\(limit.name)|\(Secrets.sha256Hex(subject))"
    }

    /// One more hit in the current window; the count after it.
    static func hit(_ limit: RateLimit, _ subject: String, now: Date, on sql: any SQLDatabase) async throws -> Int {
        let start = windowStart(limit, now: now), key = key(limit, subject)
        let row = try await sql.raw("""
            INSERT INTO rate_limits (key, window_start, hits) VALUES (\(bind: key), \(bind: start), 1)
            ON CONFLICT (key) DO UPDATE SET
              hits = CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.hits + 1 ELSE 1 END,
              window_start = excluded.window_start
            RETURNING hits
            """).first()
        return Int(try row?.decode(column: "hits", as: Int64.self) ?? 1)
    }

    static func current(_ limit: RateLimit, _ subject: String, now: Date, on sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.select().columns("window_start", "hits").from("rate_limits").where("key", .equal, key(limit, subject)).first()
        guard let row, try row.decode(column: "window_start", as: Int64.self) == windowStart(limit, now: now) else { return 0 }
        return Int(try row.decode(column: "hits", as: Int64.self))
    }

    static func refusal(_ limit: RateLimit, now: Date, code: String) -> AppError {
        let until = Date(epochSeconds: windowStart(limit, now: now) + Int64(limit.window))
        return AppError.throttled(until: until, now: now, code: code, prefix: "error_rate_limited")
    }
}
