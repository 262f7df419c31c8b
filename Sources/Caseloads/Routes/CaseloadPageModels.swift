import Foundation
import Kernel

/// A duty as pages show it: the rule in words beside its day.
struct DutyRow: Encodable, Sendable, Equatable {
    let rule: String, due: String, overdue: Bool

    init(_ d: Duty, today: Day, views: ViewRenderer, locale: AppLocale) {
        rule = views.t(d.rule, locale, d.args)
        due = d.due.description
        overdue = d.overdue(today: today)
    }
}

/// `caseloads.mustache`: the caller's caseloads by their earliest duty, and the form to register one.
struct CaseloadListPage: PageModel {
    struct Row: Encodable, Sendable { let url: String, name: String, kind: String, unitCode: String, due: String, rule: String, overdue: Bool }
    let rows: [Row]
    let total: String
    let kinds: [PageChoice]
    let due: Bool
    let prev: String, next: String
    let listUrl: String, dueUrl: String, figuresUrl: String
    let mayRegister: Bool
    let registerKinds: [PageChoice], youthGroups: [PageChoice]
    let values: [String: String]
    let error: String?
    let warning: String?

    init(_ lines: [CaseloadService.Line], total: Int, kind: CaseloadKind?, due: Bool, pager: [String: String], viewer: Staff, values: [String: String],
         error: AppError?, warning: String?, views: ViewRenderer, locale: AppLocale, now: Date) {
        let t = { (key: String, args: [String]) in views.t(key, locale, args) }
        let today = Day(date: now)
        rows = lines.map { l in
            let c = l.caseload
            return Row(url: CaseloadPath.caseload(c.id).path, name: l.person?.name ?? "—", kind: t(c.kind.labelKey, []), unitCode: c.unitCode,
                       due: c.dueAt.map { Day(date: $0).description } ?? "—", rule: c.dueRule.map { t($0 + "_short", []) } ?? "",
                       overdue: c.dueAt.map { Day(date: $0) < today } ?? false)
        }
        self.total = t("pager_total", [ListTotal.label(total)])
        kinds = [PageChoice(value: "", label: t("caseload_kind_all", []), selected: kind == nil)] + CaseloadKind.allCases.map { PageChoice(value: $0.rawValue, label: t($0.labelKey, []), selected: $0 == kind) }
        self.due = due
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        (listUrl, dueUrl, figuresUrl) = (CaseloadPath.list.path, CaseloadPath.list.path + "?due=1", CaseloadPath.figures.path)
        mayRegister = viewer.can(.manageCaseloads)
        registerKinds = CaseloadKind.allCases.map { PageChoice(value: $0.rawValue, label: t($0.labelKey, []), selected: $0.rawValue == values["kind"]) }
        youthGroups = YouthGroup.allCases.map { PageChoice(value: $0.rawValue, label: t($0.labelKey, []), selected: $0.rawValue == values["youth_group"]) }
        self.values = values
        self.error = error.map { t($0.messageKey, $0.args) }
        self.warning = warning
    }
}

/// `caseload.mustache`: one caseload with its duties, what was done, its measures and the forms
/// of what the viewer may do next. Built from values alone.
struct CaseloadPage: PageModel {
    struct Head: Encodable, Sendable {
        let name: String, address: String, gridCode: String, kind: String, status: String, level: String?, starts: String, ends: String?
        let reported: String?, keyPerson: Bool, met: String?, resettled: String?, reoffended: String?, youthGroup: String?, plan: String
    }
    struct ContactRow: Encodable, Sendable { let kind: String, on: String, notes: String, grade: String?, joint: Bool, hours: String?, score: String? }
    struct MeasureRow: Encodable, Sendable {
        let id: String, what: String, reason: String, status: String, note: String?, decide: StepForm?
    }
    struct TaskRow: Encodable, Sendable { let due: String, done: String?, note: String? }

    let c: Head
    let listUrl: String
    let error: String?
    let duties: [DutyRow]
    let contacts: [ContactRow]
    let leaves: [MeasureRow], sanctions: [MeasureRow]
    let tasks: [TaskRow]
    let contactForm: StepForm?, leaveForm: StepForm?, sanctionForm: StepForm?, stepsForm: StepForm?, levelForm: StepForm?, taskForm: StepForm?
    let contactKinds: [PageChoice], grades: [PageChoice], sanctionKinds: [PageChoice], bases: [PageChoice], steps: [PageChoice], levels: [PageChoice]
    let assignForm: StepForm?
    let assignees: [PageChoice]
    let assignedTo: String
    let isMental: Bool, isCorrection: Bool
    let today: String
    let notices: [CaseNoticeRow]
    let events: [CaseHistoryRow]
    let hasNotices: Bool
    let noticesId = "caseload-notices", historyId = "caseload-events"

