import Foundation
import Kernel

/// A few petitions at different points of the chain, in the demo's first community, so the
/// register, its clocks and the response rate (online answered late) show something at once.
public enum DemoPetitions {
    struct Plan {
        let id: String, channel: PetitionChannel, name: String, phone: String, matter: String, demands: String
        /// Days before now it was received, and the steps after it: (days before now, action).
        let receivedDaysAgo: Int
        let steps: [(Int, PetitionAction)]
    }

    static let community = "330199001001"

    static let plans: [Plan] = [
        Plan(id: "demo-petition-1", channel: .visit, name: "李建国", phone: "13900001111", matter: "小区东侧工地夜间施工噪声扰民，多次反映未解决。",
             demands: "要求夜间22时后停止施工。", receivedDaysAgo: 3, steps: []),
        Plan(id: "demo-petition-2", channel: .online, name: "赵秀兰", phone: "13900002222", matter: "拆迁补偿款迟迟未发放。",
             demands: "要求按协议发放补偿款。", receivedDaysAgo: 80, steps: [(75, .accept(note: "属本机关职责，予以受理。"))]),
        Plan(id: "demo-petition-3", channel: .letter, name: "钱卫东", phone: "13900003333", matter: "单位拖欠工资三个月。",
             demands: "要求督促用人单位支付欠薪。", receivedDaysAgo: 40,
             steps: [(38, .accept(note: "予以受理，转县人社局办理。")), (20, .reply(text: "已责令用人单位限期支付，欠薪已于本月发放。"))]),
        Plan(id: "demo-petition-4", channel: .online, name: "孙丽", phone: "13900004444", matter: "小区电梯长期故障，物业不予维修。",
             demands: "要求物业尽快维修电梯。", receivedDaysAgo: 100,
             steps: [(95, .accept(note: "予以受理。")), (20, .reply(text: "已督促物业公司完成维修。"))]),
    ]

    public static func seed(database: Database, clock: any AppClock) async throws {
        let store = PetitionStore()
        let now = clock.now()
        try await database.transaction { sql in
            guard try await store.find(id: plans[0].id, on: sql) == nil else { return }
            for plan in plans {
                let received = now.addingTimeInterval(-Double(plan.receivedDaysAgo) * 86_400)
                let first = PetitionClock.clock(for: .registered, stageAt: received, replyDueAt: nil)
                var petition = Petition(id: plan.id, number: try await PetitionStore.numbers.next(on: Day(date: now), sql: sql), channel: plan.channel,
                                        petitionerName: plan.name, petitionerPhone: plan.phone, headcount: 1, matter: plan.matter, demands: plan.demands,
                                        unitCode: community, responsibleBody: "县信访局", status: .registered, receivedAt: received,
                                        dueAt: first?.due, dueRule: first?.rule, stageAt: received, createdBy: "demo-petition", updatedAt: received)
                try await store.insert(petition, on: sql)
                try await store.addEvent(petitionId: plan.id, action: "register", from: nil, to: .registered, note: nil, actorId: "demo-petition",
                                         at: received, on: sql)
                for (daysAgo, action) in plan.steps {
                    let at = now.addingTimeInterval(-Double(daysAgo) * 86_400)
                    let next = try PetitionLifecycle.apply(action, to: petition, at: at)
                    _ = try await store.update(next, from: petition, on: sql)
                    try await store.addEvent(petitionId: plan.id, action: action.name, from: petition.status, to: next.status, note: action.note,
                                             actorId: "demo-petition", at: at, on: sql)
                    petition = next
                }
            }
            let casework = CaseworkStore()
            try await casework.insert(ReceptionDay(id: "demo-reception-1", leaderName: "周明", leaderTitle: "县长", day: Day(date: now).adding(days: 7),
                                                   hours: "09:00-12:00", place: "县信访接待中心一楼", unitCode: community, createdAt: now), by: "demo-petition", on: sql)
            // The unanswered online petition became a backlog case, with its five ones, a consultation and an aid request.
            _ = try await casework.insert(BacklogCase(id: "demo-backlog-1", petitionId: "demo-petition-2", leader: "周明（县长）",
                                                      team: "县信访局、县住建局、城关街道", plan: "核实补偿标准，分期发放，街道跟踪到位",
                                                      owner: "郑科长（县信访局）", status: .open, openedAt: now), on: sql)
            try await casework.insert(BacklogMeeting(id: "demo-meeting-1", caseId: "demo-backlog-1", kind: .consultation, heldOn: Day(date: now).description,
                                                     attendees: "县信访局、县住建局、城关街道", minutes: "补偿款因资金未到位延迟。",
                                                     decisions: "县住建局两周内拨付首期补偿款。"), by: "demo-petition", at: now, on: sql)
            try await casework.insert(AidGrant(id: "demo-grant-1", caseId: "demo-backlog-1", amountFen: 500_000, reason: "家庭生活困难，补偿款到位前临时救助",
                                               status: .requested, requestedAt: now, decidedAt: nil, decisionNote: nil), by: "demo-petition", on: sql)
        }
    }
}
