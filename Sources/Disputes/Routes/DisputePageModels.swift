import Foundation
import Kernel

/// The register's and the figures' links, as the templates name them (`paths.list`, …).
struct DisputeLinks: Encodable, Sendable {
    let list = DisputePath.list.path, new = DisputePath.new.path, figures = DisputePath.figures.path, rounds = DisputePath.rounds.path
}

/// `disputes.mustache`: the register by clock and risk, one tab and type at a time.
struct DisputeListPage: PageModel {
    struct Row: Encodable, Sendable {
        let id: String, url: String, number: String, title: String, unitCode: String, type: String, risk: String, riskClass: String, status: String
        let rule: String, due: String, overdue: Bool
    }
    let tabs: [PageChoice]
    let tab: String
    let types: [PageChoice]
    let disputes: [Row]
    let total: String
    let canRegister: Bool
    let prev: String, next: String
    let paths = DisputeLinks()

    init(_ items: [Dispute], total: Int, tab: DisputePages.Tab, type: String?, types: [DisputeType], pager: [String: String], viewer: Staff, views: ViewRenderer,
         locale: AppLocale, now: Date) {
        let english = locale == .en
        tabs = DisputePages.Tab.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0 == tab) }
        self.tab = tab.rawValue
        self.types = types.map { PageChoice(value: $0.code, label: $0.name(english), selected: $0.code == type) }
        disputes = items.map { d in
            let left = d.dueAt.map { Int($0.timeIntervalSince(now)) }
            return Row(id: d.id, url: DisputePath.dispute(d.id).path, number: d.number, title: d.title, unitCode: d.unitCode,
                       type: types.first { $0.code == d.typeCode }?.name(english) ?? d.typeCode, risk: views.t(d.riskLevel.labelKey, locale),
                       riskClass: "risk-\(d.riskLevel.rawValue)", status: views.t(d.status.labelKey, locale), rule: d.dueRule.map { views.t($0.labelKey, locale) } ?? "",
                       due: TimeLeft.text(left, views: views, locale: locale), overdue: d.status.isOpen && (left ?? 1) < 0)
        }
        self.total = views.t("pager_total", locale, [ListTotal.label(total)])
        canRegister = viewer.can(.reportDisputes)
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
    }
}

/// `dispute_figures.mustache`: the period's outcomes in total, by type and by unit.
struct DisputeFiguresPage: PageModel {
    struct Line: Encodable, Sendable {
        let label: String, found: String, concluded: String, agreements: String, rate: String, overdue: String, escalated: String
        init(_ l: DisputeFigures.Line, label: String) {
            (self.label, found, concluded, agreements) = (label, String(l.found), String(l.concluded), String(l.agreements))
            (rate, overdue, escalated) = (l.successRate.map { String(format: "%.1f%%", $0 * 100) } ?? "—", String(l.overdue), String(l.escalated))
        }
    }
    let from: String, to: String
    let total: Line
    let byType: [Line], byUnit: [Line]
    let paths = DisputeLinks()

    init(_ f: DisputeFigures, types: [DisputeType], views: ViewRenderer, locale: AppLocale) {
        (from, to) = (f.from.description, f.to.description)
        total = Line(f.total, label: views.t("dispute_figures_total", locale))
        byType = f.byType.map { l in Line(l, label: types.first { $0.code == l.key }?.name(locale == .en) ?? l.key) }
        byUnit = f.byUnit.map { Line($0, label: $0.key) }
    }
}

/// `dispute_form.mustache`: registering a dispute with up to four parties; what was typed comes back with an error.
struct DisputeFormPage: PageModel {
    struct Party: Encodable, Sendable { let i: String, name: String, phone: String, roles: [PageChoice] }
    let title: String, occurredOn: String, place: String, scale: String, summary: String, unitCode: String
    let violence: Bool
    let types: [PageChoice]
    let parties: [Party]
    let error: String?
    let paths = DisputeLinks()

    init(_ values: [String: String], types list: [DisputeType], rows: Int, viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        (title, occurredOn, place) = (values["title"] ?? "", values["occurred_on"] ?? "", values["place"] ?? "")
        (scale, summary, unitCode) = (values["scale"] ?? "", values["summary"] ?? "", values["unit_code"] ?? viewer.unitCode)
        violence = values["violence"] == "1"
        types = list.map { PageChoice(value: $0.code, label: $0.name(locale == .en), selected: $0.code == values["type_code"]) }
        parties = (1...rows).map { i in
            let chosen = values["party_role_\(i)"] ?? (i == 1 ? "applicant" : "respondent")
            return Party(i: String(i), name: values["party_name_\(i)"] ?? "", phone: values["party_phone_\(i)"] ?? "",
                         roles: DisputeParty.Role.allCases.map { PageChoice(value: $0.rawValue, label: views.t("party_role_\($0.rawValue)", locale), selected: $0.rawValue == chosen) })
        }
        self.error = views.message(error, locale)
    }
}

/// What every page of one dispute shows (its page and its printable documents), parties included;
/// its page adds the clock.
struct DisputeRecord: Encodable, Sendable {
    struct Party: Encodable, Sendable { let name: String, role: String, phone: String, organisation: Bool }
    let id: String, url: String, stepUrl: String, fileUrl: String, agreementUrl: String
    let number: String, title: String, occurredOn: String, place: String, summary: String, scale: String, unitCode: String, type: String
    let risk: String, riskClass: String, riskReasons: String, status: String, body: String, outcome: String, terms: String
    let performanceDue: String, agreedAt: String, confirmationDue: String, confirmationRequested: String, decision: String, registeredAt: String
    let parties: [Party]
    let bodies: [PageChoice]
    var rule: String?, due: String?, overdue: Bool?

