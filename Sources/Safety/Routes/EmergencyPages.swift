import Foundation
import Hummingbird
import Kernel
import Spreadsheets

/// Emergencies: the register with the form to record one, one event with its reports upward and
/// figure corrections, and the month's statistics as a page and as .xlsx.
enum EmergencyPages {
    static func register(on routes: SecureRoutes, services: SafetyServices) {
        let service = services.emergencies
        routes.get(SafetyPath.emergencies.path, .permitted(.viewSafety)) { request, context in
            try await list([:], error: nil, services: services, request: request, context: context)
        }
        routes.post(SafetyPath.emergencies.path, .permitted(.recordEmergencies)) { request, context in
            let form = try await context.form(request, limit: 64 << 10)
            var values: [String: String] = [:]
            for name in ["category", "type", "title", "occurred_at", "learned_at", "place", "unit_code", "deaths", "serious_injuries", "direct_loss_yuan",
                         "affected", "grade"] { values[name] = form[name] }
            do {
                let now = services.clock.now()
                guard let occurred = localTime(values["occurred_at"]) else { throw AppError.invalid("emergency_error_times") }
                let e = try await service.record(.init(
                    category: values["category"] ?? "", type: values["type"] ?? "", title: values["title"] ?? "", occurredAt: occurred,
                    learnedAt: localTime(values["learned_at"]) ?? now, place: values["place"] ?? "", unitCode: values["unit_code"]?.nilIfBlank ?? context.staff.unitCode,
                    figures: try figures(values), grade: values["grade"]?.nilIfBlank), by: context)
                return Response.redirect(to: SafetyPath.emergency(e.id).path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await list(values, error: error, services: services, request: request, context: context)
            }
        }
        routes.get(SafetyPath.pattern(SafetyPath.emergency, "emergency"), .permitted(.viewSafety)) { request, context in
            let e = try await service.find(try context.parameters.require("emergency"), by: context)
            return try await detail(e, error: nil, services: services, request: request, context: context)
        }
        routes.post(SafetyPath.pattern(SafetyPath.emergencyFigures, "emergency"), .permitted(.recordEmergencies)) { request, context in
            let e = try await service.find(try context.parameters.require("emergency"), by: context)
            let form = try await context.form(request, limit: 8 << 10)
            return try await afterStep(e, services: services, request: request, context: context) {
                var values: [String: String] = [:]
                for name in ["deaths", "serious_injuries", "direct_loss_yuan", "affected"] { values[name] = form[name] }
                _ = try await service.update(e, figures: try figures(values), grade: form["grade"]?.nilIfBlank, by: context)
            }
        }
        routes.post(SafetyPath.pattern(SafetyPath.emergencyReports, "emergency"), .permitted(.recordEmergencies)) { request, context in
            let e = try await service.find(try context.parameters.require("emergency"), by: context)
            let form = try await context.form(request, limit: 8 << 10)
            return try await afterStep(e, services: services, request: request, context: context) {
                _ = try await service.report(e, level: form["level"] ?? "", note: form["note"] ?? "", by: context)
            }
        }
        routes.get(SafetyPath.statistics.path, .permitted(.viewSafety)) { request, context in
            try await statistics(services: services, request: request, context: context)
        }
    }

    /// `2026-12-03T08:30` from a datetime-local field, in China Standard Time.
    static func localTime(_ text: String?) -> Date? {
        guard let text = text?.trimmed, text.count == 16, let day = Day(String(text.prefix(10))),
              let hour = Int(text.dropFirst(11).prefix(2)), let minute = Int(text.suffix(2)), (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return day.startDate.addingTimeInterval(Double(hour * 3_600 + minute * 60))
    }

    static func figures(_ values: [String: String]) throws -> EmergencyFigures {
        func number(_ name: String) throws -> Int64 {
            guard let text = values[name]?.trimmed.nilIfBlank else { return 0 }
            guard let n = Int64(text), (0...10_000_000_000_000).contains(n) else { throw AppError.invalid("emergency_error_figures") }
            return n
        }
        let deaths = try number("deaths"), injuries = try number("serious_injuries"), affected = try number("affected")
        guard deaths <= 1_000_000, injuries <= 1_000_000, affected <= 100_000_000 else { throw AppError.invalid("emergency_error_figures") }
        return EmergencyFigures(deaths: Int(deaths), seriousInjuries: Int(injuries), directLossYuan: try number("direct_loss_yuan"), affected: Int(affected))
    }

    static func afterStep(_ e: Emergency, services: SafetyServices, request: Request, context: StaffContext, _ step: () async throws -> Void) async throws -> Response {
        try await PageStep.run(redirectTo: SafetyPath.emergency(e.id).path, step) { error in
            try await detail(try await services.emergencies.find(e.id, by: context), error: error, services: services, request: request, context: context)
        }
    }

    static func list(_ values: [String: String], error: AppError?, services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale, now = services.clock.now()
        let owing = request.uri.queryParameters.get("tab") == "owing"
        let paging = try Paging(page: request)
        let (items, total) = try await services.emergencies.list(by: context, owing: owing, paging: paging)
        let model = EmergencyListPage(items, total: total, owing: owing, pager: paging.pagerLinks(keeping: [("tab", owing ? "owing" : nil)], total: total),
                                      values: values, viewer: context.staff, error: error, now: now, views: views, locale: locale)
        return try views.page("emergencies", titleKey: "emergency_list_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func detail(_ e: Emergency, error: AppError?, services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale, now = services.clock.now()
        let history = views.historyRows(try await services.emergencies.events(of: e), action: { views.t("emergency_step_\($0)", locale) },
                                        status: { EmergencyGrade(rawValue: $0).map { views.t($0.labelKey, locale) } ?? $0 })
        let model = EmergencyPage(e, events: history, viewer: context.staff, error: error, now: now, views: views, locale: locale)
        return try views.page("emergency", titleKey: "emergency_title", titleArgs: [e.number], model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func statistics(services: SafetyServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale
        let query = request.uri.queryParameters
        let month = query.get("month")?.nilIfBlank ?? String(Day(date: services.clock.now()).description.prefix(7))
        let f = try await services.emergencies.statistics(month: month, by: context)
        func cells(_ label: String, _ l: EmergencyService.MonthFigures.Line) -> [String] {
            [label, String(l.events), String(l.deaths), String(l.seriousInjuries), String(l.directLossYuan), String(l.lateReports)]
        }
        var rows: [[String]] = []
        for c in EmergencyCategory.allCases {
            for g in EmergencyGrade.allCases.reversed() {
                rows.append(cells("\(views.t(c.labelKey, locale)) · \(views.t(g.labelKey, locale))", f.byCategory[c]?[g] ?? .init()))
            }
        }
        let total = cells(views.t("emergency_stats_total", locale), f.total), last = cells(views.t("emergency_stats_last_year", locale), f.lastYear)
        let header = ["emergency_stats_line", "emergency_stats_events", "emergency_stats_deaths", "emergency_stats_injuries", "emergency_stats_loss",
                      "emergency_stats_late"].map { views.t($0, locale) }
        if query.get("format") == "xlsx" {
            let data = try XLSXWriter.workbook(sheetName: month, rows: [header] + rows + [total, last])
            return Response.xlsx(data, filename: "emergencies-\(month).xlsx")
        }
        let model = EmergencyStatisticsPage(month: month, header: header, rows: rows, total: total, lastYear: last)
        return try views.page("emergency_statistics", titleKey: "emergency_stats_title", titleArgs: [month], model: model, request: request, context: context)
    }
}
