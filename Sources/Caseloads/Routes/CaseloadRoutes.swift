import Foundation
import Hummingbird
import Kernel

/// What the caseload context serves, built once by the app.
public struct CaseloadServices: Sendable {
    public let caseloads: CaseloadService
    public let clock: any AppClock
    public let views: ViewRenderer

    public init(database: Database, clock: any AppClock, people: any PersonDirectory, views: ViewRenderer) {
        caseloads = CaseloadService(database: database, clock: clock, people: people)
        self.clock = clock
        self.views = views
    }
}

public enum CaseloadRoutes {
    public static func register(on routes: SecureRoutes, services: CaseloadServices) {
        CaseloadAPI.register(on: routes, service: services.caseloads)
        CaseloadPages.register(on: routes, services: services)
    }
}
