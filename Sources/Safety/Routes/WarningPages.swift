import Foundation
import Hummingbird
import Kernel

/// Warnings: those touching the viewer's area, the form to issue one and the button to lift it.
enum WarningPages {
    static func register(on routes: SecureRoutes, services: SafetyServices) {
        let service = services.warnings
        routes.get(SafetyPath.warnings.path, .permitted(.viewSafety)) { request, context in
            try await page([:], error: nil, services: services, request: request, context: context)
        }
        routes.post(SafetyPath.warnings.path, .permitted(.issueWarnings)) { request, context in
            let form = try await context.form(request, limit: 16 << 10)
            var values: [String: String] = [:]
            for name in ["level", "kind", "title", "message", "units", "starts_at", "ends_at"] { values[name] = form[name] }
            do {
                guard let ends = EmergencyPages.localTime(values["ends_at"]) else { throw AppError.invalid("warning_error_times") }
                _ = try await service.issue(level: Int(values["level"] ?? "") ?? 0, kind: values["kind"] ?? "", title: values["title"] ?? "",
                                            message: values["message"] ?? "",
                                            units: (values["units"] ?? "").split(whereSeparator: { " ,，、\n\r".contains($0) }).map(String.init),
                                            startsAt: EmergencyPages.localTime(values["starts_at"]), endsAt: ends, by: context)
                return Response.redirect(to: SafetyPath.warnings.path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await page(values, error: error, services: services, request: request, context: context)
            }
        }
        routes.post(SafetyPath.pattern(SafetyPath.lift, "warning"), .permitted(.issueWarnings)) { request, context in
            _ = try await context.form(request, limit: 1 << 10)
            do {
                _ = try await service.lift(try context.parameters.require("warning"), by: context)
                return Response.redirect(to: SafetyPath.warnings.path, type: .normal)
            } catch let error as AppError where error.status == .conflict {
                return try await page([:], error: error, services: services, request: request, context: context)
            }
        }
    }

    static func page(_ values: [String: String], error: AppError?, services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let model = WarningsPage(try await services.warnings.list(by: context), values: values, viewer: context.staff, error: error, views: services.views,
                                 locale: context.locale, now: services.clock.now())
        return try services.views.page("warnings", titleKey: "warning_list_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }
}