    init(_ d: Dispute, types: [DisputeType], bodies list: [MediationBody], views: ViewRenderer, locale: AppLocale) {
        let english = locale == .en
        (id, url, stepUrl) = (d.id, DisputePath.dispute(d.id).path, DisputePath.step(d.id).path)
        (fileUrl, agreementUrl) = (DisputePath.file(d.id).path, DisputePath.agreement(d.id).path)
        (number, title, occurredOn, place, summary) = (d.number, d.title, d.occurredOn.description, d.place, d.summary)
        (scale, unitCode) = (String(d.scale), d.unitCode)
        type = types.first { $0.code == d.typeCode }?.name(english) ?? d.typeCode
        (risk, riskClass) = (views.t(d.riskLevel.labelKey, locale), "risk-\(d.riskLevel.rawValue)")
        riskReasons = d.riskReasons.map { views.t($0, locale) }.joined(separator: "；")
        status = views.t(d.status.labelKey, locale)
        body = d.bodyCode.map { code in list.first { $0.code == code }?.name(english) ?? code } ?? ""
        outcome = d.outcome.map { views.t($0.labelKey, locale) } ?? ""
        (terms, performanceDue) = (d.agreementTerms ?? "", d.performanceDue?.description ?? "")
        agreedAt = d.agreedAt.map(TimeLeft.clock) ?? ""
        confirmationDue = d.agreedAt.map { TimeLeft.clock(DisputeClock.confirmationWindow(agreedAt: $0)) } ?? ""
        confirmationRequested = d.confirmationRequestedAt.map(TimeLeft.clock) ?? ""
        (decision, registeredAt) = (d.escalationDecision ?? "", TimeLeft.clock(d.createdAt))
        parties = d.parties.map { Party(name: $0.name, role: views.t("party_role_\($0.role.rawValue)", locale), phone: $0.phone.map(PhoneNumber.masked) ?? "",
                                        organisation: $0.isOrganisation) }
        bodies = list.map { PageChoice(value: $0.code, label: "\($0.name(english))（\(views.t($0.kind.labelKey, locale))）") }
    }

    /// The record with its clock, as its own page shows it.
    func clocked(_ d: Dispute, now: Date, views: ViewRenderer, locale: AppLocale) -> DisputeRecord {
        let left = d.dueAt.map { Int($0.timeIntervalSince(now)) }
        var r = self
        r.rule = d.dueRule.map { views.t($0.labelKey, locale) } ?? ""
        r.due = TimeLeft.text(left, views: views, locale: locale)
        r.overdue = d.status.isOpen && (left ?? 1) < 0
        return r
    }
}

/// `dispute.mustache`: one dispute, the mediation steps the viewer may take, notices and history.
struct DisputePage: PageModel {
    struct Step: Encodable, Sendable {
        let name: String, label: String, needsBody: Bool, needsDue: Bool, needsOutcome: Bool, needsPerformed: Bool, textLabel: String
    }
    let d: DisputeRecord
    let events: [CaseHistoryRow], notices: [CaseNoticeRow]
    let hasNotices: Bool
    let historyId = "dispute-events", noticesId = "dispute-notices"
    let steps: [Step]
    let hasSteps: Bool, hasAgreement: Bool
    let outcomes: [PageChoice]
    let paths = DisputeLinks()
    let error: String?

    init(_ record: DisputeRecord, hasAgreement: Bool, offered: [MediationAction], events: [CaseHistoryRow], notices: [CaseNoticeRow], error: AppError?,
         views: ViewRenderer, locale: AppLocale) {
        d = record
        (self.events, self.notices, hasNotices) = (events, notices, !notices.isEmpty)
        steps = offered.map { a in
            Step(name: a.name, label: views.t("dispute_step_\(a.name)", locale), needsBody: [.assign(body: "x", note: "x"), .decide(body: "x", decision: "x")].contains(a),
                 needsDue: a.name == "agree", needsOutcome: a.name == "refer", needsPerformed: a.name == "follow_up", textLabel: views.t("dispute_text_\(a.name)", locale))
        }
        (hasSteps, self.hasAgreement) = (!offered.isEmpty, hasAgreement)
        outcomes = [MediationOutcome.court, .arbitration, .otherBody].map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale)) }
        self.error = views.message(error, locale)
    }
}

/// `dispute_agreement.mustache` and `dispute_file.mustache`: the printable 人民调解协议书, or the
/// whole case file with each step's notes in its customary order.
struct DisputeDocumentPage: PageModel {
    struct Note: Encodable, Sendable { let note: String, at: String }
    let d: DisputeRecord
    let sessions: [Note], followUps: [Note], confirmations: [Note], escalations: [Note], decisions: [Note], assignments: [Note]
    let hasAgreement: Bool
    let paths = DisputeLinks()

    init(_ record: DisputeRecord, hasAgreement: Bool, events: [StepLog.Entry]) {
        func notes(_ action: String) -> [Note] {
            events.filter { $0.action == action }.map { Note(note: $0.note ?? "", at: TimeLeft.clock(Date(epochSeconds: $0.at))) }
        }
        (d, self.hasAgreement) = (record, hasAgreement)
        (sessions, followUps, confirmations) = (notes("session"), notes("follow_up"), notes("request_confirmation"))
        (escalations, decisions, assignments) = (notes("escalate"), notes("decide"), notes("assign"))
    }
}
