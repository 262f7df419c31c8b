import Foundation
import Hummingbird
import Kernel

/// One organisation's page: who it is and whom it employs (masked, as in every list).
public enum OrganisationPages {
    public static func register(on routes: SecureRoutes, service: OrganisationService, views: ViewRenderer) {
        routes.get(RegistryPath.pattern(RegistryPath.organisation, "organisation"), .permitted(.viewResidents)) { request, context in
            let paging = try Paging(page: request)
            let organisation = try await service.visible(try context.parameters.require("organisation"), by: context)
            let (employees, total) = try await service.employees(of: organisation, by: context, paging: paging)
            let model = OrganisationPage(organisation, employees: employees, total: total, pager: paging.pagerLinks(keeping: [], total: total), scope: context.scope,
                                         views: views, locale: context.locale)
            return try views.page("organisation", titleKey: "organisation_title", titleArgs: [organisation.name], model: model, request: request, context: context)
        }
    }
}
