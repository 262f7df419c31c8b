import Foundation
import Kernel

/// Three decisions of the demo county, all affecting the first grid: a demolition assessed at
/// high risk and blocked; a water-price change at medium risk waiting for its mitigation and a
/// re-assessment; a parking policy open for comment on the portal. And a small expert pool.
public enum DemoDecisions {
    static let grid = "330199001001001", county = "330199"

    public static func seed(database: Database, clock: any AppClock, calendar: WorkCalendar) async throws {
        let store = DecisionStore()
        let now = clock.now()
        @Sendable func ago(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }
        try await database.transaction { sql in
            guard try await store.find(id: "demo-decision-1", on: sql) == nil else { return }
            let experts = [("demo-expert-1", "钱立新", "法律", "云溪县律师协会"), ("demo-expert-2", "何建华", "城市规划", "市规划设计研究院"),
                           ("demo-expert-3", "林素珍", "社会学", "省社会科学院"), ("demo-expert-4", "郭明", "价格", "县发改局价格认证中心")]
            for (id, name, field, organisation) in experts {
                try await store.insertExpert(Expert(id: id, name: name, field: field, organisation: organisation, unitCode: county, active: true), at: ago(90), on: sql)
            }
            var blocked = Decision(id: "demo-decision-1", number: try await DecisionStore.numbers.next(on: Day(date: now), sql: sql),
                                   title: "幸福里片区危旧房屋征收改造", kind: .demolition,
                                   summary: "对幸福里小区1—3幢危旧房屋实施征收，涉及居民搬迁安置和补偿。", unitCode: county, grids: [grid],
                                   estimatedHouseholds: 120, leader: "周县长", assessor: "县住建局（委托第三方评估机构）", createdBy: "demo-leader", createdAt: ago(45))
            walk(&blocked, opened: ago(44), days: 30, closedParticipation: ago(12), closedArgumentation: ago(8), concluded: ago(5),
                 level: .high, rule: "worst_risk_score>=20:20", conclusion: .postpone, scores: AssessorScores(socialBenefit: 70, economicBenefit: 60, socialRisk: 85))
            blocked.legalityReviewedAt = ago(1)
            blocked.lawful = true
            blocked.stage = .deliberation
            var medium = Decision(id: "demo-decision-2", number: try await DecisionStore.numbers.next(on: Day(date: now), sql: sql),
                                  title: "城区居民生活用水价格调整", kind: .priceChange,
                                  summary: "居民阶梯水价第一档由每立方米2.60元调整为2.95元，低保户每月减免5立方米。", unitCode: county, grids: [grid],
                                  estimatedHouseholds: 5_000, leader: "周县长", assessor: "县发改局", createdBy: "demo-leader", createdAt: ago(50))
            walk(&medium, opened: ago(48), days: 30, closedParticipation: ago(15), closedArgumentation: ago(10), concluded: ago(6),
                 level: .medium, rule: "worst_risk_score>=12:12", conclusion: .goWithMitigations, scores: AssessorScores(socialBenefit: 75, economicBenefit: 70, socialRisk: 45))
            medium.legalityReviewedAt = ago(2)
            medium.lawful = true
            medium.stage = .deliberation
            var open = Decision(id: "demo-decision-3", number: try await DecisionStore.numbers.next(on: Day(date: now), sql: sql),
                                title: "老旧小区停车收费管理办法", kind: .broadPolicy,
                                summary: "在幸福里等老旧小区施划停车泊位，实行业主优先、错时共享和分时段收费。", unitCode: county, grids: [grid],
                                estimatedHouseholds: 800, leader: "周县长", assessor: "县综治中心", createdBy: "demo-leader", createdAt: ago(6))
            open.stage = .participation
            open.commentDays = 30
            open.participationOpenedAt = ago(5)
            open.commentsEndAt = Day.endOfCalendarDays(30, after: ago(5))
            for var d in [blocked, medium, open] {
                let clock = DecisionClock.clock(of: d, calendar: calendar)
                d.dueAt = clock?.due
                d.dueRule = clock?.rule
                try await store.insert(d, on: sql)
                try await DecisionStore.steps.add(d.id, action: "propose", from: nil, to: DecisionStage.proposed.rawValue, note: nil, actorId: d.createdBy, at: d.createdAt, on: sql)
                if let opened = d.participationOpenedAt {
                    try await DecisionStore.steps.add(d.id, action: "open_participation", from: DecisionStage.proposed.rawValue, to: DecisionStage.participation.rawValue,
                                                      note: "在县政府门户网站和社区公告栏公开征求意见\(d.commentDays ?? 30)日。", actorId: d.createdBy, at: opened, on: sql)
                }
            }
            for d in [blocked, medium] {
                try await store.draw(["demo-expert-1", "demo-expert-2"], for: d.id, at: ago(11), on: sql)
                _ = try await store.recordOpinion(decisionId: d.id, expertId: "demo-expert-1", conflict: false, note: nil,
                                                  opinion: "程序合法，补偿标准应不低于市场评估价。", at: ago(9), on: sql)
                _ = try await store.recordOpinion(decisionId: d.id, expertId: "demo-expert-2", conflict: true, note: "曾参与本项目前期规划", opinion: nil, at: ago(9), on: sql)
                try await store.addComment(DecisionComment(id: "\(d.id)-comment-1", decisionId: d.id, author: "王建华", body: "希望公开补偿标准和过渡安置办法。",
                                                           createdAt: ago(30), answer: nil, answeredAt: nil, answeredBy: nil), on: sql)
                // Answered, as the record of its participation says (storing the comment keeps no answer).
                _ = try await store.answer(commentId: "\(d.id)-comment-1", decisionId: d.id, text: "补偿标准将随征收决定一并公布，过渡期安置费按月发放。",
                                           by: "demo-supervisor", at: ago(20), on: sql)
                let steps: [(String, DecisionStage, DecisionStage, String, Date?)] = [
                    ("close_participation", .participation, .argumentation, "收到意见1条，已答复并公开。", d.participationClosedAt),
                    ("close_argumentation", .argumentation, .assessment, "专家1人回避，1人出具书面论证意见。", d.argumentationClosedAt),
                    ("conclude", .assessment, .legality, "评估结论见稳评报告。 [\(d.level?.rawValue ?? "")]", d.concludedAt),
                    ("review_legality", .legality, .deliberation, "经审查，决策事项和程序合法。", d.legalityReviewedAt),
                ]
                for (action, from, to, note, at) in steps {
                    guard let at else { continue }
                    try await DecisionStore.steps.add(d.id, action: action, from: from.rawValue, to: to.rawValue, note: note, actorId: d.createdBy, at: at, on: sql)
                }
            }
            try await store.saveVisit(Visit(householdId: "demo-household-1", gridCode: grid, attitude: .stronglyObject, concerns: "补偿低于周边房价，不同意搬迁",
                                            visitedBy: "demo-gridworker1", visitedAt: ago(7)), decisionId: blocked.id, on: sql)
            try await store.insertRisk(RiskPoint(id: "demo-risk-1", decisionId: blocked.id, title: "补偿标准争议引发群体上访", likelihood: 5, impact: 4,
                                                 mitigation: "", owner: "", status: .open, updatedAt: ago(6)), on: sql)
            try await store.saveVisit(Visit(householdId: "demo-household-1", gridCode: grid, attitude: .neutral, concerns: "担心低收入家庭负担加重",
                                            visitedBy: "demo-gridworker1", visitedAt: ago(8)), decisionId: medium.id, on: sql)
            try await store.insertRisk(RiskPoint(id: "demo-risk-2", decisionId: medium.id, title: "低收入家庭负担加重引发不满", likelihood: 3, impact: 4,
                                                 mitigation: "低保户、特困户每月减免5立方米水量", owner: "县民政局", status: .open, updatedAt: ago(6)), on: sql)
        }
    }

    /// Fills in the procedure up to the legality review, as it would have run.
    static func walk(_ d: inout Decision, opened: Date, days: Int, closedParticipation: Date, closedArgumentation: Date, concluded: Date,
                     level: AssessedLevel, rule: String, conclusion: Conclusion, scores: AssessorScores) {
        d.commentDays = days
        d.participationOpenedAt = opened
        d.commentsEndAt = Day.endOfCalendarDays(days, after: opened)
        d.participationClosedAt = closedParticipation
        d.argumentationStartedAt = closedParticipation
        d.argumentationClosedAt = closedArgumentation
        d.assessmentStartedAt = closedArgumentation
        d.concludedAt = concluded
        d.level = level
        d.levelRule = rule
        d.conclusion = conclusion
        d.scores = scores
        d.assessmentRound = 1
        d.legalitySubmittedAt = concluded
        d.stage = .legality
    }
}
