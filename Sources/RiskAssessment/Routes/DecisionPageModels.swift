import Foundation
import Kernel

/// A decision's clock as its pages show it: the rule, the time left, and whether it has run out.
struct DecisionClockText: Sendable {
    let rule: String, due: String, overdue: Bool

    init(_ d: Decision, now: Date, views: ViewRenderer, locale: AppLocale) {
        let left = d.dueAt.map { Int($0.timeIntervalSince(now)) }
        rule = d.dueRule.map { views.t($0.labelKey, locale) } ?? ""
        due = d.dueAt == nil ? "—" : TimeLeft.text(left, views: views, locale: locale)
        overdue = d.stage.isOpen && (left ?? 1) < 0
    }
}

/// A label with a count beside it (attitudes, a survey's tally, linked cases by type).
struct LabelledCount: Encodable, Sendable { let label: String, count: String }

/// `decisions.mustache`: the decisions in scope by stage and clock.
struct DecisionListPage: PageModel {
    struct Row: Encodable, Sendable {
        let url: String, number: String, title: String, kind: String, unitCode: String, stage: String, level: String, levelClass: String
        let rule: String, due: String, overdue: Bool
    }
    let tabs: [PageTab]
    let decisions: [Row]
    let total: String
    let canPropose: Bool, canConfigure: Bool, canExperts: Bool
    let prev: String, next: String
    let paths = DecisionPath.links

    init(_ items: [Decision], total: Int, tab: DecisionPages.Tab, pager: [String: String], viewer: Staff, now: Date, views: ViewRenderer, locale: AppLocale) {
        tabs = DecisionPages.Tab.allCases.map { PageTab(value: $0.rawValue, label: views.t($0.labelKey, locale), active: $0 == tab) }
        decisions = items.map { d in
            let clock = DecisionClockText(d, now: now, views: views, locale: locale)
            return Row(url: DecisionPath.decision(d.id).path, number: d.number, title: d.title, kind: views.t(d.kind.labelKey, locale), unitCode: d.unitCode,
                       stage: views.t(d.stage.labelKey, locale), level: d.level.map { views.t($0.labelKey, locale) } ?? "",
                       levelClass: d.level.map { "risk-\($0 == .medium ? "medium" : $0 == .high ? "high" : "low")" } ?? "",
                       rule: clock.rule, due: clock.due, overdue: clock.overdue)
        }
        self.total = views.t("pager_total", locale, [ListTotal.label(total)])
        (canPropose, canConfigure, canExperts) = (viewer.can(.runDecisions), viewer.can(.configureAssessment), viewer.can(.runDecisions))
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
    }
}

/// `decision_form.mustache`: proposing a decision.
struct DecisionFormPage: PageModel {
    let title: String, summary: String, unitCode: String, affectedUnits: String, estimatedHouseholds: String, leader: String, assessor: String
    let kinds: [PageChoice]
    let paths = DecisionPath.links
    let error: String?

    init(values: [String: String], viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        (title, summary, unitCode) = (values["title"] ?? "", values["summary"] ?? "", values["unit_code"] ?? viewer.unitCode)
        (affectedUnits, estimatedHouseholds) = (values["affected_units"] ?? "", values["estimated_households"] ?? "")
        (leader, assessor) = (values["leader"] ?? "", values["assessor"] ?? "")
        kinds = DecisionKind.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0.rawValue == values["kind"]) }
        self.error = views.message(error, locale)
    }
}

/// What every page about one decision shows: the record, its stage and level, the meeting that decided it.
struct DecisionRecord: Encodable, Sendable {
    struct Meeting: Encodable, Sendable { let heldOn: String, attendees: String, minutes: String, votes: String, chair: String, chairReason: String }
    let id: String, number: String, title: String, kind: String, summary: String, unitCode: String, grids: String, estimatedHouseholds: String
    let leader: String, assessor: String, stage: String, stageValue: String, proposedAt: String, commentDays: String, shortReason: String
    let commentsEnd: String, conclusion: String, level: String, levelValue: String, levelRule: String, round: String, lawful: String
    let decidedAt: String, publishedAt: String
    let urls: [String: String]
    let meeting: Meeting?
    let rule: String, due: String, overdue: Bool

