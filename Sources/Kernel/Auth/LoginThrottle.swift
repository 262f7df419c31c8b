import Foundation
import SQLKit

/// Wrong passwords slow down whoever sends them, kept in the database so every server process
/// sees the same count. Three counts, each with its own rule:
/// - one account from one address: locked for a while after a few failures;
/// - one address across all accounts: locked after many (guessing one password over many accounts);
/// - one account from any address: a delay that grows with each failure, capped at a minute, so
///   spreading guesses over many addresses gains nothing, yet the real user is never locked out
///   for longer than the cap by someone failing on purpose.
public struct LoginThrottle: Sendable {
    public enum Rule: Sendable {
        /// Locked for `lockout` once `maxFailures` fall within `window`.
        case lock(maxFailures: Int, lockout: TimeInterval)
        /// From the `after`-th failure, each one makes the next attempt wait 2, 4, 8... seconds, at most `cap`.
        case delay(after: Int, cap: TimeInterval)
    }

    public let window: TimeInterval
    public let pair: Rule
    public let address: Rule
    public let account: Rule

    public init(maxFailures: Int = 5, window: TimeInterval = 15 * 60, lockout: TimeInterval = 15 * 60,
                addressFailures: Int = 20, accountDelayAfter: Int = 5, accountDelayCap: TimeInterval = 60) {
        self.window = window
        self.pair = .lock(maxFailures: maxFailures, lockout: lockout)
        self.address = .lock(maxFailures: addressFailures, lockout: lockout)
        self.account = .delay(after: accountDelayAfter, cap: accountDelayCap)
    }

    /// The counts one attempt touches, each with its rule.
    public struct Keys: Sendable {
        let all: [(key: String, rule: Rule)]
        /// The pair's count is forgotten on success; the others run out with their window.
        let pair: String
    }

    public func keys(username: String, address: String) -> Keys {
        let user = username.lowercased()
        let pairKey = "\(user)|\(address)"
        return Keys(all: [(pairKey, pair), ("address|\(address)", self.address), ("account|\(user)", account)], pair: pairKey)
    }

    /// When any of the counts holds the attempt back, the time it may be made again.
    public func lockedUntil(_ keys: Keys, now: Date, on sql: any SQLDatabase) async throws -> Date? {
        let rows = try await sql.select().column("locked_until").from("login_failures")
            .where("key", .in, keys.all.map(\.key)).all(decodingColumn: "locked_until", as: Int64.self)
        guard let until = rows.max(), until > now.epochSeconds else { return nil }
        return Date(epochSeconds: until)
    }

    public func recordFailure(_ keys: Keys, now: Date, on sql: any SQLDatabase) async throws {
        for (key, rule) in keys.all {
            try await recordFailure(key: key, rule: rule, now: now, on: sql)
        }
    }

    func recordFailure(key: String, rule: Rule, now: Date, on sql: any SQLDatabase) async throws {
        struct Row: Decodable { let failures: Int64; let first_at: Int64 }
        let existing = try await sql.select().columns("failures", "first_at").from("login_failures")
            .where("key", .equal, key).first(decoding: Row.self)
        var failures: Int64 = 1
        var firstAt = now.epochSeconds
        if let existing, Double(now.epochSeconds - existing.first_at) < window {
            failures = min(existing.failures, 1_000_000) + 1
            firstAt = existing.first_at
        }
        let lockedUntil: Int64
        switch rule {
        case .lock(let maxFailures, let lockout):
            lockedUntil = failures >= Int64(maxFailures) ? now.addingTimeInterval(lockout).epochSeconds : 0
        case .delay(let after, let cap):
            let steps = failures - Int64(after) + 1
            lockedUntil = steps > 0 ? now.addingTimeInterval(min(cap, pow(2, Double(min(steps, 30))))).epochSeconds : 0
        }
        // An upsert, so two processes recording a failure for the same key at once cannot collide.
        try await sql.insert(into: "login_failures").columns("key", "failures", "first_at", "locked_until")
            .values(SQLBind(key), SQLBind(failures), SQLBind(firstAt), SQLBind(lockedUntil))
            .onConflict(with: ["key"]) { update in
                update.set(excludedValueOf: "failures").set(excludedValueOf: "first_at").set(excludedValueOf: "locked_until")
            }
            .run()
    }

    public func clear(_ keys: Keys, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "login_failures").where("key", .equal, keys.pair).run()
    }
}
