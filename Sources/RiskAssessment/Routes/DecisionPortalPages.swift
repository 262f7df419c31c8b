import Foundation
import Hummingbird
import Kernel

/// The portal's decision pages, no account: decisions in public participation with their comment
/// form, and the published answers to the comments a page at a time.
enum DecisionPortalPages {
    static func register(on routes: SecureRoutes, services: RiskAssessmentServices) {
        let service = services.decisions, views = services.views
        routes.open(.get, DecisionPath.portalList.path) { request, context in
            let items = try await service.publicList(limit: 50)
            return try views.page("portal_decisions", titleKey: "decision_portal_title", model: PortalDecisionsPage(items, views: views, locale: context.locale),
                                  request: request, context: context)
        }
        routes.open(.get, DecisionPath.pattern(DecisionPath.portal)) { request, context in
            let d = try await service.publicDecision(try context.parameters.require("decision"))
            return try await page(d, error: nil, sent: request.uri.queryParameters.get("sent") == "1", values: [:], paging: try Paging(page: request),
                                  services: services, request: request, context: context)
        }
        routes.open(.post, DecisionPath.pattern(DecisionPath.portalComments)) { request, context in
            let d = try await service.publicDecision(try context.parameters.require("decision"))
            let form = try await context.anonymousForm(request)
            do {
                _ = try await service.comment(on: d, author: form["author"] ?? "", body: form["body"] ?? "", limiter: services.limiter, from: context.clientAddress)
                return Response.redirect(to: DecisionPath.portal(d.id).path + "?sent=1", type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict, .tooManyRequests].contains(error.status) {
                let values = ["author": String((form["author"] ?? "").prefix(50)), "body": String((form["body"] ?? "").prefix(4_000))]
                return try await page(d, error: error, sent: false, values: values, paging: Paging(limit: 50, offset: 0), services: services,
                                      request: request, context: context)
            }
        }
    }

    /// The decision with a page of its published comments (`page=`, fifty a page, newest first).
    static func page(_ d: Decision, error: AppError?, sent: Bool, values: [String: String], paging: Paging, services: RiskAssessmentServices,
                     request: Request, context: AppRequestContext) async throws -> Response {
        let comments = try await services.decisions.publishedComments(of: d, paging: paging)
        let pager = PagePager(paging, total: comments.total, anchor: "#portal-answers", views: services.views, locale: context.locale)
        let model = PortalDecisionPage(d, comments: comments.items, pager: pager,
                                       sessions: try await services.decisions.sessions(of: d), sent: sent, values: values, error: error,
                                       views: services.views, locale: context.locale, now: services.clock.now())
        return try services.views.anonymousFormPage("portal_decision", titleKey: "decision_portal_title", model: model, request: request, context: context,
                                                    status: error?.status ?? .ok)
    }
}
