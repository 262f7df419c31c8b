import Kernel

/// What the grids context serves, built once by the app. Figures and household counts come from
/// the registry through Kernel protocols: the jurisdiction pages show them without knowing it.
public struct GridServices: Sendable {
    public let grids: GridService
    public let views: ViewRenderer
    let figures: [any UnitFigures]
    let households: (any HouseholdCounts)?

    public init(grids: GridService, views: ViewRenderer, figures: [any UnitFigures] = [], households: (any HouseholdCounts)? = nil) {
        self.grids = grids
        self.views = views
        self.figures = figures
        self.households = households
    }
}

public enum GridRoutes {
    public static func register(on routes: SecureRoutes, services: GridServices) {
        GridPages.register(on: routes, service: services.grids, views: services.views, figures: services.figures, households: services.households)
        GridAdminPages.register(on: routes, service: services.grids, views: services.views)
        GridAPI.register(on: routes, service: services.grids)
    }
}
