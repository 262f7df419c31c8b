import Foundation
import Hummingbird
import Kernel

/// The portal's ballots, no account: vote with the code on the household's slip while a ballot
/// is open; the results once it closes. Phone first.
enum BallotPortalPages {
    static func register(on routes: SecureRoutes, services: ParticipationServices) {
        let service = services.ballots, views = services.views
        routes.open(.get, BallotPath.portalList.path) { request, context in
            let items = try await service.publicList(limit: 50)
            return try views.page("portal_ballots", titleKey: "ballot_portal_title",
                                  model: PortalBallotsPage(items, views: views, locale: context.locale, now: services.clock.now()), request: request, context: context)
        }
        routes.open(.get, BallotPath.pattern(BallotPath.portal)) { request, context in
            let b = try await service.publicBallot(try context.parameters.require("ballot"))
            return try await page(b, error: nil, voted: request.uri.queryParameters.get("voted") == "1", services: services, request: request, context: context)
        }
        routes.open(.post, BallotPath.pattern(BallotPath.portalVote)) { request, context in
            let b = try await service.publicBallot(try context.parameters.require("ballot"))
            let form = try await context.anonymousForm(request, limit: 4 << 10)
            do {
                try await service.portalVote(ballot: b.id, code: form["code"] ?? "", option: form["option"] ?? "", from: context.clientAddress)
                return Response.redirect(to: BallotPath.portal(b.id).path + "?voted=1", type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict, .tooManyRequests].contains(error.status) {
                return try await page(b, error: error, voted: false, services: services, request: request, context: context)
            }
        }
    }

    static func page(_ b: Ballot, error: AppError?, voted: Bool, services: ParticipationServices, request: Request, context: AppRequestContext) async throws -> Response {
        let now = services.clock.now()
        // Results are published when the ballot closes, not while households are still voting: not even counted before.
        let tally = b.phase(at: now) == .closed ? try await services.ballots.tally(b) : nil
        let model = PortalBallotPage(b, tally: tally, voted: voted, error: error, views: services.views, locale: context.locale, now: now)
        return try services.views.anonymousFormPage("portal_ballot", titleKey: "ballot_portal_title", model: model, request: request, context: context,
                                                    status: error?.status ?? .ok)
    }
}
