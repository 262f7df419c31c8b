import Foundation
import Hummingbird
import Kernel

/// The portal's projects (published ledgers, disclosures, evaluations), commitments and the
/// points look-up by phone and card code. Phone first, no account.
enum ParticipationPortalPages {
    static func register(on routes: SecureRoutes, services: ParticipationServices) {
        let views = services.views
        routes.open(.get, ParticipationPath.portalProjects.path) { request, context in
            let items = try await services.projects.publicList(limit: 100)
            return try views.page("portal_projects", titleKey: "project_portal_title", model: PortalProjectsPage(items, views: views, locale: context.locale),
                                  request: request, context: context)
        }
        routes.open(.get, ParticipationPath.pattern(ParticipationPath.portalProject)) { request, context in
            let p = try await services.projects.publicProject(try context.parameters.require("project"))
            return try views.page("portal_project", titleKey: "project_portal_title",
                                  model: PortalProjectPage(try await services.projects.file(p), views: views, locale: context.locale), request: request, context: context)
        }
        routes.open(.get, ParticipationPath.portalCommitments.path) { request, context in
            let today = services.commitments.today
            let year = request.uri.queryParameters.get("year").flatMap { Int($0) }.flatMap { (2000...today.year + 1).contains($0) ? $0 : nil } ?? today.year
            // Fifty a page: a city's year holds thousands, and 200 of them rendered took 60–85 ms.
            let paging = try Paging(page: request), (items, total) = try await services.commitments.publicList(year: year, paging: paging)
            let pager = PagePager(paging, total: total, keeping: [("year", String(year))], views: views, locale: context.locale)
            let model = PortalCommitmentsPage(items, year: year, pager: pager, today: today, settings: try await services.commitments.settings(), views: views,
                                              locale: context.locale)
            return try views.page("portal_commitments", titleKey: "commitment_portal_title", model: model, request: request, context: context)
        }
        routes.open(.get, ParticipationPath.portalProposals.path) { request, context in
            // The street as asked, bounded where it is read (`proposals`), as a form's is.
            return try await proposals(["street": request.uri.queryParameters.get("street") ?? ""], sent: request.uri.queryParameters.get("sent") == "1", error: nil, services: services,
                                       request: request, context: context)
        }
        routes.open(.post, ParticipationPath.portalProposals.path) { request, context in
            let form = try await context.anonymousForm(request, limit: 16 << 10)
            var values: [String: String] = [:]
            for name in ["street", "unit_code", "title", "body", "proposer_name", "proposer_phone"] { values[name] = form[name] }
            do {
                _ = try await services.proposals.submit(unitCode: values["unit_code"] ?? "", title: values["title"] ?? "", body: values["body"] ?? "",
                                                        name: values["proposer_name"] ?? "", phone: values["proposer_phone"] ?? "", from: context.clientAddress)
                return Response.redirect(to: ParticipationPath.portalProposals.path + "?sent=1", type: .normal)
            } catch let error as AppError where [.unprocessableContent, .tooManyRequests].contains(error.status) {
                return try await proposals(values, sent: false, error: error, services: services, request: request, context: context)
            }
        }
        routes.open(.get, ParticipationPath.portalAgreements.path) { request, context in
            let paging = try Paging(page: request), (items, total) = try await services.agreements.publicList(paging: paging)
            let model = PortalAgreementsPage(items, pager: PagePager(paging, total: total, views: views, locale: context.locale), today: services.agreements.today,
                                             views: views, locale: context.locale)
            return try views.page("portal_agreements", titleKey: "pact_portal_title", model: model, request: request, context: context)
        }
        routes.open(.get, ParticipationPath.portalStars.path) { request, context in
            let year = services.agreements.today.year
            let paging = try Paging(page: request), (items, total) = try await services.agreements.stars(by: nil, year: year, paging: paging)
            let model = PortalStarsPage(items, year: year, pager: PagePager(paging, total: total, views: views, locale: context.locale), views: views,
                                        locale: context.locale)
            return try views.page("portal_star_households", titleKey: "star_portal_title", model: model, request: request, context: context)
        }
        routes.open(.get, ParticipationPath.portalPoints.path) { request, context in
            try views.anonymousFormPage("portal_points", titleKey: "points_portal_title", model: PortalPointsPage(nil, error: nil, views: views, locale: context.locale),
                                        request: request, context: context)
        }
        // POST, so the card code stays out of addresses and logs.
        routes.open(.post, ParticipationPath.portalPoints.path) { request, context in
            let form = try await context.anonymousForm(request, limit: 1 << 10)
            do {
                let s = try await services.points.portalStatement(phone: form["phone"] ?? "", code: form["code"] ?? "", from: context.clientAddress)
                return try views.anonymousFormPage("portal_points", titleKey: "points_portal_title", model: PortalPointsPage(s, error: nil, views: views, locale: context.locale),
                                                   request: request, context: context)
            } catch let error as AppError where [.unprocessableContent, .tooManyRequests].contains(error.status) {
                return try views.anonymousFormPage("portal_points", titleKey: "points_portal_title",
                                                   model: PortalPointsPage(nil, error: error, views: views, locale: context.locale), request: request, context: context,
                                                   status: error.status)
            }
        }
    }

    static func proposals(_ values: [String: String], sent: Bool, error: AppError?, services: ParticipationServices, request: Request,
                          context: AppRequestContext) async throws -> Response {
        let choice = try await services.proposals.communityChoice(street: values["street"].flatMap { $0.isEmpty ? nil : String($0.prefix(9)) })
        let model = PortalProposalsPage(try await services.proposals.publicList(street: choice.street, limit: 100), choice: choice, values: values,
                                        sent: sent, error: error, views: services.views, locale: context.locale)
        return try services.views.anonymousFormPage("portal_proposals", titleKey: "proposal_portal_title", model: model, request: request, context: context,
                                                    status: error?.status ?? .ok)
    }
}
