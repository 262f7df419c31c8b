import CivicGridApp
import Foundation
import Kernel
import SQLKit

/// What the resident import does not give and a city's registers hold per person: a residence permit for every floating
/// resident (about two million at ten million residents) and a points account for every fourth registered one. The
/// permits due for renewal and the points accounts are then measured at a city's size on either database.
enum BenchPermits {
    /// Loads each once: a table that holds more than the demo's is left as it is.
    static func load(services: AppServices, today: Day, now: Date) async throws {
        let t0 = Date()
        let permits = try await BenchData.isLoaded("residence_permits", services: services) ? 0 : try await Self.permits(services: services, today: today)
        let accounts = try await BenchData.isLoaded("point_accounts", services: services) ? 0 : try await Self.accounts(services: services, now: now)
        guard permits + accounts > 0 else { return }
        say(String(format: "\nstored %d residence permits and %d points accounts in %.0f s", permits, accounts, Date().timeIntervalSince(t0)))
    }

    /// Permits run a year and are renewed (the expiry moves on); one in ten was cancelled. The active ones expire from 60 days
    /// ago (lapsed, not renewed) to a year ahead, so about a fifth are due within the 30 days the lists look ahead.
    static func permits(services: AppServices, today: Day) async throws -> Int {
        var n = 0
        return try await BenchData.store(into: "residence_permits", columns: ["id", "resident_id", "grid_code", "basis", "issued_on", "expires_on", "status",
                                                                             "cancelled_on", "cancel_reason"],
                                         fromEach: "floating", services: services, storing: "residence permits") { person in
            defer { n += 1 }
            let expires = today.adding(days: n * 7919 % 425 - 60), cancelled = n % 10 == 0
            return [.text("bench-p\(n)"), .text(person.id), .text(person.grid_code), .text(["job", "home", "study"][n % 3]),
                    .text(expires.adding(days: -365 * (1 + n % 3)).description), .text(expires.description), .text(cancelled ? "cancelled" : "active"),
                    cancelled ? .text(expires.adding(days: -100).description) : .null, cancelled ? .text("离开本地") : .null]
        }
    }

    /// A points account for every fourth registered resident, held by their community.
    static func accounts(services: AppServices, now: Date) async throws -> Int {
        var n = 0
        return try await BenchData.store(into: "point_accounts", columns: ["resident_id", "unit_code", "balance", "opened_at"],
                                         fromEach: "registered", services: services, storing: "points accounts") { person in
            defer { n += 1 }
            guard n % 4 == 0 else { return nil }
            return [.text(person.id), .text(String(person.grid_code.prefix(12))), .integer(n / 4 % 500), .integer(Int(now.epochSeconds) - n % 700 * 86_400)]
        }
    }
}
