import Foundation
import SQLKit

/// Repeated wrong passwords for one account from one address lock that pair out for a while.
/// Kept in the database so every server process sees the same count.
public struct LoginThrottle: Sendable {
    public let maxFailures: Int
    public let window: TimeInterval
    public let lockout: TimeInterval

    public init(maxFailures: Int = 5, window: TimeInterval = 15 * 60, lockout: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.window = window
        self.lockout = lockout
    }

    public static func key(username: String, address: String) -> String {
        "\(username.lowercased())|\(address)"
    }

    /// When the pair is locked, the time the lock lifts.
    public func lockedUntil(key: String, now: Date, on sql: any SQLDatabase) async throws -> Date? {
        guard let until = try await sql.select().column("locked_until").from("login_failures")
            .where("key", .equal, key).first()?.decode(column: "locked_until", as: Int64.self),
            until > now.epochSeconds
        else { return nil }
        return Date(epochSeconds: until)
    }

    public func recordFailure(key: String, now: Date, on sql: any SQLDatabase) async throws {
        struct Row: Decodable { let failures: Int64; let first_at: Int64 }
        let existing = try await sql.select().columns("failures", "first_at").from("login_failures")
            .where("key", .equal, key).first(decoding: Row.self)
        var failures: Int64 = 1
        var firstAt = now.epochSeconds
        if let existing, Double(now.epochSeconds - existing.first_at) < window {
            failures = existing.failures + 1
            firstAt = existing.first_at
        }
        let lockedUntil = failures >= Int64(maxFailures) ? now.addingTimeInterval(lockout).epochSeconds : 0
        // An upsert, so two processes recording a failure for the same key at once cannot collide.
        try await sql.insert(into: "login_failures").columns("key", "failures", "first_at", "locked_until")
            .values(SQLBind(key), SQLBind(failures), SQLBind(firstAt), SQLBind(lockedUntil))
            .onConflict(with: ["key"]) { update in
                update.set(excludedValueOf: "failures").set(excludedValueOf: "first_at").set(excludedValueOf: "locked_until")
            }
            .run()
    }

    public func clear(key: String, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "login_failures").where("key", .equal, key).run()
    }
}
