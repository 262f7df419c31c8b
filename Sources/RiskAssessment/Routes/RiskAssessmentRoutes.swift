import Kernel

/// What the risk-assessment context serves, built once by the app.
public struct RiskAssessmentServices: Sendable {
    public let decisions: DecisionService
    public let limiter: RateLimiter
    public let clock: any AppClock
    public let views: ViewRenderer

    public init(database: Database, clock: any AppClock, calendar: WorkCalendar, units: any UnitDirectory, households: any HouseholdDirectory,
                cases: [any CaseLookup], limits: PublicLimits, views: ViewRenderer) {
        decisions = DecisionService(database: database, clock: clock, calendar: calendar, units: units, households: households, cases: cases)
        limiter = RateLimiter(database: database, clock: clock, limits: limits)
        self.clock = clock
        self.views = views
    }
}

public enum RiskAssessmentRoutes {
    public static func register(on routes: SecureRoutes, services: RiskAssessmentServices) {
        DecisionAPI.register(on: routes, service: services.decisions)
        DecisionPages.register(on: routes, services: services)
        DecisionWorkPages.register(on: routes, services: services)
        DecisionPortalPages.register(on: routes, services: services)
    }
}
