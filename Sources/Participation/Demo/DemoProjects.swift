import Foundation
import Kernel

/// Demo projects, commitments and points of the demo's first community: a project in progress
/// with its ledger and one disclosure overdue, one sent back for rework by its evaluation, a
/// county and a street commitment, and a resident's points with a card (phone `13800000002`,
/// code `DEMP-2628-KX`, printed in the README).
public enum DemoProjects {
    static let community = "330199001001"
    public static let cardPhone = "13800000002", cardCode = "DEMP2628KX"

    public static func seed(database: Database, clock: any AppClock) async throws {
        let now = clock.now(), today = Day(date: now), store = ProjectStore()
        // Commitments of a year far enough on to have mid-year progress: this year from August, else last year.
        let year = today.month >= 8 ? today.year : today.year - 1
        @Sendable func at(_ days: Int) -> Date { now.addingTimeInterval(Double(days) * 86_400) }
        try await database.transaction { sql in
            guard try await store.find(id: "demo-project-1", on: sql) == nil else { return }
            let park = Project(id: "demo-project-1", unitCode: community, title: "幸福里口袋公园改造", plan: "北门空地改造为口袋公园：铺装、座椅、儿童游乐设施、夜间照明。\n资金：街道微实事资金20万元，居民自筹2万元。",
                               budgetFen: 22_000_000, ballotId: "demo-ballot-1", status: .inProgress, round: 1, startedOn: today.adding(days: -75), finishedOn: nil,
                               acceptedOn: nil, createdBy: "demo-clerk", createdAt: at(-75))
            let lights = Project(id: "demo-project-2", unitCode: community, title: "幸福里楼道照明改造", plan: "12个单元楼道更换声控节能灯。",
                                 budgetFen: 3_600_000, ballotId: nil, status: .rework, round: 2, startedOn: today.adding(days: -60), finishedOn: today.adding(days: -20),
                                 acceptedOn: nil, createdBy: "demo-clerk", createdAt: at(-60))
            try await store.insert(park, on: sql)
            try await store.insert(lights, on: sql)
            let entries: [(String, Int, LedgerEntry.Kind, Int64, String, String)] = [
                ("demo-entry-1", -74, .income, 20_000_000, "JZ-2026-001", "街道微实事资金拨付"),
                ("demo-entry-2", -70, .income, 2_000_000, "JZ-2026-002", "居民自筹"),
                ("demo-entry-3", -40, .expense, 8_650_000, "JZ-2026-015", "铺装及座椅（合同首付）"),
                ("demo-entry-4", -12, .expense, 1_280_050, "JZ-2026-031", "儿童游乐设施"),
                ("demo-entry-5", -58, .income, 3_600_000, "JZ-2026-007", "社区公益金"),
                ("demo-entry-6", -25, .expense, 3_420_000, "JZ-2026-022", "声控灯具及安装"),
            ]
            for (id, day, kind, fen, voucher, note) in entries {
                let project = ["demo-entry-5", "demo-entry-6"].contains(id) ? lights.id : park.id
                try await store.insert(LedgerEntry(id: id, projectId: project, entryOn: today.adding(days: day), kind: kind, amountFen: fen, voucher: voucher, note: note,
                                                   enteredBy: "demo-clerk", enteredAt: at(day)), on: sql)
            }
            _ = try await store.insert(Disclosure(id: "demo-disclosure-1", projectId: park.id, kind: .major, period: "start", content: "立项方案及预算22万元已在公开栏和门户公布。",
                                                  disclosedOn: park.startedOn, disclosedBy: "demo-clerk", disclosedAt: at(-75)), on: sql)
            try await store.insertFinish(project: lights.id, round: 1, on: today.adding(days: -20), note: "全部更换完毕", by: "demo-clerk", at: at(-20), on: sql)
            try await store.insert(Evaluation(id: "demo-evaluation-1", projectId: lights.id, round: 1, heldOn: today.adding(days: -10), satisfied: 5, basicallySatisfied: 6,
                                              unsatisfied: 7, outcome: .rework, note: "3单元、7单元灯具不亮，居民要求返工。", recordedBy: "demo-clerk", recordedAt: at(-10)), on: sql)

            let commitments = CommitmentStore()
            try await commitments.insert(Commitment(id: "demo-commitment-1", unitCode: "330199", year: year, person: "周县长", post: "县人民政府县长",
                                                    promise: "年内完成城区6个老旧小区加装电梯，新增停车位800个。", promisedOn: Day(year: year, month: 1, day: 15),
                                                    progress: "已完成4个小区电梯加装，新增停车位520个。", progressOn: Day(year: year, month: 7, day: 10),
                                                    createdBy: "demo-leader", createdAt: at(-300)), on: sql)
            try await commitments.insert(Commitment(id: "demo-commitment-2", unitCode: "330199001", year: year, person: "城关街道 李书记", post: "街道党工委书记",
                                                    promise: "每个社区建成一处口袋公园。", promisedOn: Day(year: year, month: 2, day: 20),
                                                    createdBy: "demo-supervisor", createdAt: at(-280)), on: sql)

            let points = PointStore()
            for service in [PointService(id: "demo-service-1", unitCode: community, name: "理发一次", cost: 20, active: true),
                            PointService(id: "demo-service-2", unitCode: community, name: "小家电维修一次", cost: 50, active: true)] {
                try await points.insert(service, by: "demo-clerk", at: at(-90), on: sql)
            }
            try await points.open("demo-resident-2", unitCode: community, at: at(-30), on: sql)
            try await points.setCard("demo-resident-2", cardHash: PointsService.cardHash(cardCode), phoneHash: PointsService.phoneHash(cardPhone), at: at(-30), on: sql)
            for (id, day, delta, kind, ref, hours, note) in [("demo-points-1", -28, 10, PointKind.report, "demo-report", nil as Double?, "反映路灯损坏，经核实"),
                                                             ("demo-points-2", -14, 30, .volunteer, nil, 3.0, "垃圾分类督导志愿服务"),
                                                             ("demo-points-3", -3, -20, .redeem, "demo-service-1", nil, "兑换理发一次")] {
                _ = try await points.post(PointEntry(id: id, residentId: "demo-resident-2", delta: delta, kind: kind, ref: ref, hours: hours, note: note,
                                                     enteredBy: "demo-clerk", enteredAt: at(day)), onceKey: nil, on: sql)
            }
        }
    }
}