    init(_ d: Decision, now: Date, views: ViewRenderer, locale: AppLocale) {
        (id, number, title, kind) = (d.id, d.number, d.title, views.t(d.kind.labelKey, locale))
        (summary, unitCode, grids) = (d.summary, d.unitCode, d.grids.joined(separator: "、"))
        (estimatedHouseholds, leader, assessor) = (String(d.estimatedHouseholds), d.leader, d.assessor)
        (stage, stageValue, proposedAt) = (views.t(d.stage.labelKey, locale), d.stage.rawValue, TimeLeft.clock(d.createdAt))
        (commentDays, shortReason) = (d.commentDays.map(String.init) ?? "", d.shortPeriodReason ?? "")
        commentsEnd = d.commentsEndAt.map(TimeLeft.clock) ?? ""
        conclusion = d.conclusion.map { views.t($0.labelKey, locale) } ?? ""
        (level, levelValue) = (d.level.map { views.t($0.labelKey, locale) } ?? "", d.level?.rawValue ?? "")
        levelRule = d.level == nil ? "" : DecisionPages.ruleText(d.levelRule, views: views, locale: locale)
        round = String(d.assessmentRound)
        lawful = d.lawful.map { views.t($0 ? "decision_lawful_yes" : "decision_lawful_no", locale) } ?? ""
        (decidedAt, publishedAt) = (d.decidedAt.map(TimeLeft.clock) ?? "", d.publishedAt.map(TimeLeft.clock) ?? "")
        urls = DecisionPath.urls(d.id)
        meeting = d.meeting.map { m in
            Meeting(heldOn: m.heldOn.description, attendees: m.attendees, minutes: m.minutes,
                    votes: views.t("decision_votes_text", locale, [String(m.votesFor), String(m.votesAgainst), String(m.votesAbstain)]),
                    chair: views.t(m.chair.labelKey, locale), chairReason: m.chairReason ?? "")
        }
        let clock = DecisionClockText(d, now: now, views: views, locale: locale)
        (rule, due, overdue) = (clock.rule, clock.due, clock.overdue)
    }
}

/// The assessment's figures as the decision's page and its report show them.
struct AssessmentFiguresRow: Encodable, Sendable {
    let visitRate: String, visited: String, affected: String, minimumRate: String
    let attitudes: [LabelledCount]
    let acceptance: String, socialBenefit: String, economicBenefit: String, socialRisk: String, composite: String
    let level: String, levelValue: String, levelRule: String, provisional: Bool, worstRisk: String

    init(_ a: DecisionService.Assessment, views: ViewRenderer, locale: AppLocale) {
        let i = a.indices
        func index(_ x: Double?) -> String { x.map { String(format: "%.1f", $0) } ?? "—" }
        (visitRate, visited) = (DecisionPages.percent(a.figures.visitRate), String(a.figures.visited))
        (affected, minimumRate) = (String(a.figures.affectedHouseholds), DecisionPages.percent(a.settings.minimumVisitRate))
        attitudes = Attitude.allCases.map { LabelledCount(label: views.t($0.labelKey, locale), count: String(a.figures.attitudes[$0] ?? 0)) }
        (acceptance, composite) = (index(i.publicAcceptance), index(i.composite))
        socialBenefit = i.socialBenefit.map(String.init) ?? "—"
        economicBenefit = i.economicBenefit.map(String.init) ?? "—"
        socialRisk = i.socialRisk.map(String.init) ?? "—"
        (level, levelValue) = (views.t(a.level.labelKey, locale), a.level.rawValue)
        levelRule = DecisionPages.ruleText(a.levelRule, views: views, locale: locale)
        provisional = a.provisional
        worstRisk = a.figures.worstRiskScore.map(String.init) ?? "—"
    }
}

/// `decision_report.mustache`: the printable 社会稳定风险评估报告 in its customary chapters.
struct DecisionReportPage: PageModel {
    struct Comment: Encodable, Sendable { let body: String, answer: String }
    struct Opinion: Encodable, Sendable { let name: String, field: String, opinion: String }
    struct Concern: Encodable, Sendable { let attitude: String, concerns: String, households: String }
    struct Risk: Encodable, Sendable { let title: String, score: String, mitigation: String, owner: String, status: String }
    let d: DecisionRecord
    let a: AssessmentFiguresRow
    let comments: [Comment]
    let opinions: [Opinion]
    let concerns: [Concern]
    let risks: [Risk]
    let paths = DecisionPath.links

