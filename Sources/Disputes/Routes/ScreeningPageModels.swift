import Foundation
import Kernel

/// `screening_rounds.mustache`: the screening rounds in scope and the form to open one.
struct ScreeningRoundsPage: PageModel {
    struct Row: Encodable, Sendable { let id: String, url: String, unitCode: String, level: String, period: String, reason: String }
    let rounds: [Row]
    let total: String
    let canOpen: Bool
    let unitCode: String
    let levels: [PageChoice]
    let paths: [String: String]
    let prev: String, next: String
    let error: String?

    init(_ items: [ScreeningRound], total: Int, pager: [String: String], viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        rounds = items.map { r in
            Row(id: r.id, url: DisputePath.round(r.id).path, unitCode: r.unitCode, level: views.t(r.level.labelKey, locale),
                period: "\(r.periodStart) — \(r.periodEnd)", reason: r.reason)
        }
        self.total = views.t("pager_total", locale, [String(total)])
        canOpen = viewer.can(.runScreening)
        unitCode = viewer.unitCode
        levels = ScreeningRound.Level.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale)) }
        paths = DisputePath.links
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// `screening_round.mustache`: one round, a page of its grids' answers or silence (all, the silent, the answered), and the report
/// form for the silent grids of that page in the viewer's own scope.
struct ScreeningRoundPage: PageModel {
    struct Head: Encodable, Sendable { let id: String, reportsUrl: String, unitCode: String, level: String, period: String, dueAt: String, reason: String }
    struct Line: Encodable, Sendable { let grid: String, name: String, state: String, silent: Bool, late: Bool, findings: String, disputes: String }
    struct Grid: Encodable, Sendable { let code: String, name: String }
    let r: Head
    let summary: String
    let tabs: [PageTab]
    let lines: [Line]
    let total: String
    let prev: String, next: String
    let openGrids: [Grid]
    let canReport: Bool
    let paths: [String: String]
    let error: String?

    init(_ round: ScreeningRound, completeness c: Screening.Completeness, showing: Screening.Showing, pager: [String: String], viewer: Staff,
         error: AppError?, views: ViewRenderer, locale: AppLocale) {
        r = Head(id: round.id, reportsUrl: DisputePath.roundReports(round.id).path, unitCode: round.unitCode,
                 level: views.t(round.level.labelKey, locale), period: "\(round.periodStart) — \(round.periodEnd)", dueAt: TimeLeft.clock(round.dueAt),
                 reason: round.reason)
        summary = views.t("screening_summary", locale, [String(c.expected), String(c.reported), String(c.none), String(c.missing), String(c.overdue)])
        let counts: [Screening.Showing: Int] = [.all: c.expected, .silent: c.missing + c.overdue, .answered: c.reported + c.none]
        tabs = Screening.Showing.allCases.map { PageTab(value: $0.rawValue, label: "\(views.t($0.labelKey, locale)) \(counts[$0] ?? 0)", active: $0 == showing) }
        lines = c.lines.map { l in
            Line(grid: l.gridCode, name: l.gridName, state: views.t("screening_state_\(l.state.rawValue)", locale), silent: l.state == .overdue, late: l.late,
                 findings: l.findings ?? "", disputes: l.disputeIds.joined(separator: "、"))
        }
        total = views.t("pager_total", locale, [String(c.total)])
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        // A grid worker answers for the grids of their own scope that have not answered yet: those of this page.
        let open = viewer.can(.reportDisputes) ? c.lines.filter { [.missing, .overdue].contains($0.state) } : []
        openGrids = open.map { Grid(code: $0.gridCode, name: $0.gridName) }
        canReport = !open.isEmpty
        paths = DisputePath.links
        self.error = views.message(error, locale)
    }
}
