import Foundation
import Kernel

/// The ledger as staff and residents read it (partial `project_ledger`).
struct LedgerModel: Encodable, Sendable {
    struct Row: Encodable, Sendable { let on: String, kind: String, amount: String, voucher: String, note: String, expense: Bool }
    let rows: [Row]
    let income: String, expense: String, balance: String, budget: String

    init(_ f: ProjectFile, views: ViewRenderer, locale: AppLocale) {
        rows = f.entries.map { Row(on: $0.entryOn.description, kind: views.t("project_entry_\($0.kind.rawValue)", locale), amount: Yuan.text($0.amountFen),
                                   voucher: $0.voucher, note: $0.note, expense: $0.kind == .expense) }
        (income, expense, balance, budget) = (Yuan.text(f.income), Yuan.text(f.expense), Yuan.text(f.balance), Yuan.text(f.project.budgetFen))
    }
}

/// Evaluation meetings and disclosures made, as both pages list them.
struct ProjectRecordsModel: Encodable, Sendable {
    struct Evaluation: Encodable, Sendable { let round: String, heldOn: String, satisfied: String, basically: String, unsatisfied: String, share: String, outcome: String, note: String, rework: Bool }
    struct Disclosure: Encodable, Sendable { let kind: String, period: String, on: String, content: String }
    let evaluations: [Evaluation]
    let disclosures: [Disclosure]

    init(_ f: ProjectFile, views: ViewRenderer, locale: AppLocale) {
        evaluations = f.evaluations.map { e in
            Evaluation(round: String(e.round), heldOn: e.heldOn.description, satisfied: String(e.satisfied), basically: String(e.basicallySatisfied),
                       unsatisfied: String(e.unsatisfied), share: e.total > 0 ? String(format: "%.1f%%", Double(e.satisfied) * 100 / Double(e.total)) : "—",
                       outcome: views.t("project_outcome_\(e.outcome.rawValue)", locale), note: e.note, rework: e.outcome == .rework)
        }
        disclosures = f.disclosures.map { Disclosure(kind: views.t("project_disclosure_\($0.kind.rawValue)", locale), period: ProjectPeriod.label($0.period, views: views, locale: locale),
                                                     on: $0.disclosedOn.description, content: $0.content) }
    }
}

/// A disclosure period in words: `2026-11`, `2026-Q4`, `start`, `finished-1`, `evaluation-2`.
enum ProjectPeriod {
    static func label(_ period: String, views: ViewRenderer, locale: AppLocale) -> String {
        let parts = period.split(separator: "-").map(String.init)
        if parts.count == 2, ["finished", "evaluation"].contains(parts[0]) { return views.t("project_period_\(parts[0])", locale, [parts[1]]) }
        if period == "start" { return views.t("project_period_start", locale) }
        return period
    }
}

/// `projects.mustache`: the projects in scope and the form to start one.
struct ProjectListPage: PageModel {
    struct Row: Encodable, Sendable { let url: String, title: String, unitCode: String, status: String, budget: String, started: String }
    let projects: [Row]
    let total: String
    let mayCreate: Bool
    let unitCode: String, title: String, plan: String, budget: String, ballotId: String, startedOn: String
    let formUrl: String, prev: String, next: String
    let error: String?

