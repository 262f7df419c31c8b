import Foundation
import Hummingbird
import Kernel
import Logging

/// Builds the HTTP application around the services.
public enum CivicGridServer {
    /// `supervise` runs the deadline sweeper beside the server (`serve`); tests and benches that
    /// set their own clocks leave it out and sweep when they choose.
    public static func application(_ config: AppConfig, services: AppServices, logger: Logger, supervise: Bool = false,
                                   onRunning: @escaping @Sendable () async -> Void = {}) -> some ApplicationProtocol {
        AppMetrics.bootstrap()
        let (router, _) = AppRouter.build(services)
        return Application(
            router: router,
            configuration: .init(address: .hostname(config.hostname, port: config.port), serverName: "CivicGrid"),
            services: supervise ? [services.sweeper] : [],
            onServerRunning: { _ in await onRunning() },
            logger: logger
        )
    }
}
