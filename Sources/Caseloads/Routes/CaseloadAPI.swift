import Foundation
import Hummingbird
import Kernel

/// `/api/v1/caseloads`, `/api/v1/visit-tasks`, `/api/v1/caseload-figures`, `/api/v1/caseload-settings`.
/// A caseload out of scope, or one the caller has no need to know, answers 404 like anything else.
public enum CaseloadAPI {
    struct Item: Encodable, Sendable {
        let id: String, kind: String, residentId: String, name: String?, gridCode: String, unitCode: String, assignedTo: String, status: String
        let startsOn: String, endsOn: String?, level: String?, reportedOn: String?, noticeOn: String?, keyPerson: Bool, metOn: String?
        let resettledOn: String?, reoffendedOn: String?, youthGroup: String?, plan: String, dueAt: Date?, dueRule: String?

        /// `due` is the live earliest duty on a caseload's own answer; lists show the stored clock.
        init(_ c: Caseload, person: PersonEntry?, due: Duty?) {
            (id, kind, residentId, name, gridCode, unitCode) = (c.id, c.kind.rawValue, c.residentId, person?.name, c.gridCode, c.unitCode)
            (assignedTo, status, startsOn, endsOn, level) = (c.assignedTo, c.status.rawValue, c.startsOn.description, c.endsOn?.description, c.level?.rawValue)
            (reportedOn, noticeOn, keyPerson, metOn) = (c.reportedOn?.description, c.noticeOn?.description, c.keyPerson, c.metOn?.description)
            (resettledOn, reoffendedOn, youthGroup, plan) = (c.resettledOn?.description, c.reoffendedOn?.description, c.youthGroup?.rawValue, c.plan)
            (dueAt, dueRule) = due.map { ($0.due.endDate, $0.rule) } ?? (c.dueAt, c.dueRule)
        }
    }
    struct DutyItem: Encodable, Sendable {
        let rule: String, dueAt: Date, overdue: Bool, args: [String]
        init(_ d: Duty, today: Day) { (rule, dueAt, overdue, args) = (d.rule, d.due.endDate, d.overdue(today: today), d.args) }
    }
    struct ContactItem: Encodable, Sendable {
        let id: String, kind: String, on: String, notes: String, riskGrade: Int?, joint: Bool, hours: Int?, score: Int?, recordedBy: String?, recordedAt: Date
        init(_ c: CaseloadContact) {
            (id, kind, on, notes, riskGrade, joint) = (c.id, c.kind.rawValue, c.on.description, c.notes, c.riskGrade, c.joint)
            (hours, score, recordedBy, recordedAt) = (c.hours, c.score, c.recordedBy, c.recordedAt)
        }
    }
    struct LeaveItem: Encodable, Sendable {
        let id: String, from: String, to: String, days: Int, reason: String, status: String, decisionNote: String?, decidedAt: Date?
        init(_ l: LeaveRequest) {
            (id, from, to, days, reason) = (l.id, l.from.description, l.to.description, l.days, l.reason)
            (status, decisionNote, decidedAt) = (l.status.rawValue, l.decisionNote, l.decidedAt)
        }
    }
    struct SanctionItem: Encodable, Sendable {
        let id: String, kind: String, basis: String, outOfContactDays: Int?, reasons: String, status: String, decisionNote: String?, decidedAt: Date?
        init(_ s: SanctionProposal) {
            (id, kind, basis, outOfContactDays, reasons) = (s.id, s.kind.rawValue, s.basis.rawValue, s.outOfContactDays, s.reasons)
            (status, decisionNote, decidedAt) = (s.status.rawValue, s.decisionNote, s.decidedAt)
        }
    }
    /// What a grid worker sees of a caseload: a name, an address, a day.
    struct TaskItem: Encodable, Sendable {
        let id: String, gridCode: String, personName: String, address: String, dueOn: String, doneOn: String?, note: String?
        init(_ t: VisitTask) { (id, gridCode, personName, address, dueOn, doneOn, note) = (t.id, t.gridCode, t.personName, t.address, t.dueOn.description, t.doneOn?.description, t.note) }
    }
    struct DetailItem: Encodable, Sendable {
        let caseload: Item, duties: [DutyItem], contacts: [ContactItem], leaveRequests: [LeaveItem], sanctions: [SanctionItem], visitTasks: [TaskItem]
        let history: [CaseStepItem], notices: [CaseNoticeItem]
        /// Only on an assignment: the social worker now carries more than the ratio.
        var overRatio: Bool? = nil
    }
    struct Registered: Encodable, Sendable { let caseload: Item, overRatio: Bool }
    struct FigureItem: Encodable, Sendable {
        let unitCode: String, active: [String: Int], socialWorkers: Int, heaviestLoad: Int, perWorker: Double?, overRatio: Bool
        let released: Int, resettled: Int, resettlementRate: Double?, underHelp: Int, reoffended: Int, reoffendingRate: Double?
        let corrections: Int, correctionsOnTime: Int, dutiesOnTimeRate: Double?, followUps: Int, followUpsOnTime: Int, followUpsOnTimeRate: Double?
        init(_ l: CaseloadFigures.Line, ratio: Int) {
            unitCode = l.unitCode
            active = Dictionary(uniqueKeysWithValues: l.active.map { ($0.key.rawValue, $0.value) })
            (socialWorkers, heaviestLoad, perWorker, overRatio) = (l.socialWorkers, l.heaviestLoad, l.perWorker, l.heaviestLoad > ratio)
            (released, resettled, resettlementRate, underHelp, reoffended, reoffendingRate) = (l.released, l.resettled, l.resettlementRate, l.underHelp, l.reoffended, l.reoffendingRate)
            (corrections, correctionsOnTime, dutiesOnTimeRate) = (l.corrections, l.correctionsOnTime, l.dutiesOnTimeRate)
            (followUps, followUpsOnTime, followUpsOnTimeRate) = (l.followUps, l.followUpsOnTime, l.followUpsOnTimeRate)
        }
    }
    struct Figures: Encodable, Sendable { let month: String, ratio: Int, units: [FigureItem] }

