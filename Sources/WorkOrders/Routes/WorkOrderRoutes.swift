import Kernel

/// What the work-order context serves, built once by the app.
public struct WorkOrderServices: Sendable {
    public let orders: WorkOrderService
    public let open311: Open311Clients
    public let clock: any AppClock
    public let views: ViewRenderer
    /// Warnings in force, shown at the top of the portal.
    public let banners: (any ActiveBanners)?

    public init(database: Database, clock: any AppClock, calendar: WorkCalendar, units: any UnitDirectory, locator: any GridLocator,
                limits: PublicLimits, views: ViewRenderer, banners: (any ActiveBanners)? = nil) {
        orders = WorkOrderService(database: database, clock: clock, calendar: calendar, units: units, locator: locator, limits: limits)
        open311 = Open311Clients(database: database)
        self.clock = clock
        self.views = views
        self.banners = banners
    }
}

public enum WorkOrderRoutes {
    public static func register(on routes: SecureRoutes, services: WorkOrderServices) {
        let service = services.orders, clock = services.clock, views = services.views
        WorkOrderAPI.register(on: routes, service: service, clock: clock, views: views)
        WorkOrderPages.register(on: routes, service: service, clock: clock, views: views)
        PortalPages.register(on: routes, service: service, clock: clock, views: views, banners: services.banners)
        Open311API.register(on: routes, service: service, clients: services.open311, clock: clock, views: views)
    }
}