    init(_ d: CaseloadService.Detail, assignees: [(staff: Staff, load: Int)] = [], viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale,
         now: Date) {
        let t = { (key: String, args: [String]) in views.t(key, locale, args) }
        let x = d.caseload, today = Day(date: now), active = x.status == .active
        c = Head(name: d.person?.name ?? "—", address: d.person?.address ?? "", gridCode: x.gridCode, kind: t(x.kind.labelKey, []), status: t(x.status.labelKey, []),
                 level: x.level.map { t($0.labelKey, []) }, starts: x.startsOn.description, ends: x.endsOn?.description, reported: x.reportedOn?.description,
                 keyPerson: x.keyPerson, met: x.metOn?.description, resettled: x.resettledOn?.description, reoffended: x.reoffendedOn?.description,
                 youthGroup: x.youthGroup.map { t($0.labelKey, []) }, plan: x.plan)
        listUrl = CaseloadPath.list.path
        self.error = error.map { t($0.messageKey, $0.args) }
        duties = d.duties.map { DutyRow($0, today: today, views: views, locale: locale) }
        contacts = d.contacts.reversed().map { k in
            ContactRow(kind: t(k.kind.labelKey, []), on: k.on.description, notes: k.notes, grade: k.riskGrade.map(String.init), joint: k.joint,
                       hours: k.hours.map(String.init), score: k.score.map(String.init))
        }
        let manage = viewer.can(.manageCaseloads) && active, approve = viewer.can(.approveCaseloadMeasures)
        let decisions = CaseloadPath.decisions(x.id).path
        leaves = d.leaves.map { l in
            MeasureRow(id: l.id, what: t("caseload_leave_what", [l.from.description, l.to.description, String(l.days)]), reason: l.reason,
                       status: t(l.status.labelKey, []), note: l.decisionNote,
                       decide: approve && l.status == .proposed ? StepForm(url: decisions, step: "leave") : nil)
        }
        sanctions = d.sanctions.map { s in
            MeasureRow(id: s.id, what: t(s.kind.labelKey, []) + " · " + t(s.basis.labelKey, []) + (s.outOfContactDays.map { " · " + t("caseload_days", [String($0)]) } ?? ""),
                       reason: s.reasons, status: t(s.status.labelKey, []), note: s.decisionNote,
                       decide: approve && s.status == .proposed ? StepForm(url: decisions, step: "sanction") : nil)
        }
        tasks = d.tasks.map { TaskRow(due: $0.dueOn.description, done: $0.doneOn?.description, note: $0.note) }
        let correction = x.kind == .correction
        contactForm = manage ? StepForm(url: CaseloadPath.contacts(x.id).path) : nil
        leaveForm = manage && correction ? StepForm(url: CaseloadPath.leaves(x.id).path) : nil
        sanctionForm = manage && correction ? StepForm(url: CaseloadPath.sanctions(x.id).path) : nil
        taskForm = manage ? StepForm(url: CaseloadPath.visitTasks(x.id).path) : nil
        levelForm = approve && correction && active ? StepForm(url: CaseloadPath.steps(x.id).path, step: "level") : nil
        var offered: [CaseloadService.Step] = []
        if x.kind == .resettlement, x.keyPerson, x.metOn == nil { offered.append(.met) }
        if x.kind == .resettlement, x.resettledOn == nil { offered.append(.resettled) }
        if [.resettlement, .correction].contains(x.kind), x.reoffendedOn == nil { offered.append(.reoffended) }
        offered.append(.end)
        steps = offered.map { PageChoice(value: $0.rawValue, label: t("caseload_step_\($0.rawValue)", [])) }
        stepsForm = manage ? StepForm(url: CaseloadPath.steps(x.id).path) : nil
        let kinds: [ContactKind] = switch x.kind {
        case .correction: [.report, .writtenReport, .visit, .study, .service, .assessment, .help]
        case .resettlement, .youth: [.visit, .help]
        case .mentalHealth: [.followUp, .visit, .help, .healthCheck]
        }
        contactKinds = kinds.map { PageChoice(value: $0.rawValue, label: t($0.labelKey, [])) }
        grades = (0...5).map { PageChoice(value: String($0), label: t("caseload_grade_\($0)", [])) }
        sanctionKinds = SanctionKind.allCases.map { PageChoice(value: $0.rawValue, label: t($0.labelKey, [])) }
        bases = SanctionBasis.allCases.map { PageChoice(value: $0.rawValue, label: t($0.labelKey, [])) }
        levels = SupervisionLevel.allCases.map { PageChoice(value: $0.rawValue, label: t($0.labelKey, []), selected: $0 == x.level) }
        (isMental, isCorrection) = (x.kind == .mentalHealth, correction)
        let others = assignees.filter { $0.staff.id != x.assignedTo }
        assignForm = active && (viewer.can(.manageCaseloads) || approve) && !others.isEmpty ? StepForm(url: CaseloadPath.steps(x.id).path, step: "assign") : nil
        self.assignees = others.map { PageChoice(value: $0.staff.id, label: t("caseload_assignee", [$0.staff.displayName, String($0.load)])) }
        assignedTo = assignees.first { $0.staff.id == x.assignedTo }.map { $0.staff.displayName } ?? x.assignedTo
        self.today = today.description
        notices = views.noticeRows(d.notices, locale: locale) { views.t($0 + "_short", locale) }
        events = views.historyRows(d.history, action: { t("caseload_action_\($0)", []) }, status: { t("caseload_status_\($0)", []) })
        hasNotices = !d.notices.isEmpty
    }
}

