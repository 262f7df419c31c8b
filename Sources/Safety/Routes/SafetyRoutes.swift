import Kernel

/// What the safety context serves, built once by the app.
public struct SafetyServices: Sendable {
    public let hazards: HazardService
    public let emergencies: EmergencyService
    public let warnings: WarningService
    public let venues: VenueService
    public let clock: any AppClock
    public let views: ViewRenderer

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, records: (any RecordDirectory)?, workOrders: (any CaseLookup)?,
                views: ViewRenderer) {
        hazards = HazardService(database: database, clock: clock, units: units, records: records, workOrders: workOrders)
        emergencies = EmergencyService(database: database, clock: clock, units: units)
        warnings = WarningService(database: database, clock: clock, units: units)
        venues = VenueService(database: database, clock: clock, units: units, records: records)
        self.clock = clock
        self.views = views
    }
}

public enum SafetyRoutes {
    public static func register(on routes: SecureRoutes, services: SafetyServices) {
        SafetyAPI.register(on: routes, services: services)
        VenueAPI.register(on: routes, service: services.venues)
        VenuePages.register(on: routes, services: services)
        AgreementPages.register(on: routes, services: services)
        HazardPages.register(on: routes, services: services)
        EmergencyPages.register(on: routes, services: services)
        WarningPages.register(on: routes, services: services)
    }
}
