import Accounts
import Foundation
import Grids
import Hummingbird
import Kernel
import Metrics
import NIOCore
import Petitions
import Prometheus
import Registry

/// Health, metrics, static files, the front door and the workbench.
enum SystemRoutes {
    static let staticFiles: [String: (type: String, body: ByteBuffer)] = {
        var files: [String: (String, ByteBuffer)] = [:]
        let directory = KernelResources.directory.appendingPathComponent("static")
        for (name, type) in [("app.css", "text/css; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8")] {
            if let data = try? Data(contentsOf: directory.appendingPathComponent(name)) {
                files[name] = (type, ByteBuffer(bytes: data))
            }
        }
        return files
    }()

    static func register(on routes: SecureRoutes, services: AppServices) {
        routes.open(.get, "/api/v1/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(bytes: services.apiDocument.json)))
        }
        routes.open(.get, "/healthz") { _, _ in
            let healthy = await services.database.isHealthy()
            return try Response.json(["status": healthy ? "ok" : "unavailable"], status: healthy ? .ok : .serviceUnavailable)
        }
        routes.open(.get, "/metrics") { request, context in
            // Request counts by route are for the operators' Prometheus, not for the public.
            if let token = services.transport.metricsToken {
                guard let header = request.headers[.authorization], Secrets.equal(header, "Bearer \(token)") else { throw AppError.notFound }
            } else if !context.isLocalCaller {
                throw AppError.notFound
            }
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(bytes: AppMetrics.registry.emitToBuffer())))
        }
        routes.open(.get, "/static/{file}") { _, context in
            guard let file = staticFiles[try context.parameters.require("file")] else { throw AppError.notFound }
            return Response(status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: file.body))
        }
        routes.open(.get, "/") { _, context in
            Response.redirect(context.staff == nil ? AccountPath.login.path : HomePage.path)
        }
        routes.get(HomePage.path, .signedIn) { request, context in
            let unit = try await services.grids.unit(context.staff.unitCode)
            let locale = context.locale
            let views = services.views
            let today = Day(date: services.clock.now())
            let calendar = services.calendar
            let dayNote = calendar.isWorkingDay(today)
                ? views.t("home_working_day", locale, [today.description])
                : views.t("home_rest_day", locale, [today.description, calendar.holidayName(today) ?? views.t("home_weekend", locale)])
            // The petition response rate, on the dashboard of everyone who may see petitions: hard to ignore.
            var rate: HomePage.Rate?
            if context.staff.can(.viewPetitions) {
                let figures = try await services.petitions.petitions.responseRate(by: context)
                let online = figures.byChannel.first { $0.key == PetitionChannel.online.rawValue }
                rate = HomePage.Rate(overall: figures.overall.percent(), online: online?.percent() ?? "—",
                                     low: (online?.rate ?? 1) < 0.8 || (figures.overall.rate ?? 1) < 0.8)
            }
            // Registration conflicts are the only notice of a number registered where its registrar cannot see.
            var conflicts = ""
            if context.staff.can(.viewResidents) {
                let total = try await services.residents.conflicts(by: context, paging: Paging(limit: 1, offset: 0)).total
                if total > 0 { conflicts = views.t("home_conflicts", locale, [String(total)]) }
            }
            // Warnings in force over the viewer's area, at the top of the page.
            let banners = try await services.safety.warnings.banners(for: context.staff.unitCode)
            let model = HomePage(conflicts: conflicts, banners: views.bannerRows(banners, locale: locale), petitionRate: rate, hasPetitionRate: rate != nil,
                                 unitName: unit?.name ?? context.staff.unitCode, unitCode: context.staff.unitCode,
                                 role: views.t(context.staff.role.labelKey, locale), position: context.staff.position.map { views.t($0.labelKey, locale) } ?? "",
                                 dayNote: dayNote, canManageStaff: context.staff.can(.manageStaff), canViewAudit: context.staff.can(.viewAudit),
                                 unitUrl: GridPath.unit(context.staff.unitCode).path)
            return try views.page("home", titleKey: "home_title", model: model, request: request, context: context)
        }
    }
}

/// `home.mustache`: the signed-in dashboard.
struct HomePage: PageModel {
    struct Rate: Encodable, Sendable { let overall: String, online: String, low: Bool }
    let conflicts: String
    let banners: [BannerRow]
    let petitionRate: Rate?
    let hasPetitionRate: Bool
    let unitName: String, unitCode: String, role: String, position: String, dayNote: String
    let canManageStaff: Bool, canViewAudit: Bool
    let unitUrl: String
    let conflictsUrl = RegistryPath.conflicts.path, petitionsUrl = PetitionPath.list.path, staffUrl = AccountPath.staff.path, auditUrl = AccountPath.audit.path
    static let path = "/home"
}

/// One Prometheus registry per process, bootstrapped once (swift-metrics allows one bootstrap).
public enum AppMetrics {
    public static let registry = PrometheusCollectorRegistry()

    private static let bootstrapped: Bool = {
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return true
    }()

    public static func bootstrap() {
        _ = bootstrapped
    }
}
