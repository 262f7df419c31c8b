import Accounts
import Caseloads
import Disputes
import Foundation
import Grids
import Hummingbird
import Kernel
import Participation
import Petitions
import Registry
import RiskAssessment
import Safety
import WorkOrders

/// Assembles the router: middleware order, then every context's routes. Only registers: the
/// services are built once, in AppServices.
public enum AppRouter {
    public static func build(_ services: AppServices) -> (router: Router<AppRequestContext>, table: RouteTable) {
        AppMetrics.bootstrap()
        let router = Router(context: AppRequestContext.self)
        router.addMiddleware {
            TransportMiddleware(options: services.transport)
            MetricsMiddleware()
            SecurityHeadersMiddleware()
            SessionMiddleware(database: services.database, clock: services.clock, cache: services.accounts.sessionCache)
            PastCapsMiddleware(caps: PastCaps())
            ErrorMiddleware(views: services.views)
        }
        let table = RouteTable()
        let routes = SecureRoutes(router: router, table: table)
        SystemRoutes.register(on: routes, services: services)
        AccountRoutes.register(on: routes, service: services.accounts, views: services.views)
        GridRoutes.register(on: routes, services: services.gridServices)
        RegistryRoutes.register(on: routes, services: services.registry)
        WorkOrderRoutes.register(on: routes, services: services.workOrders)
        PetitionRoutes.register(on: routes, services: services.petitions)
        DisputeRoutes.register(on: routes, services: services.disputes)
        RiskAssessmentRoutes.register(on: routes, services: services.decisions)
        SafetyRoutes.register(on: routes, services: services.safety)
        ParticipationRoutes.register(on: routes, services: services.participation)
        CaseloadRoutes.register(on: routes, services: services.caseloads)
        return (router, table)
    }
}