    init(_ items: [Project], total: Int, pager: [String: String], values: [String: String], viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        projects = items.map { Row(url: ParticipationPath.project($0.id).path, title: $0.title, unitCode: $0.unitCode,
                                   status: views.t("project_status_\($0.status.rawValue)", locale), budget: Yuan.text($0.budgetFen), started: $0.startedOn.description) }
        self.total = views.t("pager_total", locale, [String(total)])
        mayCreate = viewer.can(.runProjects)
        unitCode = values["unit_code"] ?? (viewer.unitCode.count == 12 ? viewer.unitCode : "")
        (title, plan, budget, ballotId, startedOn) = (values["title"] ?? "", values["plan"] ?? "", values["budget"] ?? "", values["ballot_id"] ?? "", values["started_on"] ?? "")
        formUrl = ParticipationPath.projects.path
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// `project.mustache`: one project with its ledger, the disclosures owed, finishing and evaluation.
struct ProjectPage: PageModel {
    struct Head: Encodable, Sendable { let title: String, unitCode: String, status: String, round: String, started: String, finished: String, plan: String, ballot: String, portal: String }
    struct Duty: Encodable, Sendable { let kind: String, period: String, due: String, disclosed: String, state: String, late: Bool, value: String, open: Bool }
    let p: Head
    let ledger: LedgerModel
    let records: ProjectRecordsModel
    let duties: [Duty]
    let owed: [PageChoice]
    let hasOwed: Bool
    let late: String
    let mayEdit: Bool, mayFinish: Bool, mayEvaluate: Bool
    let ledgerUrl: String, disclosuresUrl: String, finishUrl: String, evaluationsUrl: String, listUrl: String
    let kinds: [PageChoice]
    let today: String
    struct Signature: Encodable, Sendable { let name: String, on: String }
    let signatures: [Signature]
    let signers: [PageChoice]
    let maySign: Bool
    let signaturesUrl: String
    let error: String?

    init(_ f: ProjectFile, signatures: [PlanSignature], serving: [CouncilMember], viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale, today: Day) {
        let project = f.project
        p = Head(title: project.title, unitCode: project.unitCode, status: views.t("project_status_\(project.status.rawValue)", locale), round: String(project.round),
                 started: project.startedOn.description, finished: project.finishedOn?.description ?? "", plan: project.plan, ballot: project.ballotId.map { BallotPath.ballot($0).path } ?? "",
                 portal: ParticipationPath.portalProject(project.id).path)
        ledger = LedgerModel(f, views: views, locale: locale)
        records = ProjectRecordsModel(f, views: views, locale: locale)
        duties = f.schedule.map { d in
            Duty(kind: views.t("project_disclosure_\(d.kind.rawValue)", locale), period: ProjectPeriod.label(d.period, views: views, locale: locale), due: d.dueOn.description,
                 disclosed: d.disclosedOn?.description ?? "", state: views.t("project_duty_\(d.state.rawValue)", locale), late: d.isLate,
                 value: "\(d.kind.rawValue) \(d.period)", open: d.disclosedOn == nil)
        }
        owed = f.schedule.filter { $0.disclosedOn == nil }.map {
            PageChoice(value: "\($0.kind.rawValue) \($0.period)",
                       label: "\(views.t("project_disclosure_\($0.kind.rawValue)", locale)) · \(ProjectPeriod.label($0.period, views: views, locale: locale)) · \($0.dueOn)")
        }
        hasOwed = !owed.isEmpty
        late = String(f.lateDisclosures)
        let may = viewer.can(.runProjects) && project.status != .accepted
        (mayEdit, mayFinish, mayEvaluate) = (may, may && [.inProgress, .rework].contains(project.status), may && project.status == .finished)
        (ledgerUrl, disclosuresUrl) = (ParticipationPath.projectLedger(project.id).path, ParticipationPath.projectDisclosures(project.id).path)
        (finishUrl, evaluationsUrl, listUrl) = (ParticipationPath.projectFinish(project.id).path, ParticipationPath.projectEvaluations(project.id).path, ParticipationPath.projects.path)
        kinds = LedgerEntry.Kind.allCases.map { PageChoice(value: $0.rawValue, label: views.t("project_entry_\($0.rawValue)", locale)) }
        self.today = today.description
        self.signatures = signatures.map { Signature(name: $0.name, on: $0.signedOn.description) }
        let signed = Set(signatures.map(\.memberId))
        signers = serving.filter { !signed.contains($0.id) }.map { PageChoice(value: $0.id, label: $0.post.isEmpty ? $0.name : "\($0.name)（\($0.post)）") }
        maySign = viewer.can(.keepCouncilRecords) && !signers.isEmpty
        signaturesUrl = ParticipationPath.projectSignatures(project.id).path
        self.error = views.message(error, locale)
    }
}

/// `portal_projects.mustache`: every project, for residents.
struct PortalProjectsPage: PageModel {
    struct Row: Encodable, Sendable { let url: String, title: String, unitCode: String, status: String, started: String }
    let projects: [Row]

    init(_ items: [Project], views: ViewRenderer, locale: AppLocale) {
        projects = items.map { Row(url: ParticipationPath.portalProject($0.id).path, title: $0.title, unitCode: $0.unitCode,
                                   status: views.t("project_status_\($0.status.rawValue)", locale), started: $0.startedOn.description) }
    }
}

/// `portal_project.mustache`: the published ledger, the disclosures made and the evaluations.
struct PortalProjectPage: PageModel {
    let title: String, unitCode: String, status: String, plan: String, late: String
    let ledger: LedgerModel
    let records: ProjectRecordsModel
    let listUrl: String

    init(_ f: ProjectFile, views: ViewRenderer, locale: AppLocale) {
        (title, unitCode, status, plan) = (f.project.title, f.project.unitCode, views.t("project_status_\(f.project.status.rawValue)", locale), f.project.plan)
        late = String(f.lateDisclosures)
        ledger = LedgerModel(f, views: views, locale: locale)
        records = ProjectRecordsModel(f, views: views, locale: locale)
        listUrl = ParticipationPath.portalProjects.path
    }
}
