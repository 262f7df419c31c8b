import Foundation
import Kernel

/// The demo county's safety work: two hazards in the first grid (a general one being put right,
/// a major one under its plan), two emergencies (a road accident still owing its report to the
/// city, a flooded road reported on time) and an orange rainstorm warning over the first street.
public enum DemoSafety {
    static let grid = "330199001001001"

    public static func seed(database: Database, clock: any AppClock) async throws {
        let now = clock.now()
        @Sendable func ago(_ hours: Double) -> Date { now.addingTimeInterval(-hours * 3_600) }
        try await database.transaction { sql in
            guard try await HazardStore().find(id: "demo-hazard-1", on: sql) == nil else { return }
            let (due, rule) = HazardLifecycle.firstClock(level: .general, at: ago(48))
            let general = Hazard(id: "demo-hazard-1", number: try await HazardStore.numbers.next(on: Day(date: now), sql: sql), gridCode: grid,
                                 place: "幸福里小区3幢楼道", organisationId: nil, kind: .fire, level: .general,
                                 description: "楼道堆放纸箱和电动自行车，堵塞消防通道。", responsibleUnit: "幸福里物业公司", workOrderNumber: nil, status: .reported,
                                 plan: nil, dueAt: due, dueRule: rule, rectifiedAt: nil, closedAt: nil, createdBy: "demo-gridworker1", createdAt: ago(48), updatedAt: ago(48))
            let deadline = Day(date: now).adding(days: 45)
            var major = Hazard(id: "demo-hazard-2", number: try await HazardStore.numbers.next(on: Day(date: now), sql: sql), gridCode: grid,
                               place: "幸福里菜市场", organisationId: nil, kind: .gas, level: .major,
                               description: "菜市场餐饮摊位燃气管道老化锈蚀，未安装泄漏报警装置。", responsibleUnit: "县住房和城乡建设局", workOrderNumber: nil,
                               status: .rectifying, plan: RectificationPlan(goals: "更换老化管道并加装报警装置", methods: "分区停气更换", funds: "县财政安排18万元",
                                                                            people: "县燃气公司工程队", measures: "施工期间设置警戒区，专人值守",
                                                                            emergencyPlan: "燃气泄漏现场处置方案", deadline: deadline, leader: "王副县长"),
                               dueAt: deadline.endDate, dueRule: .planDeadline, rectifiedAt: nil, closedAt: nil, createdBy: "demo-gridworker1",
                               createdAt: ago(24 * 10), updatedAt: ago(24 * 3))
            for h in [general, major] {
                try await HazardStore().insert(h, on: sql)
                try await HazardStore.steps.add(h.id, action: "report", from: nil, to: HazardStatus.reported.rawValue, note: nil, actorId: h.createdBy, at: h.createdAt, on: sql)
            }
            // A 1×1 PNG standing in for the patrol's photo of the blocked stairwell.
            if let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
               let photo = try? HazardPhoto.from(png) {
                try await HazardStore().savePhoto(photo, of: general.id, at: ago(48), on: sql)
            }
            try await HazardStore.steps.add(major.id, action: "submit_plan", from: HazardStatus.reported.rawValue, to: HazardStatus.rectifying.rawValue,
                                            note: major.plan?.goals, actorId: "demo-supervisor", at: major.updatedAt, on: sql)
            major.status = .rectifying
            let figures = EmergencyFigures(deaths: 3, seriousInjuries: 4, directLossYuan: 1_200_000, affected: 12)
            let (grade, gradeRule) = EmergencyRules.grade(figures)
            let county = EmergencyReport(level: .county, reportedAt: ago(1.5), dueAt: ago(2).addingTimeInterval(3_600), reportedBy: "demo-supervisor",
                                         note: "电话报告县应急管理局")
            let crash = Emergency(id: "demo-emergency-1", number: try await EmergencyStore.numbers.next(on: Day(date: now), sql: sql), category: .accident,
                                  type: "road_traffic", title: "解放路货车与公交车相撞", occurredAt: ago(2.2), learnedAt: ago(2), place: "解放路与幸福路交叉口",
                                  unitCode: grid, figures: figures, grade: grade, gradeRule: gradeRule, reports: [county], createdBy: "demo-gridworker1",
                                  createdAt: ago(2), updatedAt: ago(1.5))
            let flood = Emergency(id: "demo-emergency-2", number: try await EmergencyStore.numbers.next(on: Day(date: now), sql: sql), category: .naturalDisaster,
                                  type: "flood", title: "暴雨致幸福路积水", occurredAt: ago(30), learnedAt: ago(29.5), place: "幸福路下穿通道", unitCode: grid,
                                  figures: EmergencyFigures(deaths: 0, seriousInjuries: 0, directLossYuan: 80_000, affected: 40), grade: .general, gradeRule: "below",
                                  reports: [EmergencyReport(level: .county, reportedAt: ago(29), dueAt: ago(28.5), reportedBy: "demo-supervisor", note: "")],
                                  createdBy: "demo-gridworker1", createdAt: ago(29.5), updatedAt: ago(29))
            for e in [crash, flood] {
                try await EmergencyStore().insert(e, on: sql)
                for r in e.reports { _ = try await EmergencyStore().addReport(r, to: e.id, on: sql) }
                try await EmergencyStore.steps.add(e.id, action: "record", from: nil, to: e.grade.rawValue, note: e.gradeRule, actorId: e.createdBy, at: e.createdAt, on: sql)
            }
            // An internet café admitting minors three months ago: one more such finding within the year proposes revocation.
            let cafe = Venue(id: "demo-venue-1", name: "星际网咖", kind: .internetCafe, organisationId: nil, gridCode: grid, address: "幸福路18号",
                             licence: "网文〔2024〕0188号", createdAt: ago(24 * 400))
            try await VenueStore().insert(cafe, on: sql)
            try await VenueStore().insert(Inspection(id: "demo-inspection-1", venueId: cafe.id, inspectedOn: Day(date: now).adding(days: -90), inspector: "demo-gridworker1",
                                                     findings: "晚9时发现1名未成年人上网，已责令离开。", violations: [.admittingMinors], minors: 1, createdAt: ago(24 * 90)), on: sql)
            _ = try await VenueStore().insert(SafetyAgreement(id: "demo-agreement-1", organisationId: "demo-organisation-1", gridCode: grid,
                                                              year: Day(date: now).year, signedOn: Day(date: now).adding(days: -60), signatory: "云溪县幸福里物业服务有限公司 王经理",
                                                              terms: "落实消防安全主体责任，每月开展一次隐患自查，消防通道保持畅通。", createdAt: ago(24 * 60), records: []), on: sql)
            try await WarningStore().insert(SafetyWarning(id: "demo-warning-1", level: .orange, kind: "暴雨", title: "城关街道暴雨橙色预警",
                                                          message: "未来6小时降雨量将达50毫米以上，请远离低洼地带和下穿通道。", units: ["330199001"],
                                                          startsAt: ago(1), endsAt: now.addingTimeInterval(12 * 3_600), liftedAt: nil, issuedBy: "demo-supervisor",
                                                          createdAt: ago(1)), on: sql)
        }
    }
}
