import CivicGridApp
import Disputes
import Foundation
import Kernel
import KernelTesting
import Testing

/// Disputes gained the supervision work orders and petitions have: near due three days before
/// the limit the dispute runs under now, overdue past it, escalated to the county a week later;
/// each notice once per clock and stage however many processes sweep.
@Suite("Disputes: supervision of the mediation clocks")
struct DisputeSupervisionTests {
    @Test func mediationAndPerformanceClocksAreNoticedOnceEachStage() async throws {
        try await TestApp.run { app in
            let now = Date()
            let clock = ManualClock(now)
            let other = try await TestDatabase.secondProcess()
            let a = DeadlineSweeper(clocks: [DisputeSupervision.clock], database: app.services.database, clock: clock)
            let b = DeadlineSweeper(clocks: [DisputeSupervision.clock], database: other, clock: clock)
            // Demo: dispute 1 was registered two days ago (30-day mediation limit), dispute 2 agreed
            // to perform within 20 days from today. Nothing is near yet.
            #expect(try await a.sweep() == 0)
            // 26 days on: dispute 1 has two days left, dispute 2's performance day has passed.
            clock.advance(by: 26 * 86_400)
            async let first = a.sweep()
            async let second = b.sweep()
            #expect(try await first + second == 2)
            #expect(try await a.sweep() == 0)
            #expect(try await app.notices(DisputeSupervision.caseType, "demo-dispute-1").map(\.kind) == ["near_due"])
            #expect(try await app.notices(DisputeSupervision.caseType, "demo-dispute-2").map(\.kind) == ["overdue"])
            // 40 days on both are past their limits by more than a week: overdue, then escalated to the county.
            clock.advance(by: 14 * 86_400)
            async let third = a.sweep()
            async let fourth = b.sweep()
            #expect(try await third + fourth == 3)
            await other.shutdown()
            let notices = try await app.notices(DisputeSupervision.caseType, "demo-dispute-1")
            #expect(notices.map(\.kind).sorted() == ["escalated", "near_due", "overdue"])
            #expect(notices.allSatisfy { $0.clock == "mediation_limit" })
            #expect(notices.first { $0.kind == "escalated" }?.addressedTo == "330199")
            #expect(notices.first { $0.kind == "overdue" }?.addressedTo == "330199001")
            #expect(try await app.notices(DisputeSupervision.caseType, "demo-dispute-2").allSatisfy { $0.clock == "performance_due" })

            // Shown with the dispute, in the API and on its page; only to those who may see it.
            let mediator = try await app.session("mediator", kind: .api).token
            let detail = try await app.api(.get, "/api/v1/disputes/demo-dispute-1", token: mediator).json()
            let shown = detail["notices"] as? [[String: Any]]
            #expect(Set(shown?.compactMap { $0["kind"] as? String } ?? []) == ["near_due", "overdue", "escalated"])
            #expect(shown?.allSatisfy { $0["clock"] as? String == "mediation_limit" && $0["due_at"] is String } == true)
            let page = try await app.get("/disputes/demo-dispute-1", as: try await app.session("mediator")).text
            #expect(page.contains("临期督办") && page.contains("升级督办") && page.contains("督办对象 330199"))
            let worker2 = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.get, "/api/v1/disputes/demo-dispute-1", token: worker2).status == .notFound)
        }
    }

    @Test func aNewClockIsNoticedOnItsOwn() async throws {
        try await TestApp.run { app in
            let clock = ManualClock(Date().addingTimeInterval(40 * 86_400))
            let sweeper = DeadlineSweeper(clocks: [DisputeSupervision.clock], database: app.services.database, clock: clock)
            try await sweeper.sweep()
            #expect(try await app.notices(DisputeSupervision.caseType, "demo-dispute-1").map(\.kind).sorted() == ["escalated", "overdue"])
            // The dispute now runs under its escalated clock (the leading group's 15 days): a stage
            // already noticed on the mediation clock is noticed again on the new one.
            try await app.services.database.transaction { sql in
                _ = try await sql.update("disputes").set("due_rule", to: "leading_group_15d").set("open_due", to: clock.now().addingTimeInterval(-86_400).epochSeconds)
                    .where("id", .equal, "demo-dispute-1").run()
            }
            // A due time set in the past is found when the sweeper next reads its whole window (every five minutes).
            #expect(try await sweeper.sweep() == 0)
            clock.advance(by: 5 * 60)
            #expect(try await sweeper.sweep() == 1)
            let notices = try await app.notices(DisputeSupervision.caseType, "demo-dispute-1")
            #expect(notices.filter { $0.clock == "leading_group_15d" }.map(\.kind) == ["overdue"])
        }
    }
}
