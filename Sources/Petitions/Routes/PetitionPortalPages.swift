import Foundation
import Hummingbird
import Kernel

/// The portal's petition page, no account: the published response rate (online on its own),
/// the leaders' reception days, and tracking a petition by its receipt number and phone.
public enum PetitionPortalPages {
    public static func register(on routes: SecureRoutes, service: PetitionService, casework: Casework, clock: any AppClock, views: ViewRenderer) {
        routes.open(.get, "/portal/petitions") { request, context in
            try await page(nil, error: nil, number: "", service: service, casework: casework, clock: clock, views: views, request: request, context: context)
        }
        routes.open(.post, "/portal/petitions") { request, context in
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
        let locale = context.locale, now = clock.now()
        let rate = try await service.publishedResponseRate()
        var data: [String: Any] = [
            "number": number,
            "rate_overall": rate.overall.percent(),
            "rates": rate.byChannel.map { f -> [String: Any] in
                ["label": PetitionChannel(rawValue: f.key).map { views.t($0.labelKey, locale) } ?? f.key, "rate": f.percent(),
                 "counts": "\(f.onTime)/\(f.due)", "online": f.key == PetitionChannel.online.rawValue]
            },
            "rota": try await casework.rota(by: nil).map { r -> [String: Any] in
                ["day": r.day.description, "hours": r.hours, "leader": "\(r.leaderTitle) \(r.leaderName)", "place": r.place]
            },
        ]
        if let petition {
            let events = try await service.events(of: petition).map { e -> [String: Any] in
                ["action": views.t("petition_step_\(e.action)", locale), "note": e.note ?? "", "at": TimeLeft.clock(Date(epochSeconds: e.at))]
            }
            data["p"] = [
                "number": petition.number, "status": views.t(petition.status.labelKey, locale), "body": petition.responsibleBody,
                "received": TimeLeft.clock(petition.receivedAt), "due_at": petition.dueAt.map(TimeLeft.clock) ?? "—",
                "due": TimeLeft.text(petition.dueAt.map { Int($0.timeIntervalSince(now)) }, views: views, locale: locale),
                "rule": petition.dueRule.map { views.t($0.labelKey, locale) } ?? "", "events": events,
            ] as [String: Any]
        }
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.anonymousFormPage("portal_petitions", titleKey: "portal_petitions_title", data: data, request: request, context: context,
                                       status: error?.status ?? .ok)
    }
}