    struct NewCaseload: Decodable {
        let kind: CaseloadKind, idNumber: String, startsOn: String, endsOn: String?, noticeOn: String?, keyPerson: Bool?, youthGroup: YouthGroup?, plan: String?
    }
    struct NewContact: Decodable { let kind: ContactKind, on: String, notes: String?, riskGrade: Int?, joint: Bool?, hours: Int?, score: Int? }
    struct NewLeave: Decodable { let from: String, to: String, reason: String }
    struct NewSanction: Decodable { let kind: SanctionKind, basis: SanctionBasis, outOfContactDays: Int?, reasons: String }
    struct Decision: Decodable { let approve: Bool, note: String }
    struct StepInput: Decodable { let action: String, on: String?, level: SupervisionLevel?, note: String?, assignedTo: String? }
    struct NewTask: Decodable { let dueOn: String }
    struct TaskDone: Decodable { let on: String?, note: String? }

    static func day(_ text: String?, field: String) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(text) else { throw AppError.invalid("caseload_error_day", [String(text.prefix(20))]).naming(field) }
        return day
    }

    static func detailItem(_ d: CaseloadService.Detail, today: Day) -> DetailItem {
        DetailItem(caseload: Item(d.caseload, person: d.person, due: d.duties.first), duties: d.duties.map { DutyItem($0, today: today) },
                   contacts: d.contacts.map(ContactItem.init), leaveRequests: d.leaves.map(LeaveItem.init), sanctions: d.sanctions.map(SanctionItem.init),
                   visitTasks: d.tasks.map(TaskItem.init), history: d.history.map(CaseStepItem.init), notices: d.notices.map(CaseNoticeItem.init))
    }

    public static func register(on routes: SecureRoutes, service: CaseloadService) {
        @Sendable func list(_ request: Request, _ context: StaffContext, dueWithinDays: Int?) async throws -> Response {
            let paging = try Paging(request)
            let kind = try request.uri.queryParameters.get("kind").map { text -> CaseloadKind in
                guard let kind = CaseloadKind(rawValue: String(text)) else { throw AppError.invalid("caseload_error_kind", [String(text.prefix(30))]) }
                return kind
            }
            let (items, total) = try await service.list(by: context, kind: kind, unit: request.uri.queryParameters.get("unit").map { String($0) },
                                                        dueWithinDays: dueWithinDays, paging: paging)
            return try Response.json(ListPage(items: items.map { Item($0.caseload, person: $0.person, due: nil) }, total: total, paging: paging))
        }
        routes.get("/api/v1/caseloads", .permitted(.viewCaseloads)) { request, context in try await list(request, context, dueWithinDays: nil) }
        routes.get("/api/v1/caseloads/due", .permitted(.viewCaseloads)) { request, context in try await list(request, context, dueWithinDays: 7) }
        routes.post("/api/v1/caseloads", .permitted(.manageCaseloads)) { request, context in
            let n = try await request.decodeJSON(NewCaseload.self, limit: 16 << 10)
            guard let starts = try day(n.startsOn, field: "starts_on") else { throw AppError.invalid("caseload_error_starts") }
            let r = CaseloadService.Registration(kind: n.kind, idNumber: n.idNumber, startsOn: starts, endsOn: try day(n.endsOn, field: "ends_on"),
                                                 noticeOn: try day(n.noticeOn, field: "notice_on"), keyPerson: n.keyPerson ?? false, youthGroup: n.youthGroup,
                                                 plan: n.plan ?? "")
            let (c, over) = try await service.register(r, by: context)
            let d = try await service.detail(c)
            return try Response.json(Registered(caseload: Item(c, person: d.person, due: d.duties.first), overRatio: over), status: .created)
        }
        routes.get("/api/v1/caseloads/{caseload}", .permitted(.viewCaseloads)) { _, context in
            let c = try await service.find(try context.parameters.require("caseload"), by: context)
            return try Response.json(detailItem(try await service.detail(c), today: Day(date: service.clock.now())))
        }
        /// Each step answers with the caseload as it now is.
        @Sendable func stepped(_ c: Caseload, _ context: StaffContext, status: HTTPResponse.Status = .created, overRatio: Bool? = nil) async throws -> Response {
            var item = detailItem(try await service.detail(c), today: Day(date: service.clock.now()))
            item.overRatio = overRatio
            return try Response.json(item, status: status)
        }
        routes.post("/api/v1/caseloads/{caseload}/contacts", .permitted(.manageCaseloads)) { request, context in
            let c = try await service.find(try context.parameters.require("caseload"), by: context, audit: false)
            let n = try await request.decodeJSON(NewContact.self, limit: 8 << 10)
            guard let on = try day(n.on, field: "on") else { throw AppError.invalid("caseload_error_contact_day") }
            let input = CaseloadService.ContactInput(kind: n.kind, on: on, notes: n.notes ?? "", riskGrade: n.riskGrade, joint: n.joint ?? false, hours: n.hours, score: n.score)
            return try await stepped(try await service.addContact(c, input, by: context), context)
        }
        routes.post("/api/v1/caseloads/{caseload}/leave-requests", .permitted(.manageCaseloads)) { request, context in
            let c = try await service.find(try context.parameters.require("caseload"), by: context, audit: false)
            let n = try await request.decodeJSON(NewLeave.self, limit: 8 << 10)
            guard let from = try day(n.from, field: "from"), let to = try day(n.to, field: "to") else { throw AppError.invalid("caseload_error_leave_days") }
            return try Response.json(LeaveItem(try await service.requestLeave(c, from: from, to: to, reason: n.reason, by: context)), status: .created)
        }
        routes.post("/api/v1/caseloads/{caseload}/leave-requests/{leave}/decision", .permitted(.approveCaseloadMeasures)) { request, context in
            let c = try await service.find(try context.parameters.require("caseload"), by: context, audit: false)
            let n = try await request.decodeJSON(Decision.self, limit: 8 << 10)
            try await service.decide(c, measure: .leave, id: try context.parameters.require("leave"), approve: n.approve, note: n.note, by: context)
            return try await stepped(c, context, status: .ok)
        }
        routes.post("/api/v1/caseloads/{caseload}/sanctions", .permitted(.manageCaseloads)) { request, context in
            let c = try await service.find(try context.parameters.require("caseload"), by: context, audit: false)
            let n = try await request.decodeJSON(NewSanction.self, limit: 8 << 10)
            return try Response.json(SanctionItem(try await service.proposeSanction(c, kind: n.kind, basis: n.basis, outOfContactDays: n.outOfContactDays,
                                                                                    reasons: n.reasons, by: context)), status: .created)
        }
        routes.post("/api/v1/caseloads/{caseload}/sanctions/{sanction}/decision", .permitted(.approveCaseloadMeasures)) { request, context in
            let c = try await service.find(try context.parameters.require("caseload"), by: context, audit: false)
            let n = try await request.decodeJSON(Decision.self, limit: 8 << 10)
            try await service.decide(c, measure: .sanction, id: try context.parameters.require("sanction"), approve: n.approve, note: n.note, by: context)
            return try await stepped(c, context, status: .ok)
        }
        routes.post("/api/v1/caseloads/{caseload}/steps", .permitted(.viewCaseloads)) { request, context in
            let c = try await service.find(try context.parameters.require("caseload"), by: context, audit: false)
            let n = try await request.decodeJSON(StepInput.self, limit: 8 << 10)
            if n.action == "assign" {
                let (assigned, over) = try await service.assign(c, to: n.assignedTo ?? "", by: context)
                return try await stepped(assigned, context, overRatio: over)
            }
            guard let step = CaseloadService.Step(rawValue: n.action) else { throw AppError.invalid("caseload_error_step_name", [String(n.action.prefix(30))]).naming("action") }
            return try await stepped(try await service.step(c, step, on: try day(n.on, field: "on"), level: n.level, note: n.note ?? "", by: context), context)
        }
        routes.post("/api/v1/caseloads/{caseload}/visit-tasks", .permitted(.manageCaseloads)) { request, context in
            let c = try await service.find(try context.parameters.require("caseload"), by: context, audit: false)
            let n = try await request.decodeJSON(NewTask.self, limit: 4 << 10)
            guard let due = try day(n.dueOn, field: "due_on") else { throw AppError.invalid("caseload_error_task_day") }
            return try Response.json(TaskItem(try await service.askVisit(c, due: due, by: context)), status: .created)
        }
        routes.get("/api/v1/visit-tasks", .permitted(.doVisitTasks)) { _, context in
            let tasks = try await service.visitTasks(by: context)
            return try Response.json(ListPage(items: tasks.map(TaskItem.init), total: tasks.count, paging: Paging(limit: 200, offset: 0)))
        }
        routes.post("/api/v1/visit-tasks/{task}/done", .permitted(.doVisitTasks)) { request, context in
            _ = try await service.visitTask(try context.parameters.require("task"), by: context)
            let n = try await request.decodeJSON(TaskDone.self, limit: 4 << 10)
            let on = try day(n.on, field: "on") ?? Day(date: service.clock.now())
            return try Response.json(TaskItem(try await service.completeVisit(try context.parameters.require("task"), on: on, note: n.note ?? "", by: context)))
        }
        routes.get("/api/v1/caseload-figures", .permitted(.viewCaseloads)) { request, context in
            let f = try await service.figures(month: request.uri.queryParameters.get("month").map { String($0) }, by: context)
            return try Response.json(Figures(month: f.month, ratio: f.ratio, units: f.lines.map { FigureItem($0, ratio: f.ratio) }))
        }
        routes.get("/api/v1/caseload-settings", .permitted(.viewJurisdiction)) { _, _ in
            try Response.json(try await service.settings())
        }
        routes.post("/api/v1/caseload-settings", .permitted(.configureCaseloads)) { request, context in
            try Response.json(try await service.saveSettings(try await request.decodeJSON(CaseloadSettings.self, limit: 16 << 10), by: context))
        }
    }
}