    init(_ decision: Decision, assessment: DecisionService.Assessment, comments list: [DecisionComment], drawn: [DrawnExpert],
         concerns raised: [(attitude: Attitude, concerns: String, households: Int)], now: Date, views: ViewRenderer, locale: AppLocale) {
        d = DecisionRecord(decision, now: now, views: views, locale: locale)
        a = AssessmentFiguresRow(assessment, views: views, locale: locale)
        comments = list.map { Comment(body: $0.body, answer: $0.answer ?? views.t("decision_unanswered", locale)) }
        opinions = drawn.filter(\.counts).map { Opinion(name: $0.expert.name, field: $0.expert.field, opinion: $0.opinion ?? "") }
        concerns = raised.map {
            Concern(attitude: views.t($0.attitude.labelKey, locale), concerns: $0.concerns,
                    households: views.t("decision_households_n", locale, [String($0.households)]))
        }
        risks = assessment.risks.map { Risk(title: $0.title, score: String($0.score), mitigation: $0.mitigation, owner: $0.owner, status: views.t($0.status.labelKey, locale)) }
    }
}

/// `decision_settings.mustache`: the county's level rules, weights, visit rate and hearing notice.
struct DecisionSettingsPage: PageModel {
    struct Rule: Encodable, Sendable { let i: String, threshold: String, levels: [PageChoice], metrics: [PageChoice] }
    let rules: [Rule]
    let weights: String, minimumVisitRate: String, hearingNoticeDays: String
    let mayEdit: Bool, saved: Bool
    let paths = DecisionPath.links
    let error: String?

    init(_ current: AssessmentSettings, saved: Bool, viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        rules = (0..<8).map { i in
            let rule = i < current.rules.count ? current.rules[i] : nil
            return Rule(i: String(i), threshold: rule.map { AssessmentRules.format($0.threshold) } ?? "",
                        levels: [AssessedLevel.high, .medium].map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0 == rule?.level) },
                        metrics: LevelRule.Metric.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0 == rule?.metric) })
        }
        weights = current.weights.map { AssessmentRules.format($0) }.joined(separator: " ")
        (minimumVisitRate, hearingNoticeDays) = (AssessmentRules.format(current.minimumVisitRate), String(current.hearingNoticeDays))
        (mayEdit, self.saved) = (viewer.can(.configureAssessment), saved)
        self.error = views.message(error, locale)
    }
}

/// `decision_visits.mustache`: a page of affected households with their visit, phone-sized.
struct DecisionVisitsPage: PageModel {
    struct Head: Encodable, Sendable { let number: String, title: String, urls: [String: String] }
    struct AttitudeChoice: Encodable, Sendable { let value: String, label: String, checked: Bool }
    struct Household: Encodable, Sendable {
        let id: String, gridCode: String, address: String, head: String, members: String, visited: String, concerns: String, attitudes: [AttitudeChoice]
    }
    let d: Head
    let households: [Household]
    let total: String, page: String
    let prev: String, next: String
    let paths = DecisionPath.links
    let error: String?

    init(_ decision: Decision, items: [(HouseholdEntry, Visit?)], total: Int, page: Int, pager: [String: String], error: AppError?, views: ViewRenderer,
         locale: AppLocale) {
        d = Head(number: decision.number, title: decision.title, urls: DecisionPath.urls(decision.id))
        households = items.map { h, v in
            Household(id: h.id, gridCode: h.gridCode, address: h.address, head: h.head, members: String(h.members),
                      visited: v.map { views.t($0.attitude.labelKey, locale) } ?? "", concerns: v?.concerns ?? "",
                      attitudes: Attitude.allCases.map { AttitudeChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), checked: $0 == v?.attitude) })
        }
        (self.total, self.page) = (views.t("pager_total", locale, [String(total)]), String(page))
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// `experts.mustache`: the expert pool, by field.
struct ExpertsPage: PageModel {
    struct Row: Encodable, Sendable { let name: String, field: String, organisation: String, unitCode: String }
    let experts: [Row]
    let field: String
    let total: String
    let mayAdd: Bool
    let prev: String, next: String
    let paths = DecisionPath.links
    let error: String?

    init(_ items: [Expert], field: String?, total: Int, pager: [String: String], viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        experts = items.map { Row(name: $0.name, field: $0.field, organisation: $0.organisation, unitCode: $0.unitCode) }
        (self.field, mayAdd) = (field ?? "", viewer.can(.manageExperts))
        self.total = views.t("pager_total", locale, [String(total)])
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}
