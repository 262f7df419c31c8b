import Foundation
import Hummingbird
import Kernel
import WorkOrders

/// The petition office's pages: the register by clock, a new petition, and one petition with
/// its chain of steps and the forms the viewer's role may use now.
public enum PetitionPages {
    enum Tab: String, CaseIterable {
        case owed, overdue, all

        var labelKey: String { "petition_tab_\(rawValue)" }

        func selection(now: Date) -> PetitionStore.Selection {
            switch self {
            case .owed: .owed
            case .overdue: .overdue(now)
            case .all: .all
            }
        }
    }

    static let fields = ["channel", "petitioner_name", "petitioner_phone", "headcount", "matter", "demands", "unit_code", "responsible_body"]

    public static func register(on routes: SecureRoutes, service: PetitionService, casework: Casework, clock: any AppClock, views: ViewRenderer) {
        routes.get(PetitionPath.list.path, .permitted(.viewPetitions)) { request, context in
            try await list(request, context, service: service, clock: clock, views: views)
        }
        routes.get(PetitionPath.new.path, .permitted(.handlePetitions)) { request, context in
            form(values: [:], error: nil, request: request, context: context, views: views)
        }
        routes.post(PetitionPath.list.path, .permitted(.handlePetitions)) { request, context in
            let form = try await context.form(request, limit: 64 << 10)
            do {
                let channel = try parseChoice(form["channel"], PetitionChannel.self, invalidKey: "petition_error_channel") ?? .visit
                let petition = try await service.register(.init(
                    channel: channel, petitionerName: form["petitioner_name"] ?? "", petitionerPhone: form["petitioner_phone"],
                    headcount: Int(form["headcount"]?.trimmed ?? "") ?? 0, matter: form["matter"] ?? "", demands: form["demands"] ?? "",
                    unitCode: form["unit_code"]?.nilIfBlank ?? context.staff.unitCode, responsibleBody: form["responsible_body"] ?? ""
                ), by: context)
                return Response.redirect(to: PetitionPath.petition(petition.id).path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return PetitionPages.form(values: fields.reduce(into: [:]) { $0[$1] = form[$1] }, error: error, request: request, context: context, views: views)
            }
        }
        routes.get(PetitionPath.pattern(PetitionPath.petition), .permitted(.viewPetitions)) { request, context in
            let petition = try await service.find(try context.parameters.require("petition"), by: context)
            return try await detail(petition, error: nil, service: service, casework: casework, clock: clock, views: views, request: request, context: context)
        }
        routes.post(PetitionPath.pattern(PetitionPath.step), .permitted(.viewPetitions)) { request, context in
            let petition = try await service.find(try context.parameters.require("petition"), by: context)
            let form = try await context.form(request, limit: 64 << 10)
            do {
                let action = try PetitionAction.named(form["action"], text: form["text"], days: form["days"].flatMap { Int($0.trimmed) })
                _ = try await service.apply(action, to: petition, by: context)
                return Response.redirect(to: PetitionPath.petition(petition.id).path, type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict, .forbidden].contains(error.status) && error != .csrf {
                return try await detail(petition, error: error, service: service, casework: casework, clock: clock, views: views, request: request, context: context)
            }
        }
    }

    static func list(_ request: Request, _ context: StaffContext, service: PetitionService, clock: any AppClock, views: ViewRenderer) async throws -> Response {
        let query = request.uri.queryParameters
        let tab = query.get("tab").flatMap(Tab.init(rawValue:)) ?? .owed
        let channel = query.get("channel").flatMap(PetitionChannel.init(rawValue:))
        let paging = try Paging(page: request)
        let now = clock.now(), locale = context.locale
        let (items, total) = try await service.list(by: context, tab.selection(now: now), channel: channel, paging: paging)
        let rate = try await service.responseRate(by: context)
        var data: [String: Any] = [
            "tabs": Tab.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale), "active": $0 == tab] },
            "tab": tab.rawValue,
            "channels": PetitionChannel.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale), "selected": $0 == channel] },
            "petitions": items.map { row($0, now: now, views: views, locale: locale) },
            "total": views.t("pager_total", locale, [total > PetitionStore.countCap ? "\(PetitionStore.countCap)+" : String(total)]),
            "can_register": context.staff.can(.handlePetitions), "can_take": context.staff.can(.takePetitions),
            "rate_overall": rate.overall.percent(), "rate_overall_counts": "\(rate.overall.onTime)/\(rate.overall.due)",
            "rates": rate.byChannel.map { f -> [String: Any] in
                ["label": PetitionChannel(rawValue: f.key).map { views.t($0.labelKey, locale) } ?? f.key, "rate": f.percent(),
                 "counts": "\(f.onTime)/\(f.due)", "online": f.key == PetitionChannel.online.rawValue,
                 "low": (f.rate ?? 1) < 0.8]
            },
        ]
        data.merge(paging.pagerLinks(keeping: [("tab", tab.rawValue), ("channel", channel?.rawValue)], total: total)) { $1 }
        return views.page("petitions", titleKey: "petition_list_title", data: data.merging(["paths": PetitionPath.links]) { $1 }, request: request, context: context)
    }

    static func row(_ p: Petition, now: Date, views: ViewRenderer, locale: AppLocale) -> [String: Any] {
        let left = p.dueAt.map { Int($0.timeIntervalSince(now)) }
        return [
            "id": p.id, "url": PetitionPath.petition(p.id).path, "urls": PetitionPath.links(of: p.id), "number": p.number, "matter": String(p.matter.prefix(40)), "petitioner": p.petitionerName,
            "channel": views.t(p.channel.labelKey, locale), "status": views.t(p.status.labelKey, locale), "body": p.responsibleBody,
            "rule": p.dueRule.map { views.t($0.labelKey, locale) } ?? "", "due": TimeLeft.text(left, views: views, locale: locale),
            "overdue": p.status.owesAnswer && (left ?? 1) < 0,
        ]
    }

    static func form(values: [String: String], error: AppError?, request: Request, context: StaffContext, views: ViewRenderer) -> Response {
        let locale = context.locale
        var data: [String: Any] = [
            "channels": PetitionChannel.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale), "selected": $0.rawValue == values["channel"]] },
            "petitioner_name": values["petitioner_name"] ?? "", "petitioner_phone": values["petitioner_phone"] ?? "",
            "headcount": values["headcount"] ?? "1", "matter": values["matter"] ?? "", "demands": values["demands"] ?? "",
            "unit_code": values["unit_code"] ?? context.staff.unitCode, "responsible_body": values["responsible_body"] ?? context.staff.department ?? "",
        ]
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("petition_form", titleKey: "petition_new_title", data: data.merging(["paths": PetitionPath.links]) { $1 }, request: request, context: context,
                          status: error?.status ?? .ok)
    }

    static func detail(_ p: Petition, error: AppError?, service: PetitionService, casework: Casework, clock: any AppClock, views: ViewRenderer, request: Request,
                       context: StaffContext) async throws -> Response {
        let locale = context.locale, now = clock.now(), staff = context.staff
        let events = views.historyRows(try await service.events(of: p), action: { views.t("petition_step_\($0)", locale) },
                                       status: { PetitionStatus(rawValue: $0).map { views.t($0.labelKey, locale) } ?? $0 })
        let notices = try await service.notices(of: p)
        // Offered when the role may take it and the chain stands there; a lapsed window is refused with its date.
        let offered = PetitionService.offeredSteps(p, to: staff)
        let workOrderURL: String = p.workOrderId.map { WorkOrderPath.order($0).path } ?? ""
        var data: [String: Any] = [
            "p": row(p, now: now, views: views, locale: locale).merging([
                "full_matter": p.matter, "tracking_code": p.trackingCode.map(TrackingCode.display) ?? "", "demands": p.demands, "headcount": String(p.headcount), "unit_code": p.unitCode,
                "phone": p.petitionerPhone.map(PhoneNumber.masked) ?? "", "received_at": TimeLeft.clock(p.receivedAt),
                "due_at": p.dueAt.map(TimeLeft.clock) ?? "—", "reply_due_at": p.replyDueAt.map(TimeLeft.clock) ?? "—",
                "extension_days": String(p.extensionDays), "work_order": p.workOrderId ?? "", "work_order_url": workOrderURL,
            ]) { $1 },
            "events": try events.templateValues(),
            "steps": offered.map { action -> [String: Any] in
                ["name": action.name, "label": views.t("petition_step_\(action.name)", locale), "days": action.name == "extend",
                 "max_days": String(PetitionClock.maxExtensionDays - p.extensionDays)]
            },
            "has_steps": !offered.isEmpty,
            "notices": try views.noticeRows(notices, locale: locale) { PetitionClock.Rule(rawValue: $0).map { views.t($0.labelKey, locale) } }.templateValues(),
            "has_notices": !notices.isEmpty, "notices_id": "petition-notices", "history_id": "petition-events",
        ]
        data.merge(try await CaseworkPages.data(p, casework: casework, context: context, views: views)) { $1 }
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("petition", titleKey: "petition_title", titleArgs: [p.number], data: data.merging(["paths": PetitionPath.links]) { $1 }, request: request, context: context,
                          status: error?.status ?? .ok)
    }
}
