import Kernel

/// What the disputes context serves, built once by the app.
public struct DisputeServices: Sendable {
    public let disputes: DisputeService
    public let screening: Screening
    public let clock: any AppClock
    public let views: ViewRenderer

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, records: (any RecordDirectory)?, views: ViewRenderer) {
        disputes = DisputeService(database: database, clock: clock, units: units, records: records)
        screening = Screening(database: database, clock: clock, units: units)
        self.clock = clock
        self.views = views
    }
}

public enum DisputeRoutes {
    public static func register(on routes: SecureRoutes, services: DisputeServices) {
        DisputeAPI.register(on: routes, service: services.disputes, clock: services.clock)
        DisputePages.register(on: routes, service: services.disputes, clock: services.clock, views: services.views)
        ScreeningAPI.register(on: routes, screening: services.screening)
        ScreeningPages.register(on: routes, screening: services.screening, views: services.views)
    }
}
