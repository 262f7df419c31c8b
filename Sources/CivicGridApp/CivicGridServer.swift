import Foundation
import Hummingbird
import Kernel
import Logging

/// Builds the HTTP application around the services.
public enum CivicGridServer {
    public static func application(_ config: AppConfig, services: AppServices, logger: Logger,
                                   onRunning: @escaping @Sendable () async -> Void = {}) -> some ApplicationProtocol {
        AppMetrics.bootstrap()
        let (router, _) = AppRouter.build(services)
        return Application(
            router: router,
            configuration: .init(address: .hostname(config.hostname, port: config.port), serverName: "CivicGrid"),
            onServerRunning: { _ in await onRunning() },
            logger: logger
        )
    }
}
