import Foundation
import Hummingbird
import Kernel

/// `participation.mustache`: one entry to the participation pages (基层协商), each with what it
/// is for, instead of eight links in the top navigation.
struct ParticipationHubPage: PageModel {
    struct Entry: Encodable, Sendable { let url: String, label: String, help: String, id: String }
    let entries: [Entry]
    let portal: [Entry]

    init(viewer: Staff, views: ViewRenderer, locale: AppLocale) {
        let staff: [(String, String, Permission)] = [
            (ParticipationPath.proposals.path, "proposals", .viewJurisdiction), (BallotPath.list.path, "ballots", .viewJurisdiction),
            (ParticipationPath.council.path, "council", .viewJurisdiction), (ParticipationPath.projects.path, "projects", .viewJurisdiction),
            (ParticipationPath.commitments.path, "commitments", .viewJurisdiction), (ParticipationPath.agreements.path, "agreements", .viewJurisdiction),
            (ParticipationPath.points.path, "points", .viewResidents), (ParticipationPath.stars.path, "stars", .viewResidents),
        ]
        entries = staff.filter { viewer.can($0.2) }.map {
            Entry(url: $0.0, label: views.t("nav_\($0.1)", locale), help: views.t("participation_help_\($0.1)", locale), id: "hub-\($0.1)")
        }
        let open: [(String, String)] = [
            (ParticipationPath.portalProposals.path, "proposals"), (BallotPath.portalList.path, "ballots"), (ParticipationPath.portalProjects.path, "projects"),
            (ParticipationPath.portalCommitments.path, "commitments"), (ParticipationPath.portalAgreements.path, "agreements"),
            (ParticipationPath.portalStars.path, "stars"), (ParticipationPath.portalPoints.path, "points"),
        ]
        portal = open.map { Entry(url: $0.0, label: views.t("nav_\($0.1)", locale), help: "", id: "portal-\($0.1)") }
    }

    static func register(on routes: SecureRoutes, services: ParticipationServices) {
        routes.get(ParticipationPath.hub.path, .permitted(.viewJurisdiction)) { request, context in
            try services.views.page("participation", titleKey: "participation_title",
                                    model: ParticipationHubPage(viewer: context.staff, views: services.views, locale: context.locale), request: request, context: context)
        }
    }
}
