import Accounts
import Disputes
import Foundation
import Grids
import Hummingbird
import Kernel
import Petitions
import Registry
import WorkOrders

/// Assembles the router: middleware order, then every context's routes.
public enum AppRouter {
    public static func build(_ services: AppServices) -> (router: Router<AppRequestContext>, table: RouteTable) {
        AppMetrics.bootstrap()
        let router = Router(context: AppRequestContext.self)
        router.addMiddleware {
            TransportMiddleware(options: services.transport)
            MetricsMiddleware()
            SecurityHeadersMiddleware()
            SessionMiddleware(database: services.database, clock: services.clock, cache: services.accounts.sessionCache)
            ErrorMiddleware(views: services.views)
        }
        let table = RouteTable()
        let counts = CountCache(clock: services.clock)
        let routes = SecureRoutes(router: router, table: table)
        SystemRoutes.register(on: routes, services: services)
        SignInRoutes.register(on: routes, service: services.accounts, views: services.views)
        StaffAdminPages.register(on: routes, service: services.accounts, views: services.views)
        AuditPages.register(on: routes, database: services.database, clock: services.clock, views: services.views)
        GridPages.register(on: routes, service: services.grids, views: services.views,
                           figures: [ResidentFigures(database: services.database, strings: services.views.strings, cache: counts),
                                     RegistryFigures(database: services.database, clock: services.clock, strings: services.views.strings, cache: counts)],
                           households: RegistryHouseholdCounts(database: services.database))
        GridAdminPages.register(on: routes, service: services.grids, views: services.views)
        GridAPI.register(on: routes, service: services.grids)
        ResidentAPI.register(on: routes, service: services.residents)
        ResidentPages.register(on: routes, service: services.residents, views: services.views)
        ResidentEditPages.register(on: routes, service: services.residents, views: services.views)
        OrganisationAPI.register(on: routes, service: services.organisations)
        OrganisationPages.register(on: routes, service: services.organisations, views: services.views)
        RegistryListPages.register(on: routes, lists: RegistryLists(database: services.database, clock: services.clock, strings: services.views.strings),
                                   views: services.views)
        PermitAPI.register(on: routes, service: PermitService(database: services.database, clock: services.clock))
        HouseAPI.register(on: routes, service: HouseService(database: services.database, clock: services.clock, units: services.grids))
        HouseholdAPI.register(on: routes, service: HouseholdService(database: services.database, clock: services.clock, units: services.grids))
        let workOrders = WorkOrderService(database: services.database, clock: services.clock, calendar: services.calendar,
                                          units: services.grids, locator: services.grids, limits: services.publicLimits)
        let supervision = Supervision(database: services.database, clock: services.clock)
        WorkOrderAPI.register(on: routes, service: workOrders, supervision: supervision, clock: services.clock, views: services.views)
        WorkOrderPages.register(on: routes, service: workOrders, supervision: supervision, clock: services.clock, views: services.views)
        PortalPages.register(on: routes, service: workOrders, clock: services.clock, views: services.views)
        Open311API.register(on: routes, service: workOrders, clients: Open311Clients(database: services.database), clock: services.clock,
                            views: services.views)
        let petitions = PetitionService(database: services.database, clock: services.clock, units: services.grids,
                                        records: RegistryRecords(database: services.database), limits: services.publicLimits)
        PetitionAPI.register(on: routes, service: petitions, workOrders: workOrders, clock: services.clock)
        let casework = Casework(database: services.database, clock: services.clock, petitions: petitions)
        PetitionPages.register(on: routes, service: petitions, casework: casework, clock: services.clock, views: services.views)
        CaseworkPages.register(on: routes, service: petitions, casework: casework, clock: services.clock, views: services.views)
        HandoverPages.register(on: routes, service: petitions, workOrders: workOrders, views: services.views)
        CaseworkAPI.register(on: routes, casework: casework, petitions: petitions)
        PetitionPortalPages.register(on: routes, service: petitions, casework: casework, clock: services.clock, views: services.views)
        let disputes = DisputeService(database: services.database, clock: services.clock, units: services.grids,
                                      records: RegistryRecords(database: services.database))
        DisputeAPI.register(on: routes, service: disputes, clock: services.clock)
        DisputePages.register(on: routes, service: disputes, clock: services.clock, views: services.views)
        let screening = Screening(database: services.database, clock: services.clock, units: services.grids)
        ScreeningAPI.register(on: routes, screening: screening)
        ScreeningPages.register(on: routes, screening: screening, views: services.views)
        ImportPages.register(on: routes, jobs: services.imports, views: services.views)
        return (router, table)
    }
}
