import Foundation
import Kernel

/// What an emergency's row in the register shows; its page's head adds the figures and where its forms post.
struct EmergencySummary: Encodable, Sendable {
    let url: String, number: String, title: String, category: String, grade: String, gradeValue: String, occurred: String, unitCode: String
    let casualties: String, next: String, overdue: Bool
    var type: String?, place: String?, learned: String?, deaths: String?, seriousInjuries: String?, directLossYuan: String?, affected: String?
    var gradeRule: String?, byHand: Bool?, updateUntil: String?, figuresUrl: String?, reportsUrl: String?

    init(_ e: Emergency, now: Date, views: ViewRenderer, locale: AppLocale) {
        let next = EmergencyRules.nextReport(e)
        (url, number, title) = (SafetyPath.emergency(e.id).path, e.number, e.title)
        category = views.t(e.category.labelKey, locale)
        (grade, gradeValue) = (views.t(e.grade.labelKey, locale), e.grade.rawValue)
        (occurred, unitCode) = (TimeLeft.clock(e.occurredAt), e.unitCode)
        casualties = views.t("emergency_casualties_text", locale, [String(e.figures.deaths), String(e.figures.seriousInjuries)])
        self.next = next.map { views.t("emergency_next_report", locale, [views.t($0.level.labelKey, locale), TimeLeft.clock($0.due)]) } ?? ""
        overdue = next.map { $0.due < now } ?? false
    }

    /// The head of the event's own page: its figures as the correction form shows them, and how long they may still be corrected.
    static func full(_ e: Emergency, until: Date, now: Date, views: ViewRenderer, locale: AppLocale) -> EmergencySummary {
        var s = EmergencySummary(e, now: now, views: views, locale: locale)
        (s.type, s.place, s.learned) = (e.type, e.place, TimeLeft.clock(e.learnedAt))
        (s.deaths, s.seriousInjuries) = (String(e.figures.deaths), String(e.figures.seriousInjuries))
        (s.directLossYuan, s.affected) = (String(e.figures.directLossYuan), String(e.figures.affected))
        (s.gradeRule, s.byHand, s.updateUntil) = (e.gradeRule, e.category.gradedByHand, TimeLeft.clock(until))
        (s.figuresUrl, s.reportsUrl) = (SafetyPath.emergencyFigures(e.id).path, SafetyPath.emergencyReports(e.id).path)
        return s
    }
}

/// `emergencies.mustache`: the register (all, or those owing a report upward) and the form to record one.
struct EmergencyListPage: PageModel {
    let emergencies: [EmergencySummary]
    let owing: Bool
    let total: String
    let mayRecord: Bool
    let categories: [PageChoice], grades: [PageChoice]
    let unitCode: String
    let type: String, title: String, occurredAt: String, learnedAt: String, place: String
    let deaths: String, seriousInjuries: String, directLossYuan: String, affected: String
    let prev: String, next: String
    let paths = SafetyPath.links
    let error: String?

    init(_ items: [Emergency], total: Int, owing: Bool, pager: [String: String], values: [String: String], viewer: Staff, error: AppError?, now: Date,
         views: ViewRenderer, locale: AppLocale) {
        emergencies = items.map { EmergencySummary($0, now: now, views: views, locale: locale) }
        self.owing = owing
        self.total = views.t("pager_total", locale, [ListTotal.label(total)])
        mayRecord = viewer.can(.recordEmergencies)
        categories = EmergencyCategory.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0.rawValue == values["category"]) }
        grades = EmergencyGrade.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0.rawValue == values["grade"]) }
        unitCode = values["unit_code"] ?? viewer.unitCode
        (type, title, place) = (values["type"] ?? "", values["title"] ?? "", values["place"] ?? "")
        (occurredAt, learnedAt) = (values["occurred_at"] ?? "", values["learned_at"] ?? "")
        (deaths, seriousInjuries) = (values["deaths"] ?? "", values["serious_injuries"] ?? "")
        (directLossYuan, affected) = (values["direct_loss_yuan"] ?? "", values["affected"] ?? "")
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// `emergency.mustache`: one event, its reports upward against their clocks, and the figure corrections.
struct EmergencyPage: PageModel {
    struct Report: Encodable, Sendable { let level: String, at: String, due: String, late: Bool, note: String }
    let e: EmergencySummary
    let reports: [Report]
    let mayReport: Bool
    let nextLevel: String, nextLabel: String
    let mayUpdate: Bool
    let grades: [PageChoice]
    let events: [CaseHistoryRow]
    let historyId = "emergency-events"
    let paths = SafetyPath.links
    let error: String?

    init(_ em: Emergency, events: [CaseHistoryRow], viewer: Staff, error: AppError?, now: Date, views: ViewRenderer, locale: AppLocale) {
        let next = EmergencyRules.nextReport(em)
        let until = em.occurredAt.addingTimeInterval(Double(EmergencyRules.updateWindowDays(type: em.type)) * 86_400)
        e = .full(em, until: until, now: now, views: views, locale: locale)
        reports = em.reports.map { Report(level: views.t($0.level.labelKey, locale), at: TimeLeft.clock($0.reportedAt), due: TimeLeft.clock($0.dueAt), late: $0.late,
                                          note: $0.note) }
        mayReport = viewer.can(.recordEmergencies) && next != nil
        nextLevel = next?.level.rawValue ?? ""
        nextLabel = next.map { views.t($0.level.labelKey, locale) } ?? ""
        mayUpdate = viewer.can(.recordEmergencies) && now <= until
        grades = EmergencyGrade.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0 == em.grade) }
        self.events = events
        self.error = views.message(error, locale)
    }
}

/// `emergency_statistics.mustache`: the month's table by category and grade, with the year before.
struct EmergencyStatisticsPage: PageModel {
    struct Row: Encodable, Sendable { let cells: [String] }
    let month: String
    let header: [String]
    let rows: [Row]
    let total: [String], lastYear: [String]
    let xlsx: String
    let paths = SafetyPath.links

    init(month: String, header: [String], rows: [[String]], total: [String], lastYear: [String]) {
        (self.month, self.header, self.rows, self.total, self.lastYear) = (month, header, rows.map(Row.init), total, lastYear)
        xlsx = "\(SafetyPath.statistics.path)?month=\(month)&format=xlsx"
    }
}
