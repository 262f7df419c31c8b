import Kernel
import WorkOrders

/// What the petition context serves, built once by the app.
public struct PetitionServices: Sendable {
    public let petitions: PetitionService
    public let casework: Casework
    public let clock: any AppClock
    public let views: ViewRenderer

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, records: (any RecordDirectory)?, limits: PublicLimits,
                workOrders: WorkOrderService, views: ViewRenderer) {
        petitions = PetitionService(database: database, clock: clock, units: units, records: records, limits: limits, workOrders: workOrders)
        casework = Casework(database: database, clock: clock, petitions: petitions)
        self.clock = clock
        self.views = views
    }
}

public enum PetitionRoutes {
    public static func register(on routes: SecureRoutes, services: PetitionServices) {
        let service = services.petitions, casework = services.casework, clock = services.clock, views = services.views
        PetitionAPI.register(on: routes, service: service, clock: clock)
        PetitionPages.register(on: routes, service: service, casework: casework, clock: clock, views: views)
        CaseworkPages.register(on: routes, service: service, casework: casework, clock: clock, views: views)
        HandoverPages.register(on: routes, service: service, views: views)
        CaseworkAPI.register(on: routes, casework: casework, petitions: service)
        PetitionPortalPages.register(on: routes, service: service, casework: casework, clock: clock, views: views)
    }
}
