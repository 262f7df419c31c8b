import Foundation
import Kernel

/// Demo proposals (one received, two shortlisted, one declined), a council of seven with a
/// quorate meeting whose motion carried the pocket park and five signatures on its plan, two of
/// the three agreements posted, and a star household — all in the demo's first community.
public enum DemoDeliberation {
    static let community = "330199001001"

    public static func seed(database: Database, clock: any AppClock) async throws {
        let now = clock.now(), today = Day(date: now)
        @Sendable func at(_ days: Int) -> Date { now.addingTimeInterval(Double(days) * 86_400) }
        try await database.transaction { sql in
            let proposals = ProposalStore()
            guard try await proposals.find(id: "demo-proposal-1", on: sql) == nil else { return }
            let items: [(String, String, String, String, Proposal.Channel, Proposal.Status, String?, String?)] = [
                ("demo-proposal-1", "小区增设电动自行车充电桩", "3幢、5幢楼下电动车飞线充电，存在火灾隐患，建议集中建设充电车棚。", "王秀兰", .portal, .received, nil, nil),
                ("demo-proposal-2", "菜市场旁增设公共厕所", "早市人多，附近没有公厕。", "李建国", .window, .shortlisted, "便民设施", nil),
                ("demo-proposal-3", "北门口增设休息座椅", "老人买菜回来没地方歇脚。", "张桂芳", .portal, .shortlisted, "便民设施", nil),
                ("demo-proposal-4", "小区内开设棋牌室", "希望有地方打牌下棋。", "赵志强", .portal, .declined, nil, "社区用房不足，且噪音扰民，暂不采纳；可使用社区老年活动中心。"),
            ]
            for (i, (id, title, body, name, channel, status, group, note)) in items.enumerated() {
                try await proposals.insert(Proposal(id: id, unitCode: community, title: title, body: body, proposerName: name, proposerPhone: "1390000000\(i + 1)",
                                                    channel: channel, status: status, groupLabel: group, reviewNote: note, ballotId: nil,
                                                    enteredBy: channel == .window ? "demo-clerk" : nil, createdAt: at(-20 + i)), on: sql)
            }

            let council = CouncilStore()
            let names = [("陈国华", "议事会会长"), ("林美玲", "居民代表"), ("何志明", "居民代表"), ("郭淑贞", "楼道长"), ("罗振东", "物业代表"), ("梁晓红", "居民代表"), ("宋建平", "辖区单位代表")]
            var members: [CouncilMember] = []
            for (i, (name, post)) in names.enumerated() {
                let m = CouncilMember(id: "demo-member-\(i + 1)", unitCode: community, name: name, post: post, since: today.adding(days: -400), until: nil)
                try await council.insert(m, by: "demo-clerk", at: at(-400), on: sql)
                members.append(m)
            }
            let meeting = CouncilMeeting(id: "demo-meeting-1", unitCode: community, heldOn: today.adding(days: -80), topic: "幸福里口袋公园改造方案",
                                         minutes: "会议听取了口袋公园改造方案的说明，讨论了选址、铺装和照明，与会成员就方案表决。", membersTotal: members.count,
                                         attendees: members.prefix(6).map(\.id), quorumMet: true, recordedBy: "demo-clerk", recordedAt: at(-80))
            try await council.insert(meeting, on: sql)
            try await council.insert(CouncilMotion(id: "demo-motion-1", meetingId: meeting.id, title: "同意口袋公园改造方案及22万元预算", yes: 5, no: 1, abstain: 0,
                                                   carried: true, projectId: "demo-project-1", recordedAt: at(-80)), on: sql)
            for m in members.prefix(5) {
                _ = try await council.sign(PlanSignature(projectId: "demo-project-1", memberId: m.id, name: m.name, signedOn: today.adding(days: -78)),
                                           by: "demo-clerk", at: at(-78), on: sql)
            }

            let agreements = AgreementStore()
            try await agreements.insert(Agreement(id: "demo-pact-1", unitCode: community, parties: .organisationCadres, category: .organisation,
                                                  title: "社区干部岗位履职协议书", body: "一、岗位分工与职责……\n二、年度重点工作与进度要求……\n三、评价指标：居民满意率不低于90%。",
                                                  signatories: "社区党委、社区居委会全体成员", signedOn: Day(year: today.year, month: 1, day: 10), endsOn: Day(year: today.year, month: 12, day: 31),
                                                  createdBy: "demo-clerk", createdAt: at(-320)), on: sql)
            try await agreements.insert(Agreement(id: "demo-pact-2", unitCode: community, parties: .organisationVillagers, category: .publicAffairs,
                                                  title: "幸福里居民公约", body: "爱护公共设施，垃圾分类投放，不占用消防通道，邻里守望相助。",
                                                  signatories: "幸福里社区居委会、居民代表会议", signedOn: today.adding(days: -200), endsOn: nil,
                                                  createdBy: "demo-clerk", createdAt: at(-200)), on: sql)
            _ = try await agreements.insert(StarHousehold(householdId: "demo-household-1", year: today.year, gridCode: "330199001001001", stars: 4,
                                                          criteria: ["law_abiding", "harmony", "hygiene", "volunteering"], note: "热心垃圾分类督导",
                                                          reviewedBy: "demo-clerk", reviewedAt: at(-5)), on: sql)
        }
    }
}
