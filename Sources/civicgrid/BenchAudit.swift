import CivicGridApp
import Foundation
import Kernel

/// The audit log of a city's year for the lists bench: every sensitive read and every change is an entry, and hundreds of
/// staff make a few hundred a day each (tens of millions a year). Entries are chained and signed as the server appends them,
/// spread from a year ago to now over 500 staff, most of them reads of residents and records, one in a thousand a caseload
/// figures read (`rareAction`, the bench's sample of a rare action). The audit browser, newest first, by action and by
/// actor, is then measured at that size.
enum BenchAudit {
    static let actions = [("resident.read", "resident"), ("workorder.update", "work_order"), ("petition.read", "petition"), ("dispute.read", "dispute"),
                          ("caseload.read", "caseload"), ("hazard.update", "hazard"), ("resident.export", "residents"), ("session.login", "staff")]
    static let rareAction = "caseload.figures"
    static let staff = 500

    static func actor(_ i: Int) -> String { "bench-staff-\(i % staff)" }

    static func load(entries: Int, services: AppServices, now: Date) async throws {
        let stored = try await services.database.read { try await $0.count { $0.from("audit_log") } }
        guard stored < entries else { return }
        let t0 = Date(), count = entries - stored, year = 365.0 * 86_400
        for start in stride(from: 0, to: count, by: 20_000) {
            let events = (start..<min(start + 20_000, count)).map { i -> (event: AuditEvent, at: Date) in
                let (action, target) = i % 1_000 == 7 ? (rareAction, "caseloads") : actions[i % actions.count]
                var event = AuditEvent(actor: nil, action: action, targetType: target, targetId: "bench-\(i % 100_003)", detail: "", ip: "10.0.\(i % 250).1")
                (event.actorId, event.actorName) = ("bench-staff-id-\(i % staff)", actor(i))
                return (event, now.addingTimeInterval(-year * Double(count - i) / Double(count)))
            }
            try await services.database.transaction { sql in _ = try await AuditLog().append(events, on: sql) }
            FileHandle.standardError.write(Data("\rstored \(start + events.count) audit entries".utf8))
        }
        say(String(format: "\nstored %d audit entries in %.0f s", count, Date().timeIntervalSince(t0)))
    }
}
