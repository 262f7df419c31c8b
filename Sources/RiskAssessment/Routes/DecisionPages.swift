import Foundation
import Hummingbird
import Kernel

/// The deciding unit's pages: the register by stage and clock, a proposal, one decision walking
/// the procedure with its gate, the printable report, and the county's assessment settings.
public enum DecisionPages {
    enum Tab: String, CaseIterable {
        case open, overdue, participation, atRisk = "at_risk", all

        var labelKey: String { "decision_tab_\(rawValue)" }
    }

    static func register(on routes: SecureRoutes, services: RiskAssessmentServices) {
        let service = services.decisions, views = services.views, clock = services.clock
        routes.get(DecisionPath.list.path, .permitted(.viewDecisions)) { request, context in
            let tab = request.uri.queryParameters.get("tab").flatMap(Tab.init(rawValue:)) ?? .open
            let paging = try Paging(page: request)
            let (items, total) = try await service.list(by: context, try DecisionAPI.selection(tab.rawValue), paging: paging)
            let model = DecisionListPage(items, total: total, tab: tab, pager: paging.pagerLinks(keeping: [("tab", tab.rawValue)], total: total),
                                         viewer: context.staff, now: clock.now(), views: views, locale: context.locale)
            return try views.page("decisions", titleKey: "decision_list_title", model: model, request: request, context: context)
        }
        routes.get(DecisionPath.new.path, .permitted(.runDecisions)) { request, context in
            try form([:], error: nil, views: views, request: request, context: context)
        }
        routes.post(DecisionPath.list.path, .permitted(.runDecisions)) { request, context in
            let form = try await context.form(request, limit: 128 << 10)
            var values: [String: String] = [:]
            for name in ["title", "kind", "summary", "unit_code", "affected_units", "estimated_households", "leader", "assessor"] { values[name] = form[name] }
            do {
                let d = try await service.propose(.init(
                    title: values["title"] ?? "", kind: values["kind"] ?? "", summary: values["summary"] ?? "",
                    unitCode: values["unit_code"]?.nilIfBlank ?? context.staff.unitCode,
                    affectedUnits: (values["affected_units"] ?? "").split(whereSeparator: { " ,，、\n\r".contains($0) }).map(String.init),
                    estimatedHouseholds: Int(values["estimated_households"]?.trimmed ?? "") ?? -1, leader: values["leader"] ?? "",
                    assessor: values["assessor"] ?? ""), by: context)
                return Response.redirect(to: DecisionPath.decision(d.id).path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try DecisionPages.form(values, error: error, views: views, request: request, context: context)
            }
        }
        routes.get(DecisionPath.pattern(DecisionPath.decision), .permitted(.viewDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            return try await detail(d, error: nil, services: services, request: request, context: context)
        }
        routes.post(DecisionPath.pattern(DecisionPath.step), .permitted(.viewDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let form = try await context.form(request, limit: 64 << 10)
            return try await afterStep(d, services: services, request: request, context: context) {
                _ = try await service.apply(try DecisionStepInput(form: form).decisionAction(), to: d, by: context)
            }
        }
        routes.get(DecisionPath.pattern(DecisionPath.report), .permitted(.viewDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            return try await report(d, services: services, request: request, context: context)
        }
        routes.get(DecisionPath.settings.path, .permitted(.viewDecisions)) { request, context in
            try await settings(nil, error: nil, services: services, request: request, context: context)
        }
        routes.post(DecisionPath.settings.path, .permitted(.configureAssessment)) { request, context in
            let form = try await context.form(request, limit: 16 << 10)
            do {
                let saved = try await service.saveSettings(try DecisionSettingsForm.settings(from: form), by: context)
                return try await settings(saved, error: nil, services: services, request: request, context: context)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await settings(nil, error: error, services: services, request: request, context: context)
            }
        }
    }

    /// Runs a step from a page: back to the decision, or the decision again with what went wrong.
    static func afterStep(_ d: Decision, services: RiskAssessmentServices, request: Request, context: StaffContext,
                          _ step: () async throws -> Void) async throws -> Response {
        try await PageStep.run(redirectTo: DecisionPath.decision(d.id).path, step) { error in
            try await detail(try await services.decisions.find(d.id, by: context), error: error, services: services, request: request, context: context)
        }
    }

    static func form(_ values: [String: String], error: AppError?, views: ViewRenderer, request: Request, context: StaffContext) throws -> Response {
        let model = DecisionFormPage(values: values, viewer: context.staff, error: error, views: views, locale: context.locale)
        return try views.page("decision_form", titleKey: "decision_new_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    /// The level's rule in words: the metric, its threshold and the figure that reached it.
    static func ruleText(_ rule: String?, views: ViewRenderer, locale: AppLocale) -> String {
        guard let rule, rule != "none" else { return views.t("decision_rule_none", locale) }
        let parts = rule.split(whereSeparator: { ">=:".contains($0) }).map(String.init)
        guard parts.count == 3, let metric = LevelRule.Metric(rawValue: parts[0]), let threshold = Double(parts[1]), let value = Double(parts[2]) else { return rule }
        func shown(_ x: Double) -> String { metric.isShare ? String(format: "%.1f%%", x * 100) : String(Int(x)) }
        return views.t("decision_rule_fired", locale, [views.t(metric.labelKey, locale), shown(threshold), shown(value)])
    }

    static func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
}
