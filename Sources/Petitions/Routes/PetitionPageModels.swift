import Foundation
import Kernel
import WorkOrders

/// What a petition's row in the register shows; its page's head adds the rest of the record.
struct PetitionSummary: Encodable, Sendable {
    let id: String, url: String, urls: [String: String], number: String, matter: String, petitioner: String, channel: String, status: String
    let body: String, rule: String, due: String, overdue: Bool
    var fullMatter: String?, trackingCode: String?, demands: String?, headcount: String?, unitCode: String?, phone: String?, receivedAt: String?
    var dueAt: String?, replyDueAt: String?, extensionDays: String?, workOrder: String?, workOrderUrl: String?

    init(_ p: Petition, now: Date, views: ViewRenderer, locale: AppLocale) {
        let left = p.dueAt.map { Int($0.timeIntervalSince(now)) }
        (id, url, urls, number) = (p.id, PetitionPath.petition(p.id).path, PetitionPath.links(of: p.id), p.number)
        (matter, petitioner) = (String(p.matter.prefix(40)), p.petitionerName)
        (channel, status, body) = (views.t(p.channel.labelKey, locale), views.t(p.status.labelKey, locale), p.responsibleBody)
        rule = p.dueRule.map { views.t($0.labelKey, locale) } ?? ""
        due = TimeLeft.text(left, views: views, locale: locale)
        overdue = p.status.owesAnswer && (left ?? 1) < 0
    }

    /// The head of the petition's own page; the phone is masked there too.
    static func full(_ p: Petition, workOrderUrl: String, now: Date, views: ViewRenderer, locale: AppLocale) -> PetitionSummary {
        var s = PetitionSummary(p, now: now, views: views, locale: locale)
        (s.fullMatter, s.trackingCode, s.demands) = (p.matter, p.trackingCode.map(TrackingCode.display) ?? "", p.demands)
        (s.headcount, s.unitCode, s.phone) = (String(p.headcount), p.unitCode, p.petitionerPhone.map(PhoneNumber.masked) ?? "")
        (s.receivedAt, s.dueAt, s.replyDueAt) = (TimeLeft.clock(p.receivedAt), p.dueAt.map(TimeLeft.clock) ?? "—", p.replyDueAt.map(TimeLeft.clock) ?? "—")
        (s.extensionDays, s.workOrder, s.workOrderUrl) = (String(p.extensionDays), p.workOrderId ?? "", workOrderUrl)
        return s
    }
}

/// `petitions.mustache`: the register by clock and channel, with the response rate, online on its own.
struct PetitionListPage: PageModel {
    struct Rate: Encodable, Sendable { let label: String, rate: String, counts: String, online: Bool, low: Bool }
    let tabs: [PageTab]
    let tab: String
    let channels: [PageChoice]
    let petitions: [PetitionSummary]
    let total: String
    let canRegister: Bool, canTake: Bool
    let rateOverall: String, rateOverallCounts: String
    let rates: [Rate]
    let prev: String, next: String
    let paths = PetitionPath.links

    init(_ items: [Petition], total: Int, tab: PetitionPages.Tab, channel: PetitionChannel?, rate: ResponseRate, pager: [String: String], viewer: Staff,
         now: Date, views: ViewRenderer, locale: AppLocale) {
        tabs = PetitionPages.Tab.allCases.map { PageTab(value: $0.rawValue, label: views.t($0.labelKey, locale), active: $0 == tab) }
        self.tab = tab.rawValue
        channels = PetitionChannel.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0 == channel) }
        petitions = items.map { PetitionSummary($0, now: now, views: views, locale: locale) }
        self.total = views.t("pager_total", locale, [ListTotal.label(total)])
        (canRegister, canTake) = (viewer.can(.handlePetitions), viewer.can(.takePetitions))
        (rateOverall, rateOverallCounts) = (rate.overall.percent(), "\(rate.overall.onTime)/\(rate.overall.due)")
        rates = rate.byChannel.map { f in
            Rate(label: PetitionChannel(rawValue: f.key).map { views.t($0.labelKey, locale) } ?? f.key, rate: f.percent(), counts: "\(f.onTime)/\(f.due)",
                 online: f.key == PetitionChannel.online.rawValue, low: (f.rate ?? 1) < 0.8)
        }
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
    }
}

/// `petition_form.mustache`: registering a petition at the window.
struct PetitionFormPage: PageModel {
    let channels: [PageChoice]
    let petitionerName: String, petitionerPhone: String, headcount: String, matter: String, demands: String, unitCode: String, responsibleBody: String
    let paths = PetitionPath.links
    let error: String?

    init(values: [String: String], viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        channels = PetitionChannel.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0.rawValue == values["channel"]) }
        (petitionerName, petitionerPhone) = (values["petitioner_name"] ?? "", values["petitioner_phone"] ?? "")
        (headcount, matter, demands) = (values["headcount"] ?? "1", values["matter"] ?? "", values["demands"] ?? "")
        (unitCode, responsibleBody) = (values["unit_code"] ?? viewer.unitCode, values["responsible_body"] ?? viewer.department ?? "")
        self.error = views.message(error, locale)
    }
}

