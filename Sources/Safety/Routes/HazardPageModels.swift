import Foundation
import Kernel

/// What a hazard's row in the register shows; its page's head adds the description and who answers for it.
struct HazardSummary: Encodable, Sendable {
    let url: String, number: String, place: String, gridCode: String, kind: String, level: String, major: Bool, status: String
    let due: String, rule: String, overdue: Bool
    var description: String?, responsibleUnit: String?, workOrderNumber: String?

    init(_ h: Hazard, now: Date, views: ViewRenderer, locale: AppLocale, full: Bool = false) {
        let left = h.dueAt.map { Int($0.timeIntervalSince(now)) }
        (url, number, place, gridCode) = (SafetyPath.hazard(h.id).path, h.number, h.place, h.gridCode)
        kind = views.t(h.kind.labelKey, locale)
        level = views.t(h.level.labelKey, locale)
        major = h.level == .major
        status = views.t(h.status.labelKey, locale)
        due = h.dueAt == nil ? "—" : TimeLeft.text(left, views: views, locale: locale)
        rule = h.dueRule.map { views.t($0.labelKey, locale) } ?? ""
        overdue = h.status.isOpen && (left ?? 1) < 0
        if full { (description, responsibleUnit, workOrderNumber) = (h.description, h.responsibleUnit, h.workOrderNumber ?? "") }
    }
}

/// `hazards.mustache`: the register by tab and the patrol's report form.
struct HazardListPage: PageModel {
    let tabs: [PageTab]
    let hazards: [HazardSummary]
    let total: String
    let mayReport: Bool
    let kinds: [PageChoice], levels: [PageChoice]
    let gridCode: String, place: String, description: String, responsibleUnit: String, workOrderNumber: String
    let prev: String, next: String
    let paths = SafetyPath.links
    let error: String?

    init(_ items: [Hazard], total: Int, tab: HazardStore.Selection, pager: [String: String], values: [String: String], viewer: Staff, error: AppError?,
         now: Date, views: ViewRenderer, locale: AppLocale) {
        tabs = HazardStore.Selection.allCases.map { PageTab(value: $0.rawValue, label: views.t("hazard_tab_\($0.rawValue)", locale), active: $0 == tab) }
        hazards = items.map { HazardSummary($0, now: now, views: views, locale: locale) }
        self.total = views.t("pager_total", locale, [ListTotal.label(total)])
        mayReport = viewer.can(.reportHazards)
        kinds = HazardKind.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0.rawValue == values["kind"]) }
        levels = HazardLevel.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0.rawValue == values["level"]) }
        gridCode = values["grid_code"] ?? (viewer.unitCode.count == 15 ? viewer.unitCode : "")
        (place, description) = (values["place"] ?? "", values["description"] ?? "")
        (responsibleUnit, workOrderNumber) = (values["responsible_unit"] ?? "", values["work_order_number"] ?? "")
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// `hazard.mustache`: one hazard, its rectification plan, the steps the viewer may take, notices and history.
struct HazardPage: PageModel {
    struct Plan: Encodable, Sendable { let goals: String, methods: String, funds: String, people: String, measures: String, emergencyPlan: String, deadline: String, leader: String }
    let h: HazardSummary
    let plan: Plan?
    let hasPlan: Bool
    let photoUrl: String
    let mayPlan: Bool, mayRectify: Bool, mayVerify: Bool
    let stepUrl: String
    let events: [CaseHistoryRow], notices: [CaseNoticeRow]
    let hasNotices: Bool
    let historyId = "hazard-events", noticesId = "hazard-notices"
    let paths = SafetyPath.links
    let error: String?

    init(_ hz: Hazard, hasPhoto: Bool, events: [CaseHistoryRow], notices: [CaseNoticeRow], viewer: Staff, error: AppError?, now: Date,
         views: ViewRenderer, locale: AppLocale) {
        h = HazardSummary(hz, now: now, views: views, locale: locale, full: true)
        plan = hz.plan.map { Plan(goals: $0.goals, methods: $0.methods, funds: $0.funds, people: $0.people, measures: $0.measures,
                                  emergencyPlan: $0.emergencyPlan, deadline: $0.deadline.description, leader: $0.leader) }
        hasPlan = hz.plan != nil
        photoUrl = hasPhoto ? SafetyPath.hazardPhoto(hz.id).path : ""
        mayPlan = viewer.can(.rectifyHazards) && hz.level == .major && hz.status == .reported
        mayRectify = viewer.can(.rectifyHazards) && (hz.status == .rectifying || (hz.level == .general && hz.status == .reported))
        mayVerify = viewer.can(.verifyHazards) && hz.status == .rectified
        stepUrl = SafetyPath.hazardStep(hz.id).path
        (self.events, self.notices, hasNotices) = (events, notices, !notices.isEmpty)
        self.error = views.message(error, locale)
    }
}
