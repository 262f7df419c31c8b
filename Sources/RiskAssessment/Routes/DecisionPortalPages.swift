import Foundation
import Hummingbird
import Kernel

/// The portal's decision pages, no account: decisions in public participation with their comment
/// form, and the published answers to every comment.
enum DecisionPortalPages {
    static func register(on routes: SecureRoutes, services: RiskAssessmentServices) {
        let service = services.decisions, views = services.views
        routes.open(.get, DecisionPath.portalList.path) { request, context in
            let items = try await service.publicList(limit: 50)
            let locale = context.locale
            let data: [String: Any] = [
                "decisions": items.map { d -> [String: Any] in
                    ["url": DecisionPath.portal(d.id).path, "number": d.number, "title": d.title, "kind": views.t(d.kind.labelKey, locale),
                     "comments_end": d.commentsEndAt.map(TimeLeft.clock) ?? ""]
                },
            ]
            return views.page("portal_decisions", titleKey: "decision_portal_title", data: data, request: request, context: context)
        }
        routes.open(.get, DecisionPath.pattern(DecisionPath.portal)) { request, context in
            let d = try await service.publicDecision(try context.parameters.require("decision"))
            return try await page(d, error: nil, sent: request.uri.queryParameters.get("sent") == "1", values: [:], services: services,
                                  request: request, context: context)
        }
        routes.open(.post, DecisionPath.pattern(DecisionPath.portalComments)) { request, context in
            let d = try await service.publicDecision(try context.parameters.require("decision"))
            let form = try await context.anonymousForm(request)
            do {
                _ = try await service.comment(on: d, author: form["author"] ?? "", body: form["body"] ?? "", limiter: services.limiter, from: context.clientAddress)
                return Response.redirect(to: DecisionPath.portal(d.id).path + "?sent=1", type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict, .tooManyRequests].contains(error.status) {
                let values = ["author": String((form["author"] ?? "").prefix(50)), "body": String((form["body"] ?? "").prefix(4_000))]
                return try await page(d, error: error, sent: false, values: values, services: services, request: request, context: context)
            }
        }
    }

    static func page(_ d: Decision, error: AppError?, sent: Bool, values: [String: String], services: RiskAssessmentServices, request: Request,
                     context: AppRequestContext) async throws -> Response {
        let views = services.views, locale = context.locale, now = services.clock.now()
        let comments = try await services.decisions.comments(of: d)
        let hearings = try await services.decisions.sessions(of: d).filter { $0.kind == .hearing }
        var data: [String: Any] = [
            "d": ["number": d.number, "title": d.title, "summary": d.summary, "kind": views.t(d.kind.labelKey, locale),
                  "stage": views.t(d.stage.labelKey, locale), "comments_end": d.commentsEndAt.map(TimeLeft.clock) ?? "",
                  "comment_url": DecisionPath.portalComments(d.id).path] as [String: Any],
            "open": d.stage == .participation && (d.commentsEndAt.map { now <= $0 } ?? false),
            "comments": comments.map { c -> [String: Any] in
                ["author": c.author == "—" ? c.author : MaskedName.of(c.author), "body": c.body, "at": TimeLeft.clock(c.createdAt), "answer": c.answer ?? ""]
            },
            "hearings": hearings.map { h -> [String: Any] in
                ["held_on": h.heldOn.description, "place": h.place, "participants": h.participants, "summary": h.summary ?? ""]
            },
            "has_hearings": !hearings.isEmpty, "sent": sent, "author": values["author"] ?? "", "body": values["body"] ?? "",
        ]
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.anonymousFormPage("portal_decision", titleKey: "decision_portal_title", data: data, request: request, context: context,
                                       status: error?.status ?? .ok)
    }
}
