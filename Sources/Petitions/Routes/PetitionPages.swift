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
            try form(values: [:], error: nil, request: request, context: context, views: views)
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
                return try PetitionPages.form(values: fields.reduce(into: [:]) { $0[$1] = form[$1] }, error: error, request: request, context: context, views: views)
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
        let model = PetitionListPage(items, total: total, tab: tab, channel: channel, rate: rate,
                                     pager: paging.pagerLinks(keeping: [("tab", tab.rawValue), ("channel", channel?.rawValue)], total: total),
                                     viewer: context.staff, now: now, views: views, locale: locale)
        return try views.page("petitions", titleKey: "petition_list_title", model: model, request: request, context: context)
    }

    static func form(values: [String: String], error: AppError?, request: Request, context: StaffContext, views: ViewRenderer) throws -> Response {
        let model = PetitionFormPage(values: values, viewer: context.staff, error: error, views: views, locale: context.locale)
        return try views.page("petition_form", titleKey: "petition_new_title", model: model, request: request, context: context, status: error?.status ?? .ok)
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
        let model = PetitionPage(p, workOrderUrl: workOrderURL, offered: offered, backlog: try await CaseworkPages.section(p, casework: casework, context: context, views: views),
                                 events: events,
                                 notices: views.noticeRows(notices, locale: locale) { PetitionClock.Rule(rawValue: $0).map { views.t($0.labelKey, locale) } },
                                 error: error, now: now, views: views, locale: locale)
        return try views.page("petition", titleKey: "petition_title", titleArgs: [p.number], model: model, request: request, context: context,
                              status: error?.status ?? .ok)
    }
}
