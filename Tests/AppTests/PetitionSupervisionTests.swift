import CivicGridApp
import Foundation
import Kernel
import Petitions
import Testing

/// Petition clocks are supervised like work orders: near due, overdue, escalated to the county,
/// each notice once per stage however many sweeps run.
@Suite("Petitions: supervision of the statutory clocks")
struct PetitionSupervisionTests {
    @Test func overdueAndNearDuePetitionsAreNoticedOnceAndEscalated() async throws {
        try await TestApp.run { app in
            let database = app.services.database
            let now = Date()
            let supervision = DeadlineSweeper(clocks: [PetitionSupervision.clock], database: database, clock: FixedClock(now))
            // Demo: petition 2 passed its handling limit 15 days ago (overdue, and escalated after 7); petition 1 has 12 days left.
            async let first = supervision.sweep()
            async let second = supervision.sweep()
            #expect(try await first + second == 2)
            #expect(try await supervision.sweep() == 0)
            let notices = try await app.notices(PetitionSupervision.caseType, "demo-petition-2")
            #expect(notices.map(\.kind).sorted() == ["escalated", "overdue"])
            #expect(notices.first { $0.kind == "escalated" }?.addressedTo == "330199")
            #expect(notices.first { $0.kind == "overdue" }?.addressedTo == "330199001" && notices.allSatisfy { $0.clock == "handling_60d" })
            #expect(try await app.notices(PetitionSupervision.caseType, "demo-petition-1").isEmpty)
            // Ten days on, petition 1's acceptance clock has two days left: near due.
            let later = DeadlineSweeper(clocks: [PetitionSupervision.clock], database: database, clock: FixedClock(now.addingTimeInterval(10 * 86_400)))
            #expect(try await later.sweep() == 1)
            #expect(try await app.notices(PetitionSupervision.caseType, "demo-petition-1").map(\.kind) == ["near_due"])
            // Shown with the petition.
            let officer = try await app.session("petition", kind: .api).token
            let detail = try await app.api(.get, "/api/v1/petitions/demo-petition-2", token: officer).json()
            let shown = detail["notices"] as? [[String: Any]]
            #expect(shown?.count == 2 && shown?.allSatisfy { $0["petition_id"] as? String == "demo-petition-2" && $0["due_rule"] as? String == "handling_60d" } == true)
        }
    }
}

extension TestApp {
    /// The supervision notices about one case, oldest first.
    func notices(_ caseType: String, _ caseId: String) async throws -> [CaseNotice] {
        try await services.database.read { try await NoticeStore().notices(of: caseType, caseId, on: $0) }
    }
}
