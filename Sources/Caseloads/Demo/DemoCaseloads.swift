import Foundation
import Kernel

/// One caseload of each kind under the demo social worker of 溪南街道司法所, in 溪南社区第1网格
/// (gridworker4's grid), with a visit task for the grid worker. demo-caseload-3 (mental health)
/// is the one whose grade-3 follow-up the browser test records.
public enum DemoCaseloads {
    static let worker = "demo-socialworker", grid = "330199002001001"

    public static func seed(database: Database, clock: any AppClock, people: any PersonDirectory) async throws {
        guard let person = try await people.people(["demo-resident-104"])["demo-resident-104"] else { return }
        let now = clock.now(), today = Day(date: now), store = CaseloadStore(), settings = CaseloadSettings()
        func caseload(_ id: String, _ kind: CaseloadKind, _ resident: String, grid: String = grid, starts: Day) -> Caseload {
            Caseload(id: id, kind: kind, residentId: resident, gridCode: grid, assignedTo: worker, status: .active, startsOn: starts, endsOn: nil, level: nil,
                     reportedOn: nil, noticeOn: nil, keyPerson: false, metOn: nil, resettledOn: nil, reoffendedOn: nil, youthGroup: nil, plan: "",
                     createdBy: worker, createdAt: now.addingTimeInterval(-86_400))
        }
        func contact(_ c: String, _ kind: ContactKind, _ daysAgo: Int, grade: Int? = nil, hours: Int? = nil, score: Int? = nil, _ notes: String) -> CaseloadContact {
            CaseloadContact(id: "\(c)-contact-\(kind.rawValue)-\(daysAgo)", caseloadId: c, kind: kind, on: today.adding(days: -daysAgo), notes: notes,
                            riskGrade: grade, joint: false, hours: hours, score: score, recordedBy: worker, recordedAt: now.addingTimeInterval(Double(-daysAgo) * 86_400))
        }
        var correction = caseload("demo-caseload-1", .correction, "demo-resident-104", starts: today.adding(days: -75))
        correction.endsOn = today.adding(days: 290)
        correction.level = .strict
        correction.reportedOn = today.adding(days: -70)
        correction.plan = "缓刑一年；每周报到，参加社区服务。"
        var resettlement = caseload("demo-caseload-2", .resettlement, "demo-resident-102", grid: "330199002001001", starts: today.adding(days: 20))
        resettlement.noticeOn = today.adding(days: -8)
        resettlement.keyPerson = true
        resettlement.endsOn = CaseloadRules.helpEnds(resettlement, settings: settings)
        resettlement.plan = "释放当日由司法所、社区接回；联系就业培训。"
        let mental = caseload("demo-caseload-3", .mentalHealth, "demo-resident-103", starts: today.adding(days: -200))
        var youth = caseload("demo-caseload-4", .youth, "demo-resident-139", grid: "330199002002003", starts: today.adding(days: -40))
        youth.youthGroup = .idle
        youth.plan = "职业技能培训推荐。"
        let contacts = [
            contact(correction.id, .report, 6, "按时报到，情绪稳定。"), contact(correction.id, .writtenReport, 5, "书面报告本周情况。"),
            contact(correction.id, .visit, 20, "家访，家属配合。"), contact(correction.id, .study, 3, hours: 8, "法治教育课。"),
            contact(correction.id, .service, 2, hours: 4, "社区环境整治。"), contact(correction.id, .assessment, 30, score: 85, "上月考核合格。"),
            contact(mental.id, .followUp, 80, grade: 0, "病情稳定，按时服药。"), contact(mental.id, .healthCheck, 150, "年度体检已完成。"),
            contact(youth.id, .visit, 25, "走访，了解就业意向。"),
        ]
        let (correctionCase, resettlementCase, youthCase) = (correction, resettlement, youth)
        try await database.transaction { sql in
            guard try await store.find(id: "demo-caseload-1", on: sql) == nil else { return }
            for c in [correctionCase, resettlementCase, mental, youthCase] {
                let mine = contacts.filter { $0.caseloadId == c.id }
                try await store.insert(c, due: CaseloadRules.duties(c, contacts: mine, settings: settings, today: today).first, on: sql)
                try await CaseloadStore.history.add(c.id, action: "register", from: nil, to: c.status.rawValue, note: nil, actorId: worker, at: c.createdAt, on: sql)
            }
            let units = Dictionary(uniqueKeysWithValues: [correctionCase, resettlementCase, mental, youthCase].map { ($0.id, $0.unitCode) })
            for k in contacts { try await store.insert(k, unit: units[k.caseloadId] ?? "", on: sql) }
            try await store.insert(LeaveRequest(id: "demo-leave-1", caseloadId: correctionCase.id, from: today.adding(days: 10), to: today.adding(days: 12),
                                                reason: "赴杭州探望住院的母亲。", status: .proposed, requestedBy: worker, requestedAt: now.addingTimeInterval(-3_600),
                                                decidedBy: nil, decidedAt: nil, decisionNote: nil), on: sql)
            try await store.insert(SanctionProposal(id: "demo-sanction-1", caseloadId: correctionCase.id, kind: .reprimand, basis: .minorBreach, outOfContactDays: nil,
                                                    reasons: "未经批准夜间外出一次。", status: .proposed, proposedBy: worker, proposedAt: now.addingTimeInterval(-7_200),
                                                    decidedBy: nil, decidedAt: nil, decisionNote: nil), on: sql)
            try await store.insert(VisitTask(id: "demo-task-1", caseloadId: correctionCase.id, gridCode: grid, personName: person.name, address: person.address,
                                             dueOn: today.adding(days: 5), doneOn: nil, doneBy: nil, note: nil, askedBy: worker, askedAt: now.addingTimeInterval(-3_600)),
                                   on: sql)
        }
    }
}
