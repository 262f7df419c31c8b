import Foundation
import Kernel
import Testing
@testable import Petitions

/// The statutory chain on a pinned clock: each limit, the extension cap, the petitioner's
/// windows and the closure after re-review.
@Suite("Petition clocks")
struct PetitionClockTests {
    /// 2026-12-01 09:30 China Standard Time.
    static let received = Day(year: 2026, month: 12, day: 1).startDate.addingTimeInterval(9.5 * 3_600)

    static func petition(at: Date = received) -> Petition {
        let first = PetitionClock.clock(for: .registered, stageAt: at, replyDueAt: nil)
        return Petition(id: "p1", number: "XF20261201-00001", channel: .letter, petitionerName: "李建国", petitionerPhone: "13900001111",
                        headcount: 1, matter: "噪声扰民", demands: "停止夜间施工", unitCode: "330199001001", responsibleBody: "县住建局",
                        status: .registered, receivedAt: at, dueAt: first?.due, dueRule: first?.rule, stageAt: at, createdBy: "s", updatedAt: at)
    }

    static func day(_ text: String, _ hour: Double = 10) -> Date { Day(text)!.startDate.addingTimeInterval(hour * 3_600) }

    @Test func acceptanceIsDueAtTheEndOfTheFifteenthCalendarDay() {
        let p = Self.petition()
        // The day of receipt is not counted; weekends and holidays are (calendar days).
        #expect(p.dueAt == Day("2026-12-16")!.endDate)
        #expect(p.dueRule == .acceptance)
    }

    @Test func fullChainSetsEachClockByItsRule() throws {
        var p = Self.petition()
        p = try PetitionLifecycle.apply(.accept(note: "予以受理"), to: p, at: Self.day("2026-12-05"))
        #expect(p.status == .accepted)
        #expect(p.dueAt == Day("2027-02-03")!.endDate)  // 60 days after 12-05
        #expect(p.dueRule == .handling)
        #expect(p.replyDueAt == p.dueAt)

        p = try PetitionLifecycle.apply(.extend(days: 20, reason: "情况复杂，需现场核查"), to: p, at: Self.day("2027-01-20"))
        #expect(p.status == .accepted)
        #expect(p.extensionDays == 20)
        #expect(p.dueAt == Day("2027-02-23")!.endDate)
        #expect(p.dueRule == .handlingExtended)

        p = try PetitionLifecycle.apply(.reply(text: "已责令停止夜间施工"), to: p, at: Self.day("2027-02-10"))
        #expect(p.status == .replied)
        #expect(p.repliedAt == Self.day("2027-02-10"))
        #expect(p.dueAt == Day("2027-03-12")!.endDate)  // the petitioner's review window
        #expect(p.dueRule == .reviewWindow)

        p = try PetitionLifecycle.apply(.requestReview(note: "对答复不服"), to: p, at: Self.day("2027-03-12", 23.9))
        #expect(p.status == .reviewRequested)
        #expect(p.dueAt == Day("2027-04-11")!.endDate)
        #expect(p.dueRule == .review)

        p = try PetitionLifecycle.apply(.review(text: "维持原处理意见"), to: p, at: Self.day("2027-04-01"))
        #expect(p.status == .reviewed)
        #expect(p.dueRule == .reReviewWindow)
        #expect(p.dueAt == Day("2027-05-01")!.endDate)

        p = try PetitionLifecycle.apply(.requestReReview(note: "请求复核"), to: p, at: Self.day("2027-04-20"))
        #expect(p.status == .reReviewRequested)
        #expect(p.dueRule == .reReview)
        #expect(p.dueAt == Day("2027-05-20")!.endDate)

        p = try PetitionLifecycle.apply(.reReview(text: "复核维持"), to: p, at: Self.day("2027-05-10"))
        #expect(p.status == .concluded)
        #expect(p.dueAt == nil)
        #expect(p.dueRule == nil)
        // Concluded: nothing further is accepted.
        for action in PetitionService.steps {
            #expect(throws: AppError.self) { try PetitionLifecycle.apply(action, to: p, at: Self.day("2027-05-11")) }
        }
    }

    @Test func reviewRequestedAfterItsWindowIsRefused() throws {
        var p = try PetitionLifecycle.apply(.accept(note: "受理"), to: Self.petition(), at: Self.day("2026-12-02"))
        p = try PetitionLifecycle.apply(.reply(text: "答复"), to: p, at: Self.day("2026-12-10"))
        // Window: 30 days after 12-10 → end of 2027-01-09.
        #expect(try PetitionLifecycle.apply(.requestReview(note: "不服"), to: p, at: Self.day("2027-01-09", 23.99)).status == .reviewRequested)
        let late = #expect(throws: AppError.self) { try PetitionLifecycle.apply(.requestReview(note: "不服"), to: p, at: Self.day("2027-01-10", 0.01)) }
        #expect(late?.messageKey == "petition_error_window_closed")
        #expect(late?.args.first?.hasPrefix("2027-01-09 23:59") == true)
    }

    @Test func extensionsBeyondThirtyDaysInAllAreRefused() throws {
        var p = try PetitionLifecycle.apply(.accept(note: "受理"), to: Self.petition(), at: Self.day("2026-12-02"))
        #expect(throws: AppError.self) { try PetitionLifecycle.apply(.extend(days: 31, reason: "复杂"), to: p, at: Self.day("2026-12-03")) }
        #expect(throws: AppError.self) { try PetitionLifecycle.apply(.extend(days: 0, reason: "复杂"), to: p, at: Self.day("2026-12-03")) }
        p = try PetitionLifecycle.apply(.extend(days: 25, reason: "复杂"), to: p, at: Self.day("2026-12-03"))
        let over = #expect(throws: AppError.self) { try PetitionLifecycle.apply(.extend(days: 6, reason: "仍复杂"), to: p, at: Self.day("2026-12-04")) }
        #expect(over?.messageKey == "petition_error_extension")
        p = try PetitionLifecycle.apply(.extend(days: 5, reason: "仍复杂"), to: p, at: Self.day("2026-12-04"))
        #expect(p.extensionDays == 30)
        #expect(p.dueAt == Day("2027-03-02")!.endDate)
    }

    @Test func aDecisionWithoutAReasonIsRefused() {
        let p = Self.petition()
        for action in [PetitionAction.accept(note: " "), .decline(reason: "")] {
            let refused = #expect(throws: AppError.self) { try PetitionLifecycle.apply(action, to: p, at: Self.day("2026-12-02")) }
            #expect(refused?.messageKey == "petition_error_reason")
        }
    }

    @Test func eachStepOnlyFromItsOwnStatus() {
        for status in PetitionStatus.allCases {
            var p = Self.petition()
            p.status = status
            p.replyDueAt = Self.day("2027-01-30")
            for action in PetitionService.steps {
                let result = try? PetitionLifecycle.apply(action, to: p, at: Self.day("2026-12-02"))
                #expect((result != nil) == (action.from == status), "\(status) + \(action.name)")
            }
        }
    }
}
