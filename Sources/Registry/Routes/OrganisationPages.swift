import Foundation
import Hummingbird
import Kernel

/// One organisation's page: who it is and whom it employs (masked, as in every list).
public enum OrganisationPages {
    public static func register(on routes: SecureRoutes, service: OrganisationService, views: ViewRenderer) {
        routes.get("/organisations/{organisation}", .permitted(.viewResidents)) { request, context in
            let organisation = try await service.visible(try context.parameters.require("organisation"), by: context)
            let locale = context.locale
            let employees = try await service.employees(of: organisation, by: context).map { e -> [String: Any] in
                ["resident_id": e.residentId, "name": e.name, "id_number": CitizenID.mask(e.idNumber), "position": e.position,
                 "since_on": e.sinceOn, "until_on": e.untilOn ?? "", "visible": context.scope.contains(e.gridCode)]
            }
            return views.page("organisation", titleKey: "organisation_title", titleArgs: [organisation.name], data: [
                "o": [
                    "name": organisation.name, "credit_code": organisation.creditCode, "kind": views.t(organisation.kind.labelKey, locale),
                    "legal_representative": organisation.legalRepresentative, "address": organisation.address, "grid_code": organisation.gridCode,
                ],
                "employees": employees, "has_employees": !employees.isEmpty,
            ], request: request, context: context)
        }
    }
}
