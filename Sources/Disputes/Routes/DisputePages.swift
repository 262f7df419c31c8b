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
    static func form(_ values: [String: String], error: AppError?, service: DisputeService, request: Request, context: StaffContext,
                     views: ViewRenderer) async throws -> Response {
        let model = DisputeFormPage(values, types: try await service.types(), rows: partyRows, viewer: context.staff, error: error, views: views, locale: context.locale)
        return try views.page("dispute_form", titleKey: "dispute_new_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    /// The record every dispute page shows, parties included.
    static func record(_ d: Dispute, service: DisputeService, views: ViewRenderer, locale: AppLocale) async throws -> DisputeRecord {
        DisputeRecord(d, types: try await service.types(), bodies: try await service.bodies(), views: views, locale: locale)
    }

    static func detail(_ d: Dispute, error: AppError?, service: DisputeService, clock: any AppClock, views: ViewRenderer, request: Request,
                       context: StaffContext) async throws -> Response {
        let locale = context.locale
        let events = views.historyRows(try await service.events(of: d), action: { views.t("dispute_step_\($0)", locale) },
                                       status: { DisputeStatus(rawValue: $0).map { views.t($0.labelKey, locale) } ?? $0 })
        let notices = views.noticeRows(try await service.notices(of: d), locale: locale) { DisputeClock.Rule(rawValue: $0).map { views.t($0.labelKey, locale) } }
        let model = DisputePage(try await record(d, service: service, views: views, locale: locale).clocked(d, now: clock.now(), views: views, locale: locale),
                                hasAgreement: d.agreementTerms != nil, offered: DisputeService.offeredSteps(d, to: context.staff), events: events, notices: notices,
                                error: error, views: views, locale: locale)
        return try views.page("dispute", titleKey: "dispute_title", titleArgs: [d.number], model: model, request: request, context: context,
                              status: error?.status ?? .ok)
    }

    /// A printable document: the agreement 人民调解协议书, or the whole case file in its customary order.
    static func document(_ template: String, titleKey: String, _ d: Dispute, service: DisputeService, views: ViewRenderer, request: Request,
                         context: StaffContext) async throws -> Response {
        let model = DisputeDocumentPage(try await record(d, service: service, views: views, locale: context.locale), hasAgreement: d.agreementTerms != nil,
                                        events: try await service.events(of: d))
        return try views.page(template, titleKey: titleKey, titleArgs: [d.number], model: model, request: request, context: context)
    }

    static func figures(_ request: Request, _ context: StaffContext, service: DisputeService, views: ViewRenderer) async throws -> Response {
        let query = request.uri.queryParameters
        func day(_ name: String) -> Day? { query.get(name).flatMap { Day($0) } }
        let figures = try await service.figures(by: context, from: day("from"), to: day("to"))
        return try views.page("dispute_figures", titleKey: "dispute_figures_title",
                              model: DisputeFiguresPage(figures, types: try await service.types(), views: views, locale: context.locale), request: request, context: context)
    }
}
