import Foundation
import Hummingbird
import Kernel

/// The portal's petition page, no account: the published response rate (online on its own),
/// the leaders' reception days, and tracking a petition by its receipt number and phone.
public enum PetitionPortalPages {
    public static func register(on routes: SecureRoutes, service: PetitionService, casework: Casework, clock: any AppClock, views: ViewRenderer) {
        routes.open(.get, PetitionPath.portal.path) { request, context in
            try await page(nil, error: nil, number: "", service: service, casework: casework, clock: clock, views: views, request: request, context: context)
        }
        routes.open(.post, PetitionPath.portal.path) { request, context in
            let form = try await context.anonymousForm(request)
            do {
                let petition = try await service.track(reference: form["number"] ?? "", phone: form["phone"] ?? "", from: context.clientAddress)
                return try await page(petition, error: nil, number: petition.number, service: service, casework: casework, clock: clock, views: views,
                                      request: request, context: context)
            } catch let error as AppError where error.status == .unprocessableContent || error.status == .tooManyRequests {
                return try await page(nil, error: error, number: String((form["number"] ?? "").prefix(64)), service: service, casework: casework, clock: clock, views: views,
                                      request: request, context: context)
            }
        }
    }

    static func page(_ petition: Petition?, error: AppError?, number: String, service: PetitionService, casework: Casework, clock: any AppClock,
                     views: ViewRenderer, request: Request, context: AppRequestContext) async throws -> Response {
        var events: [PetitionStore.Event] = []
        if let petition { events = try await service.events(of: petition) }
        let model = PortalPetitionsPage(petition, events: events, rate: try await service.publishedResponseRate(), rota: try await casework.rota(by: nil),
                                        number: number, error: error, views: views, locale: context.locale, now: clock.now())
        return try views.anonymousFormPage("portal_petitions", titleKey: "portal_petitions_title", model: model, request: request, context: context,
                                           status: error?.status ?? .ok)
    }
}

/// `portal_petitions.mustache`: the published response rate by channel, the leaders' reception
/// days, and a tracked petition's status and steps.
struct PortalPetitionsPage: PageModel {
    struct Rate: Encodable, Sendable { let label: String, rate: String, counts: String, online: Bool }
    struct Rota: Encodable, Sendable { let day: String, hours: String, leader: String, place: String }
    struct Step: Encodable, Sendable { let action: String, note: String, at: String }
    struct Tracked: Encodable, Sendable { let number: String, status: String, body: String, received: String, dueAt: String, due: String, rule: String, events: [Step] }
    let number: String, rateOverall: String
    let rates: [Rate]
    let rota: [Rota]
    let p: Tracked?
    let url: String
    let error: String?

    init(_ petition: Petition?, events: [PetitionStore.Event], rate: ResponseRate, rota days: [ReceptionDay], number: String, error: AppError?, views: ViewRenderer,
         locale: AppLocale, now: Date) {
        (self.number, rateOverall) = (number, rate.overall.percent())
        rates = rate.byChannel.map { f in
            Rate(label: PetitionChannel(rawValue: f.key).map { views.t($0.labelKey, locale) } ?? f.key, rate: f.percent(), counts: "\(f.onTime)/\(f.due)",
                 online: f.key == PetitionChannel.online.rawValue)
        }
        rota = days.map { Rota(day: $0.day.description, hours: $0.hours, leader: "\($0.leaderTitle) \($0.leaderName)", place: $0.place) }
        p = petition.map { p in
            Tracked(number: p.number, status: views.t(p.status.labelKey, locale), body: p.responsibleBody, received: TimeLeft.clock(p.receivedAt),
                    dueAt: p.dueAt.map(TimeLeft.clock) ?? "—", due: TimeLeft.text(p.dueAt.map { Int($0.timeIntervalSince(now)) }, views: views, locale: locale),
                    rule: p.dueRule.map { views.t($0.labelKey, locale) } ?? "",
                    events: events.map { Step(action: views.t("petition_step_\($0.action)", locale), note: $0.note ?? "", at: TimeLeft.clock(Date(epochSeconds: $0.at))) })
        }
        url = PetitionPath.portal.path
        self.error = views.message(error, locale)
    }
}
