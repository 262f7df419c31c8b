import Foundation
import Kernel
import Testing
@testable import Disputes

/// The mediation state machine, the early-warning rules and the clocks, on a pinned clock.
@Suite("Mediation rules")
struct MediationRulesTests {
    static func day(_ text: String, _ hour: Double = 10) -> Date { Day(text)!.startDate.addingTimeInterval(hour * 3_600) }

    static func dispute(status: DisputeStatus = .registered, at: Date = day("2026-12-01")) -> Dispute {
        var d = Dispute(id: "d1", number: "TJ20261201-00001", title: "漏水", occurredOn: Day("2026-11-30")!, place: "3幢", typeCode: "neighbour",
                        scale: 2, summary: "楼上漏水", unitCode: "330199001001001", violenceThreatened: false, createdBy: "m", createdAt: at, updatedAt: at,
                        parties: [DisputeParty(name: "甲", role: .applicant), DisputeParty(name: "乙", role: .respondent)])
        d.status = status
        return d
    }

    static let actions: [MediationAction] = DisputeService.steps + [.followUp(performed: false, note: "未履行完毕"), .refer(to: .arbitration, reason: "x")]

    /// Every status × every step: allowed exactly from the statuses the step names, with these results.
    static let results: [String: DisputeStatus] = [
        "assign": .assigned, "session": .mediating, "agree": .agreed, "fail": .failed, "refer": .referred, "escalate": .escalated, "decide": .assigned,
    ]

    @Test func everyStatusAndStepAsDesigned() throws {
        let now = Self.day("2026-12-02")
        for status in DisputeStatus.allCases {
            var d = Self.dispute(status: status)
            d.agreedAt = Self.day("2026-12-01")
            for action in Self.actions {
                let step: MediationAction = if case .agree = action { .agree(terms: "赔偿2000元", performanceDue: Day("2026-12-20")) } else { action }
                let result = try? MediationLifecycle.apply(step, to: d, at: now)
                #expect((result != nil) == action.from.contains(status), "\(status) + \(action.name)")
                if let result, let expected = Self.results[action.name] { #expect(result.status == expected, "\(status) + \(action.name)") }
            }
        }
    }

    @Test func eachStepNeedsItsText() {
        let d = Self.dispute(status: .mediating)
        let refused = #expect(throws: AppError.self) { try MediationLifecycle.apply(.session(minutes: "  "), to: d, at: Self.day("2026-12-02")) }
        #expect(refused?.messageKey == "dispute_error_text")
        #expect(throws: AppError.self) { try MediationLifecycle.apply(.agree(terms: "赔偿", performanceDue: nil), to: d, at: Self.day("2026-12-02")) }
        #expect(throws: AppError.self) { try MediationLifecycle.apply(.agree(terms: "赔偿", performanceDue: Day("2026-12-01")), to: d, at: Self.day("2026-12-02")) }
    }

    @Test func agreementsAreFollowedUpAndConfirmationIsAskedWithinThirtyDays() throws {
        var d = try MediationLifecycle.apply(.agree(terms: "赔偿2000元", performanceDue: Day("2026-12-20")), to: Self.dispute(status: .mediating),
                                             at: Self.day("2026-12-05"))
        #expect(d.status == .agreed && d.outcome == .agreement && d.agreedAt == Self.day("2026-12-05"))
        #expect(DisputeClock.confirmationWindow(agreedAt: d.agreedAt!) == Day("2027-01-04")!.endDate)
        #expect(DisputeClock.clock(of: d, typeDays: 30)?.rule == .performance)
        #expect(DisputeClock.clock(of: d, typeDays: 30)?.due == Day("2026-12-20")!.endDate)
        let late = #expect(throws: AppError.self) { try MediationLifecycle.apply(.requestConfirmation(note: "县法院"), to: d, at: Self.day("2027-01-05", 0.5)) }
        #expect(late?.messageKey == "dispute_error_confirmation_late")
        d = try MediationLifecycle.apply(.requestConfirmation(note: "县法院 2027-01-04"), to: d, at: Self.day("2027-01-04", 23.9))
        #expect(d.confirmationRequestedAt != nil && d.status == .agreed)
        #expect(throws: AppError.self) { try MediationLifecycle.apply(.requestConfirmation(note: "再次"), to: d, at: Self.day("2027-01-04", 23.95)) }
        d = try MediationLifecycle.apply(.followUp(performed: false, note: "已付1000元"), to: d, at: Self.day("2026-12-21"))
        #expect(d.status == .agreed)
        d = try MediationLifecycle.apply(.followUp(performed: true, note: "已全部履行"), to: d, at: Self.day("2026-12-28"))
        #expect(d.status == .performed && DisputeClock.clock(of: d, typeDays: 30) == nil)
    }

    @Test func escalationRunsOnTheLeadingGroupsClockAndItsDecisionIsKept() throws {
        var d = try MediationLifecycle.apply(.escalate(reason: "涉及三个部门"), to: Self.dispute(status: .assigned), at: Self.day("2026-12-03"))
        #expect(d.status == .escalated)
        #expect(DisputeClock.clock(of: d, typeDays: 30)?.due == Day("2026-12-18")!.endDate)
        #expect(DisputeClock.clock(of: d, typeDays: 30)?.rule == .leadingGroup)
        d = try MediationLifecycle.apply(.decide(body: "trade-land", decision: "由国土部门牵头联合调处"), to: d, at: Self.day("2026-12-10"))
        #expect(d.status == .assigned && d.bodyCode == "trade-land" && d.escalationDecision == "由国土部门牵头联合调处")
        // Back on the mediation clock from registration.
        #expect(DisputeClock.clock(of: d, typeDays: 30)?.due == Day("2026-12-31")!.endDate)
    }

    @Test func earlyWarningLevelsAndReasons() {
        #expect(EarlyWarning.assess(scale: 2, parties: 2, violenceThreatened: false, repeated: false, typeCode: "neighbour") == (.low, []))
        #expect(EarlyWarning.assess(scale: 6, parties: 2, violenceThreatened: false, repeated: false, typeCode: "neighbour").0 == .medium)
        #expect(EarlyWarning.assess(scale: 30, parties: 2, violenceThreatened: false, repeated: false, typeCode: "neighbour").0 == .high)
        #expect(EarlyWarning.assess(scale: 150, parties: 2, violenceThreatened: false, repeated: false, typeCode: "neighbour").0 == .major)
        #expect(EarlyWarning.assess(scale: 2, parties: 2, violenceThreatened: true, repeated: false, typeCode: "neighbour") == (.high, ["risk_reason_violence"]))
        #expect(EarlyWarning.assess(scale: 2, parties: 2, violenceThreatened: false, repeated: false, typeCode: "land") == (.medium, ["risk_reason_sensitive_type"]))
        let repeated = EarlyWarning.assess(scale: 6, parties: 6, violenceThreatened: false, repeated: true, typeCode: "neighbour")
        #expect(repeated == (.high, ["risk_reason_group", "risk_reason_repeated"]))
        #expect(EarlyWarning.assess(scale: 200, parties: 2, violenceThreatened: true, repeated: true, typeCode: "land").0 == .major)
    }
}