/// The backlog part of a petition's page (积案: the five ones, meetings, judicial aid).
struct BacklogSection: Encodable, Sendable {
    struct Head: Encodable, Sendable { let leader: String, team: String, plan: String, owner: String, status: String, resolution: String }
    struct Meeting: Encodable, Sendable { let kind: String, heldOn: String, attendees: String, minutes: String, decisions: String }
    struct Grant: Encodable, Sendable { let id: String, amount: String, reason: String, status: String, note: String, decidable: Bool }
    let hasBacklog: Bool, canOpenBacklog: Bool
    let backlog: Head?
    let meetings: [Meeting], grants: [Grant]
    let approvedTotal: String
    let canWorkBacklog: Bool
    let meetingKinds: [PageChoice]

    /// A petition without a backlog case yet: only whether one may be opened.
    init(canOpen: Bool) {
        (hasBacklog, canOpenBacklog, backlog, meetings, grants, approvedTotal, canWorkBacklog, meetingKinds) = (false, canOpen, nil, [], [], "", false, [])
    }

    init(_ b: BacklogCase, meetings list: [BacklogMeeting], grants aid: [AidGrant], approvedFen: Int, viewer: Staff, views: ViewRenderer, locale: AppLocale) {
        (hasBacklog, canOpenBacklog) = (true, false)
        backlog = Head(leader: b.leader, team: b.team, plan: b.plan, owner: b.owner, status: views.t("backlog_status_\(b.status.rawValue)", locale),
                       resolution: b.resolution ?? "")
        meetings = list.map { Meeting(kind: views.t($0.kind.labelKey, locale), heldOn: $0.heldOn, attendees: $0.attendees, minutes: $0.minutes, decisions: $0.decisions) }
        grants = aid.map { g in
            Grant(id: g.id, amount: CaseworkPages.yuan(g.amountFen), reason: g.reason, status: views.t("aid_status_\(g.status.rawValue)", locale),
                  note: g.decisionNote ?? "", decidable: g.status == .requested && viewer.can(.approveAid))
        }
        approvedTotal = CaseworkPages.yuan(approvedFen)
        canWorkBacklog = viewer.can(.handlePetitions) && b.status == .open
        meetingKinds = BacklogMeeting.Kind.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale)) }
    }
}

/// `petition.mustache`: one petition, the steps the viewer's role may take now, its backlog case, notices and history.
struct PetitionPage: PageModel {
    struct Step: Encodable, Sendable { let name: String, label: String, days: Bool, maxDays: String }
    let p: PetitionSummary
    let steps: [Step]
    let hasSteps: Bool
    let events: [CaseHistoryRow], notices: [CaseNoticeRow]
    let hasNotices: Bool
    let noticesId = "petition-notices", historyId = "petition-events"
    /// The backlog part, read inside `{{#casework}}`.
    let casework: BacklogSection
    let paths = PetitionPath.links
    let error: String?

    init(_ petition: Petition, workOrderUrl: String, offered: [PetitionAction], backlog: BacklogSection, events: [CaseHistoryRow], notices: [CaseNoticeRow],
         error: AppError?, now: Date, views: ViewRenderer, locale: AppLocale) {
        p = .full(petition, workOrderUrl: workOrderUrl, now: now, views: views, locale: locale)
        steps = offered.map { Step(name: $0.name, label: views.t("petition_step_\($0.name)", locale), days: $0.name == "extend",
                                   maxDays: String(PetitionClock.maxExtensionDays - petition.extensionDays)) }
        hasSteps = !offered.isEmpty
        (self.events, self.notices, hasNotices, casework) = (events, notices, !notices.isEmpty, backlog)
        self.error = views.message(error, locale)
    }

}

/// `petition_rota.mustache`: the leaders' reception days, with the form to add one.
struct RotaPage: PageModel {
    struct Row: Encodable, Sendable { let day: String, hours: String, leader: String, place: String, unitCode: String }
    let rota: [Row]
    let canSchedule: Bool
    let unitCode: String
    let paths = PetitionPath.links
    let error: String?

    init(_ days: [ReceptionDay], viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        rota = days.map { Row(day: $0.day.description, hours: $0.hours, leader: "\($0.leaderTitle) \($0.leaderName)", place: $0.place, unitCode: $0.unitCode) }
        (canSchedule, unitCode) = (viewer.can(.handlePetitions), viewer.unitCode)
        self.error = views.message(error, locale)
    }
}

/// `petition_handovers.mustache`: petition-class requests waiting for the office to take them over.
struct HandoversPage: PageModel {
    struct Row: Encodable, Sendable { let id: String, takeUrl: String, number: String, description: String, gridCode: String, received: String, contact: String }
    let orders: [Row]
    let total: String
    let unitCode: String, body: String
    let prev: String, next: String
    let paths = PetitionPath.links
    let error: String?

    init(_ items: [WorkOrder], total: Int, pager: [String: String], viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        orders = items.map { o in
            Row(id: o.id, takeUrl: PetitionPath.takeOver(o.id).path, number: o.number, description: o.description, gridCode: o.gridCode,
                received: TimeLeft.clock(o.createdAt), contact: [o.contactName, o.contactPhone.map(PhoneNumber.masked)].compactMap { $0 }.joined(separator: " "))
        }
        self.total = views.t("pager_total", locale, [String(total)])
        (unitCode, body) = (viewer.unitCode, viewer.department ?? "")
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}
