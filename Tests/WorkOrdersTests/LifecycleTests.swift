import Foundation
import Kernel
import Testing
@testable import WorkOrders

@Suite("Work-order life cycle")
struct LifecycleTests {
    static let actions: [WorkOrderAction] = [
        .dispatch(unit: "330199001001"), .accept, .returnToSender(reason: "不属本单位职责"), .reply(text: "已修复路灯"),
        .verify(accepted: true, note: ""), .verify(accepted: false, note: "照片不清"), .visit(.satisfied, note: ""),
        .visit(.basicallySatisfied, note: ""), .visit(.unsatisfied, note: "仍然不亮"), .dispute(reason: "并未修好"),
        .route(grid: "330199001001001"), .merge(into: "20261123-00001"), .handOver(petition: "XF-2026-1"),
    ]

    /// Every status × every action: exactly these succeed, with these results; everything else is refused.
    static let allowed: [WorkOrderStatus: [String: WorkOrderStatus]] = [
        .registered: ["dispatch": .dispatched, "route": .registered, "merge": .merged, "handover": .handedOver],
        .returned: ["dispatch": .dispatched, "merge": .merged],
        .reopened: ["dispatch": .dispatched, "route": .reopened, "merge": .merged],
        .dispatched: ["accept": .accepted, "return": .returned],
        .accepted: ["reply": .replied],
        .replied: ["verify true": .closed, "verify false": .accepted],
        .closed: ["visit satisfied": .visited, "visit basically_satisfied": .visited, "visit unsatisfied": .reopened, "dispute": .reopened],
        .visited: ["dispute": .reopened],
    ]

    static func key(_ action: WorkOrderAction) -> String {
        switch action {
        case .verify(let accepted, _): "verify \(accepted)"
        case .visit(let s, _): "visit \(s.rawValue)"
        default: action.name
        }
    }

    @Test func everyStatusAndActionAsDesigned() {
        for status in WorkOrderStatus.allCases {
            for action in Self.actions {
                let expected = Self.allowed[status]?[Self.key(action)]
                let result = try? Lifecycle.next(from: status, action)
                #expect(result == expected, "\(status) + \(Self.key(action))")
            }
        }
    }

    @Test func refusalsNameTheActionAndStatus() {
        #expect(throws: AppError.conflict("workorder_error_transition", ["reply", "registered"])) {
            try Lifecycle.next(from: .registered, .reply(text: "x"))
        }
    }

    @Test func reasonsAndRepliesAreRequired() {
        #expect(throws: AppError.invalid("workorder_error_reason")) { try Lifecycle.next(from: .dispatched, .returnToSender(reason: "  ")) }
        #expect(throws: AppError.invalid("workorder_error_reply")) { try Lifecycle.next(from: .accepted, .reply(text: "")) }
        #expect(throws: AppError.invalid("workorder_error_reason")) { try Lifecycle.next(from: .replied, .verify(accepted: false, note: "")) }
        #expect(throws: AppError.invalid("workorder_error_unit")) { try Lifecycle.next(from: .registered, .dispatch(unit: "")) }
        #expect(throws: AppError.invalid("workorder_error_reply")) {
            try Lifecycle.next(from: .accepted, .reply(text: String(repeating: "长", count: 4_001)))
        }
    }

    @Test func onlyFinishedOrdersAreOffTheClock() {
        #expect(WorkOrderStatus.allCases.filter { !$0.isOpen } == [.closed, .visited, .merged, .handedOver])
    }

    @Test func mergesAndHandOversNameTheirTarget() {
        #expect(throws: AppError.invalid("workorder_error_merge_target")) { try Lifecycle.next(from: .registered, .merge(into: " ")) }
        #expect(throws: AppError.invalid("workorder_error_petition")) { try Lifecycle.next(from: .registered, .handOver(petition: "")) }
    }
}

@Suite("Work-order deadlines on the working-day calendar")
struct DeadlineTests {
    let calendar: WorkCalendar

    init() throws {
        calendar = try WorkCalendar.standard()
    }

    /// A moment on a day, China Standard Time.
    static func at(_ day: String, hour: Int = 10) -> Date { Day(day)!.startDate.addingTimeInterval(Double(hour) * 3600) }

    @Test func theDistrictGetsThreeWorkingDaysAcrossNationalDay() {
        // Wed 30 Sep; 1–7 Oct holiday; Thu 8, Fri 9, and Sat 10 Oct is a make-up working day.
        #expect(Deadlines.dueDay(receivedAt: Self.at("2026-09-30"), workingDays: 3, calendar: calendar) == Day("2026-10-10"))
    }

    @Test func theCommunityActsTheSameWorkingDay() {
        #expect(Deadlines.dueDay(receivedAt: Self.at("2026-11-23"), workingDays: 0, calendar: calendar) == Day("2026-11-23"))
        // A make-up Saturday is a working day; an ordinary Sunday is not.
        #expect(Deadlines.dueDay(receivedAt: Self.at("2026-10-10"), workingDays: 0, calendar: calendar) == Day("2026-10-10"))
        #expect(Deadlines.dueDay(receivedAt: Self.at("2026-10-11"), workingDays: 0, calendar: calendar) == Day("2026-10-12"))
    }

    @Test func sevenWorkingDaysAcrossSpringFestival() {
        // Fri 13 Feb; Sat 14 make-up (1); 15–23 holiday; 24–27 (2–5); Sat 28 make-up (6); Mon 2 Mar (7).
        #expect(Deadlines.dueDay(receivedAt: Self.at("2026-02-13"), workingDays: 7, calendar: calendar) == Day("2026-03-02"))
        let due = Deadlines.due(receivedAt: Self.at("2026-02-13"), level: .other, calendar: calendar)
        #expect(Day(date: due) == Day("2026-03-02"))
        #expect(Day(date: due.addingTimeInterval(1)) == Day("2026-03-03"), "due at the last second of the day")
    }

    @Test func aWeekendArrivalStartsCountingOnMonday() {
        // Sat 21 Nov → Mon 23 (1), Tue 24 (2), Wed 25 (3).
        #expect(Deadlines.dueDay(receivedAt: Self.at("2026-11-21"), workingDays: 3, calendar: calendar) == Day("2026-11-25"))
    }

    @Test func extensionsAddWorkingDaysWithinALimit() throws {
        let due = Deadlines.due(receivedAt: Self.at("2026-11-23"), level: .district, calendar: calendar)  // Thu 26 Nov
        #expect(Day(date: due) == Day("2026-11-26"))
        #expect(Day(date: try Deadlines.extended(due, byWorkingDays: 2, calendar: calendar)) == Day("2026-11-30"))
        #expect(throws: AppError.invalid("workorder_error_extension", ["30"])) { try Deadlines.extended(due, byWorkingDays: 31, calendar: calendar) }
        #expect(throws: AppError.invalid("workorder_error_extension", ["30"])) { try Deadlines.extended(due, byWorkingDays: 0, calendar: calendar) }
    }
}
