import Kernel

/// What the registry context serves, built once by the app.
public struct RegistryServices: Sendable {
    public let residents: ResidentService
    public let organisations: OrganisationService
    public let permits: PermitService
    public let houses: HouseService
    public let households: HouseholdService
    public let lists: RegistryLists
    /// Imports started from pages, on this process's import threads.
    public let imports: ImportJobs
    public let views: ViewRenderer

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, views: ViewRenderer) {
        residents = ResidentService(database: database, clock: clock, units: units)
        organisations = OrganisationService(database: database, clock: clock, units: units)
        permits = PermitService(database: database, clock: clock)
        houses = HouseService(database: database, clock: clock, units: units)
        households = HouseholdService(database: database, clock: clock, units: units)
        lists = RegistryLists(database: database, clock: clock, strings: views.strings)
        imports = ImportJobs(database: database, clock: clock, units: units, strings: views.strings)
        self.views = views
    }
}

public enum RegistryRoutes {
    public static func register(on routes: SecureRoutes, services: RegistryServices) {
        let views = services.views
        ResidentAPI.register(on: routes, service: services.residents)
        ResidentPages.register(on: routes, service: services.residents, views: views)
        ResidentEditPages.register(on: routes, service: services.residents, views: views)
        OrganisationAPI.register(on: routes, service: services.organisations)
        OrganisationPages.register(on: routes, service: services.organisations, views: views)
        RegistryListPages.register(on: routes, lists: services.lists, views: views)
        PermitAPI.register(on: routes, service: services.permits)
        HouseAPI.register(on: routes, service: services.houses)
        HouseholdAPI.register(on: routes, service: services.households)
        ImportPages.register(on: routes, jobs: services.imports, views: views)
    }
}
