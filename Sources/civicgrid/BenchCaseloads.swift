import CivicGridApp
import Foundation
import Kernel

/// Caseloads for the lists bench: one resident in 150 (about 67,000 at ten million: people under community correction,
/// released from prison, with a severe mental illness — twice as many as each other kind — and young people at risk),
/// five in six still active with a duty falling due from ten days ago to a month ahead, each with its street's social
/// worker. The caseload lists (the county justice bureau's corrections and resettlements; a street's) are then measured
/// at a city's size.
enum BenchCaseloads {
    static let columns = ["id", "kind", "resident_id", "grid_code", "unit_code", "assigned_to", "status", "starts_on", "ends_on", "level", "reported_on",
                          "notice_on", "key_person", "met_on", "resettled_on", "reoffended_on", "youth_group", "plan", "open_due", "due_rule",
                          "created_by", "created_at"]
    static let kinds = ["correction", "resettlement", "mental_health", "mental_health", "youth"]

    static func load(services: AppServices, today: Day, now: Date) async throws {
        guard try await !BenchData.isLoaded("caseloads", services: services) else { return }
        let t0 = Date()
        var n = 0, stored = 0
        for type in ["registered", "floating"] {
            stored += try await BenchData.store(into: "caseloads", columns: columns, fromEach: type, services: services, storing: "caseloads") { person in
                defer { n += 1 }
                guard n % 150 == 0 else { return nil }
                let c = n / 150, kind = kinds[c % kinds.count], active = c % 6 != 0
                let starts = today.adding(days: -(c % 700)), street = String(person.grid_code.prefix(9))
                let due = Int(now.epochSeconds) + (c % 40 - 10) * 86_400 + 43_200
                return [.text("bench-c\(c)"), .text(kind), .text(person.id), .text(person.grid_code), .text(street), .text("bench-social-\(street)"),
                        .text(active ? "active" : "ended"), .text(starts.description), active ? .null : .text(starts.adding(days: 180).description),
                        kind == "correction" ? .text("ordinary") : .null, .null, .null, .integer(0), .null, .null, .null,
                        kind == "youth" ? .text("idle") : .null, .text(""), active ? .integer(due) : .null, active ? .text("visit") : .null, .null,
                        .integer(Int(starts.startDate.epochSeconds))]
            }
        }
        say(String(format: "\nstored %d caseloads in %.0f s", stored, Date().timeIntervalSince(t0)))
    }
}
