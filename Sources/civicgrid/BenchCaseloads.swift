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

    static let contactColumns = ["id", "caseload_id", "kind", "on_day", "notes", "risk_grade", "joint", "hours", "score", "recorded_by", "recorded_at"]
    static let taskColumns = ["id", "caseload_id", "grid_code", "person_name", "address", "due_on", "done_on", "done_by", "note", "asked_by", "asked_at"]
    static let correctionContacts = ["report", "visit", "written_report", "study", "service", "assessment"]

    /// Contact `j` of twelve spread over caseload `c`'s life so far (up to 700 days): what its kind calls for.
    static func contact(_ c: Int, _ j: Int, today: Day) -> [BulkValue] {
        let age = c % 700, on = today.adding(days: -age + age * (j + 1) / 13)
        var kind = "visit", grade = BulkValue.null, hours = BulkValue.null, score = BulkValue.null
        switch kinds[c % kinds.count] {
        case "correction":
            kind = correctionContacts[j % correctionContacts.count]
            if kind == "study" || kind == "service" { hours = .integer(4) }
            if kind == "assessment" { score = .integer(80 + c % 20) }
        case "mental_health": (kind, grade) = ("follow_up", .integer((c + j) % 5))
        case "resettlement": kind = j % 2 == 0 ? "visit" : "help"
        default: break
        }
        return [.text("bench-k\(c)-\(j)"), .text("bench-c\(c)"), .text(kind), .text(on.description), .text("按时到场，情况稳定"), grade, .integer(0), hours, score,
                .null, .integer(Int(on.startDate.epochSeconds) + 36_000)]
    }

    /// Twelve contacts of every bench caseload (about 800,000 at ten million residents) and three visit tasks asked of its grid
    /// worker (two done, a month apart, and one due within ten days): the month's caseload figures and the grid's visit
    /// tasks are then measured over them.
    static func loadContacts(services: AppServices, today: Day) async throws {
        struct Row: Decodable { let id: String, grid_code: String }
        let rows = try await services.database.read {
            try await $0.select().columns("id", "grid_code").from("caseloads").where("id", .greaterThanOrEqual, "bench-c").where("id", .lessThan, "bench-d")
                .all(decoding: Row.self)
        }
        var grids = [String](repeating: "", count: rows.count)
        for r in rows { if let c = Int(r.id.dropFirst("bench-c".count)), c < grids.count { grids[c] = r.grid_code } }
        guard !grids.isEmpty, !grids.contains("") else { return }
        try await BenchData.fill("caseload_contacts", to: grids.count * 12, columns: contactColumns, services: services) { contact($0 / 12, $0 % 12, today: today) }
        try await BenchData.fill("visit_tasks", to: grids.count * 3, columns: taskColumns, services: services) { i in
            let c = i / 3, j = i % 3, due = today.adding(days: (j - 2) * 30 + c % 10), done = j < 2
            return [.text("bench-t\(c)-\(j)"), .text("bench-c\(c)"), .text(grids[c]), .text("居民\(c)"), .text("幸福路\(c % 997)号"), .text(due.description),
                    done ? .text(due.adding(days: -1).description) : .null, done ? .text("bench-grid-worker") : .null, .text(done ? "已走访" : ""), .null,
                    .integer(Int(due.adding(days: -14).startDate.epochSeconds))]
        }
    }
}
