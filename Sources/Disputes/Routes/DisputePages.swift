import Foundation
import Hummingbird
import Kernel

/// The mediators' pages: the register by clock and risk, a new dispute, one dispute with the
/// steps the viewer may take, its printable agreement and case file, and the outcome figures.
public enum DisputePages {
    enum Tab: String, CaseIterable {
        case open, overdue, highRisk = "high_risk", all

        var labelKey: String { "dispute_tab_\(rawValue)" }
    }

    /// Party rows offered on the registration form.
    static let partyRows = 4
    public static func register(on routes: SecureRoutes, service: DisputeService, clock: any AppClock, views: ViewRenderer) {
        routes.get(DisputePath.list.path, .permitted(.viewDisputes)) { request, context in
            try await list(request, context, service: service, clock: clock, views: views)
        }
        routes.get(DisputePath.new.path, .permitted(.reportDisputes)) { request, context in
            try await form([:], error: nil, service: service, request: request, context: context, views: views)
        }
        routes.post(DisputePath.list.path, .permitted(.reportDisputes)) { request, context in
            let form = try await context.form(request, limit: 128 << 10)
            var values: [String: String] = [:]
            for name in ["title", "occurred_on", "place", "type_code", "scale", "summary", "unit_code", "violence"] { values[name] = form[name] }
            var parties: [DisputeParty] = []
            for i in 1...partyRows {
                for field in ["name", "role", "phone"] { values["party_\(field)_\(i)"] = form["party_\(field)_\(i)"] }
                guard let name = form["party_name_\(i)"]?.trimmed, !name.isEmpty else { continue }
                parties.append(DisputeParty(name: name, role: DisputeParty.Role(rawValue: form["party_role_\(i)"] ?? "") ?? .other,
                                            isOrganisation: form["party_org_\(i)"] == "1", phone: form["party_phone_\(i)"]))
            }
            do {
                let dispute = try await service.register(.init(
                    title: values["title"] ?? "", occurredOn: values["occurred_on"] ?? "", place: values["place"] ?? "", typeCode: values["type_code"] ?? "",
                    scale: Int(values["scale"]?.trimmed ?? "") ?? parties.count, summary: values["summary"] ?? "",
                    unitCode: values["unit_code"]?.nilIfBlank ?? context.staff.unitCode, violenceThreatened: values["violence"] == "1", parties: parties
                ), by: context)
                return Response.redirect(to: DisputePath.dispute(dispute.id).path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await DisputePages.form(values, error: error, service: service, request: request, context: context, views: views)
            }
        }
        routes.get(DisputePath.figures.path, .permitted(.viewDisputes)) { request, context in
            try await figures(request, context, service: service, views: views)
        }
        routes.get(DisputePath.pattern(DisputePath.dispute), .permitted(.viewDisputes)) { request, context in
            let dispute = try await service.find(try context.parameters.require("dispute"), by: context)
            return try await detail(dispute, error: nil, service: service, clock: clock, views: views, request: request, context: context)
        }
        routes.post(DisputePath.pattern(DisputePath.step), .permitted(.viewDisputes)) { request, context in
            let dispute = try await service.find(try context.parameters.require("dispute"), by: context)
            let form = try await context.form(request, limit: 64 << 10)
            do {
                let action = try MediationAction.named(form["action"], text: form["text"], body: form["body"], outcome: form["outcome"],
                                                       performanceDue: form["performance_due"], performed: form["performed"] == "1")
                _ = try await service.apply(action, to: dispute, by: context)
                return Response.redirect(to: DisputePath.dispute(dispute.id).path, type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict, .forbidden].contains(error.status) && error != .csrf {
                return try await detail(dispute, error: error, service: service, clock: clock, views: views, request: request, context: context)
            }
        }
        routes.get(DisputePath.pattern(DisputePath.agreement), .permitted(.viewDisputes)) { request, context in
            let dispute = try await service.find(try context.parameters.require("dispute"), by: context)
            guard dispute.agreementTerms != nil else { throw AppError.notFound }
            return try await document("dispute_agreement", titleKey: "dispute_agreement_title", dispute, service: service, views: views,
                                      request: request, context: context)
        }
        routes.get(DisputePath.pattern(DisputePath.file), .permitted(.viewDisputes)) { request, context in
            let dispute = try await service.find(try context.parameters.require("dispute"), by: context)
            return try await document("dispute_file", titleKey: "dispute_file_title", dispute, service: service, views: views,
                                      request: request, context: context)
        }
    }

    static func list(_ request: Request, _ context: StaffContext, service: DisputeService, clock: any AppClock, views: ViewRenderer) async throws -> Response {
        let query = request.uri.queryParameters
        let tab = query.get("tab").flatMap(Tab.init(rawValue:)) ?? .open
        let type = query.get("type")?.nilIfBlank
        let paging = try Paging(page: request)
        let now = clock.now()
        let (items, total) = try await service.list(by: context, try DisputeAPI.selection(tab.rawValue, now: now), type: type, paging: paging)
        let model = DisputeListPage(items, total: total, tab: tab, type: type, types: try await service.types(),
                                    pager: paging.pagerLinks(keeping: [("tab", tab.rawValue), ("type", type)], total: total), viewer: context.staff, views: views,
                                    locale: context.locale, now: now)
        return try views.page("disputes", titleKey: "dispute_list_title", model: model, request: request, context: context)
    }

    /// The time left on the dispute's clock and the rule that set it.
    static func clock(_ d: Dispute, now: Date, views: ViewRenderer, locale: AppLocale) -> [String: Any] {
        let left = d.dueAt.map { Int($0.timeIntervalSince(now)) }
        return ["rule": d.dueRule.map { views.t($0.labelKey, locale) } ?? "", "due": TimeLeft.text(left, views: views, locale: locale),
                "overdue": d.status.isOpen && (left ?? 1) < 0]
    }

    static func form(_ values: [String: String], error: AppError?, service: DisputeService, request: Request, context: StaffContext,
                     views: ViewRenderer) async throws -> Response {
        let model = DisputeFormPage(values, types: try await service.types(), rows: partyRows, viewer: context.staff, error: error, views: views, locale: context.locale)
        return try views.page("dispute_form", titleKey: "dispute_new_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    /// The fields every dispute page shows, parties included.
    static func fields(_ d: Dispute, service: DisputeService, views: ViewRenderer, locale: AppLocale) async throws -> [String: Any] {
        let english = locale == .en
        let types = try await service.types(), bodies = try await service.bodies()
        return [
            "id": d.id, "url": DisputePath.dispute(d.id).path, "step_url": DisputePath.step(d.id).path, "file_url": DisputePath.file(d.id).path,
            "agreement_url": DisputePath.agreement(d.id).path, "number": d.number, "title": d.title, "occurred_on": d.occurredOn.description, "place": d.place, "summary": d.summary,
            "scale": String(d.scale), "unit_code": d.unitCode, "type": types.first { $0.code == d.typeCode }?.name(english) ?? d.typeCode,
            "risk": views.t(d.riskLevel.labelKey, locale), "risk_class": "risk-\(d.riskLevel.rawValue)",
            "risk_reasons": d.riskReasons.map { views.t($0, locale) }.joined(separator: "；"),
            "status": views.t(d.status.labelKey, locale), "body": d.bodyCode.map { code in bodies.first { $0.code == code }?.name(english) ?? code } ?? "",
            "outcome": d.outcome.map { views.t($0.labelKey, locale) } ?? "", "terms": d.agreementTerms ?? "",
            "performance_due": d.performanceDue?.description ?? "", "agreed_at": d.agreedAt.map(TimeLeft.clock) ?? "",
            "confirmation_due": d.agreedAt.map { TimeLeft.clock(DisputeClock.confirmationWindow(agreedAt: $0)) } ?? "",
            "confirmation_requested": d.confirmationRequestedAt.map(TimeLeft.clock) ?? "",
            "decision": d.escalationDecision ?? "", "registered_at": TimeLeft.clock(d.createdAt),
            "parties": d.parties.map { p -> [String: Any] in
                ["name": p.name, "role": views.t("party_role_\(p.role.rawValue)", locale), "phone": p.phone.map(PhoneNumber.masked) ?? "",
                 "organisation": p.isOrganisation]
            },
            "bodies": bodies.map { ["value": $0.code, "label": "\($0.name(english))（\(views.t($0.kind.labelKey, locale))）"] },
        ]
    }

    static func detail(_ d: Dispute, error: AppError?, service: DisputeService, clock: any AppClock, views: ViewRenderer, request: Request,
                       context: StaffContext) async throws -> Response {
        let locale = context.locale, now = clock.now(), staff = context.staff
        let events = views.historyRows(try await service.events(of: d), action: { views.t("dispute_step_\($0)", locale) },
                                       status: { DisputeStatus(rawValue: $0).map { views.t($0.labelKey, locale) } ?? $0 })
        let notices = try await service.notices(of: d)
        let offered = DisputeService.offeredSteps(d, to: staff)
        var data: [String: Any] = [
            "d": try await fields(d, service: service, views: views, locale: locale).merging(Self.clock(d, now: now, views: views, locale: locale)) { $1 },
            "events": try events.templateValues(), "history_id": "dispute-events",
            "notices": try views.noticeRows(notices, locale: locale) { DisputeClock.Rule(rawValue: $0).map { views.t($0.labelKey, locale) } }.templateValues(),
            "has_notices": !notices.isEmpty, "notices_id": "dispute-notices",
            "steps": offered.map { action -> [String: Any] in
                ["name": action.name, "label": views.t("dispute_step_\(action.name)", locale),
                 "needs_body": [.assign(body: "x", note: "x"), .decide(body: "x", decision: "x")].contains(action),
                 "needs_due": action.name == "agree", "needs_outcome": action.name == "refer", "needs_performed": action.name == "follow_up",
                 "text_label": views.t("dispute_text_\(action.name)", locale)]
            },
            "has_steps": !offered.isEmpty, "has_agreement": d.agreementTerms != nil,
            "outcomes": [MediationOutcome.court, .arbitration, .otherBody].map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale)] },
        ]
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("dispute", titleKey: "dispute_title", titleArgs: [d.number], data: data.merging(["paths": DisputePath.links]) { $1 }, request: request, context: context,
                          status: error?.status ?? .ok)
    }

    /// A printable document: the agreement 人民调解协议书, or the whole case file in its customary order.
    static func document(_ template: String, titleKey: String, _ d: Dispute, service: DisputeService, views: ViewRenderer, request: Request,
                         context: StaffContext) async throws -> Response {
        let locale = context.locale
        let events = try await service.events(of: d)
        func notes(_ action: String) -> [[String: Any]] {
            events.filter { $0.action == action }.map { ["note": $0.note ?? "", "at": TimeLeft.clock(Date(epochSeconds: $0.at))] }
        }
        let data: [String: Any] = [
            "d": try await fields(d, service: service, views: views, locale: locale),
            "sessions": notes("session"), "follow_ups": notes("follow_up"), "confirmations": notes("request_confirmation"),
            "escalations": notes("escalate"), "decisions": notes("decide"), "assignments": notes("assign"),
            "has_agreement": d.agreementTerms != nil,
        ]
        return views.page(template, titleKey: titleKey, titleArgs: [d.number], data: data.merging(["paths": DisputePath.links]) { $1 }, request: request, context: context)
    }

    static func figures(_ request: Request, _ context: StaffContext, service: DisputeService, views: ViewRenderer) async throws -> Response {
        let query = request.uri.queryParameters
        func day(_ name: String) -> Day? { query.get(name).flatMap { Day($0) } }
        let figures = try await service.figures(by: context, from: day("from"), to: day("to"))
        return try views.page("dispute_figures", titleKey: "dispute_figures_title",
                              model: DisputeFiguresPage(figures, types: try await service.types(), views: views, locale: context.locale), request: request, context: context)
    }
}