/// `visit_tasks.mustache`: a grid worker's visits: name, address, day; nothing of why.
struct VisitTasksPage: PageModel {
    struct Row: Encodable, Sendable { let name: String, address: String, due: String, overdue: Bool, done: String?, note: String?, form: StepForm? }
    let rows: [Row]
    let today: String
    let error: String?

    init(_ tasks: [VisitTask], error: AppError?, views: ViewRenderer, locale: AppLocale, now: Date) {
        let today = Day(date: now)
        rows = tasks.map { t in
            Row(name: t.personName, address: t.address, due: t.dueOn.description, overdue: t.doneOn == nil && t.dueOn < today, done: t.doneOn?.description,
                note: t.note, form: t.doneOn == nil ? StepForm(url: CaseloadPath.taskDone(t.id).path) : nil)
        }
        self.today = today.description
        self.error = views.message(error, locale)
    }
}

/// `caseload_figures.mustache`: the month by unit, each figure a link to the list behind it.
struct CaseloadFiguresPage: PageModel {
    struct Cell: Encodable, Sendable { let text: String, url: String? }
    struct Row: Encodable, Sendable {
        let unitCode: String, active: [Cell], workers: String, load: String, overRatio: Bool
        let resettlement: Cell, reoffending: Cell, duties: Cell, followUps: Cell
    }
    let month: String
    let kinds: [String]
    let rows: [Row]
    let ratio: String

    init(_ f: CaseloadFigures, views: ViewRenderer, locale: AppLocale) {
        let t = { (key: String, args: [String]) in views.t(key, locale, args) }
        func rate(_ part: Int, _ whole: Int, _ value: Double?) -> String {
            value.map { String(format: "%d/%d (%.1f%%)", part, whole, $0 * 100) } ?? "—"
        }
        month = f.month
        kinds = CaseloadKind.allCases.map { t($0.labelKey, []) }
        rows = f.lines.map { l in
            // Each figure links to the caseloads behind it: the kind's list in that street.
            func list(_ k: CaseloadKind) -> String { CaseloadPath.list.path + "?kind=\(k.rawValue)&unit=\(l.unitCode)" }
            return Row(unitCode: l.unitCode,
                       active: CaseloadKind.allCases.map { k in Cell(text: String(l.active[k] ?? 0), url: list(k)) },
                       workers: String(l.socialWorkers), load: l.perWorker.map { String(format: "%.1f", $0) } ?? "—", overRatio: l.heaviestLoad > f.ratio,
                       resettlement: Cell(text: rate(l.resettled, l.released, l.resettlementRate), url: list(.resettlement)),
                       reoffending: Cell(text: rate(l.reoffended, l.underHelp, l.reoffendingRate), url: list(.resettlement)),
                       duties: Cell(text: rate(l.correctionsOnTime, l.corrections, l.dutiesOnTimeRate), url: list(.correction)),
                       followUps: Cell(text: rate(l.followUpsOnTime, l.followUps, l.followUpsOnTimeRate), url: list(.mentalHealth)))
        }
        ratio = t("caseload_ratio_note", [String(f.ratio)])
    }
}
