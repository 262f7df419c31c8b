import Foundation
import Kernel

/// Two disputes in the demo's first grid: one just registered, one mediated to an agreement
/// (so the printable agreement and case file have something to print).
public enum DemoDisputes {
    static let grid = "330199001001001"

    /// The street's half-monthly screening round of today, for its grids to answer.
    public static let roundId = "demo-round-1"

    public static func seed(database: Database, clock: any AppClock) async throws {
        let store = DisputeStore()
        let now = clock.now()
        try await database.transaction { sql in
            if let (start, end) = ScreeningSchedule.period(.township, containing: Day(date: now)) {
                _ = try await ScreeningStore().insert(ScreeningRound(id: roundId, unitCode: "330199001", level: .township, periodStart: start, periodEnd: end,
                                                                     reason: "", createdBy: "demo-street_sup", createdAt: now), on: sql)
            }
            guard try await store.find(id: "demo-dispute-1", on: sql) == nil else { return }
            let registered = now.addingTimeInterval(-2 * 86_400), older = now.addingTimeInterval(-12 * 86_400)
            var first = Dispute(id: "demo-dispute-1", number: try await DisputeStore.numbers.next(on: Day(date: now), sql: sql), title: "楼上漏水致楼下天花板受损",
                                occurredOn: Day(date: registered), place: "幸福里小区3幢", typeCode: "neighbour", scale: 2,
                                summary: "302室卫生间漏水，202室天花板发霉脱落，双方就维修和赔偿协商未果。", unitCode: grid, violenceThreatened: false,
                                createdBy: "demo-gridworker1", createdAt: registered, updatedAt: registered,
                                parties: [DisputeParty(name: "刘芳", role: .applicant, phone: "13700001111"),
                                          DisputeParty(name: "陈志强", role: .respondent, phone: "13700002222")])
            var second = Dispute(id: "demo-dispute-2", number: try await DisputeStore.numbers.next(on: Day(date: now), sql: sql), title: "物业费与停车位纠纷",
                                 occurredOn: Day(date: older), place: "幸福里小区地下车库", typeCode: "property", scale: 6,
                                 summary: "6户业主以车位被占为由拒交物业费，物业公司要求补缴。", unitCode: grid, violenceThreatened: false,
                                 riskLevel: .medium, riskReasons: ["risk_reason_group"], createdBy: "demo-gridworker1", createdAt: older, updatedAt: older,
                                 parties: [DisputeParty(name: "幸福里物业公司", role: .applicant, isOrganisation: true),
                                           DisputeParty(name: "王建华等6户业主", role: .respondent, phone: "13700003333")])
            for d in [first, second] {
                let clock = DisputeClock.clock(of: d, typeDays: 30)
                var dated = d
                dated.dueAt = clock?.due
                dated.dueRule = clock?.rule
                try await store.insert(dated, on: sql)
                try await store.addEvent(disputeId: d.id, action: "register", from: nil, to: .registered, note: nil, actorId: d.createdBy, at: d.createdAt, on: sql)
                if d.id == first.id { first = dated } else { second = dated }
            }
            let steps: [(Double, MediationAction)] = [
                (11, .assign(body: "people-community", note: "交社区人民调解委员会")),
                (9, .session(minutes: "双方到场陈述；物业承认车位管理不到位，业主同意补缴。")),
                (8, .agree(terms: "一、物业公司于协议签订后15日内清理占用车位；二、6户业主于车位清理后10日内补缴物业费；三、双方不再就此事争执。",
                           performanceDue: Day(date: now.addingTimeInterval(20 * 86_400)))),
            ]
            for (daysAgo, action) in steps {
                let at = now.addingTimeInterval(-daysAgo * 86_400)
                var next = try MediationLifecycle.apply(action, to: second, at: at)
                let clock = DisputeClock.clock(of: next, typeDays: 30)
                next.dueAt = clock?.due
                next.dueRule = clock?.rule
                _ = try await store.update(next, from: second, on: sql)
                try await store.addEvent(disputeId: second.id, action: action.name, from: second.status, to: next.status, note: action.note,
                                         actorId: "demo-mediator", at: at, on: sql)
                second = next
            }
        }
    }
}
