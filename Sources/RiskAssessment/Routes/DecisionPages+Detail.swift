import Foundation
import Hummingbird
import Kernel

/// One decision's page, its printable report and the settings page.
extension DecisionPages {
    static func detail(_ d: Decision, error: AppError?, services: RiskAssessmentServices, request: Request, context: StaffContext) async throws -> Response {
        let service = services.decisions
        var facts = DecisionPage.Facts(assessment: try await service.assessment(of: d, by: context))
        // The comments a page at a time, those awaiting an answer on their own (`comments=unanswered`).
        facts.commentsShown = try request.queryEnum("comments", DecisionService.CommentsShown.self, invalidKey: "decision_error_comments_shown") ?? .all
        let paging = try Paging(page: request)
        let shown = try await service.comments(of: d, facts.commentsShown, paging: paging)
        let other: DecisionService.CommentsShown = facts.commentsShown == .all ? .unanswered : .all
        facts.comments = shown.items
        facts.commentCounts = [facts.commentsShown: shown.total, other: try await service.commentCount(of: d, other)]
        facts.commentsPager = paging.pagerLinks(keeping: [("comments", facts.commentsShown.rawValue)], total: shown.total,
                                                  anchor: "#comments")
        facts.drawn = try await service.drawn(for: d)
        facts.sessions = try await service.sessions(of: d)
        facts.surveys = try await service.surveys(of: d)
        facts.links = try await service.links(of: d)
        facts.linkCounts = service.linkCounts(facts.links)
        facts.caseTypes = service.linkCounts([]).keys.sorted()
        facts.history = try await service.events(of: d)
        facts.notices = try await service.notices(of: d)
        let model = DecisionPage(d, facts: facts, viewer: context.staff, error: error, now: services.clock.now(), views: services.views, locale: context.locale)
        return try services.views.page("decision", titleKey: "decision_title", titleArgs: [d.number], model: model, request: request, context: context,
                                       status: error?.status ?? .ok)
    }

    /// The report 社会稳定风险评估报告 in its customary chapters.
    static func report(_ d: Decision, services: RiskAssessmentServices, request: Request, context: StaffContext) async throws -> Response {
        let service = services.decisions
        let model = DecisionReportPage(d, assessment: try await service.assessment(of: d, by: context), comments: try await service.comments(of: d),
                                       drawn: try await service.drawn(for: d), concerns: try await service.concerns(of: d), now: services.clock.now(),
                                       views: services.views, locale: context.locale)
        return try services.views.page("decision_report", titleKey: "decision_report_title", titleArgs: [d.number], model: model, request: request, context: context)
    }

    static func settings(_ saved: AssessmentSettings?, error: AppError?, services: RiskAssessmentServices, request: Request, context: StaffContext) async throws -> Response {
        let model = DecisionSettingsPage(try await services.decisions.settings(), saved: saved != nil, viewer: context.staff, error: error, views: services.views,
                                         locale: context.locale)
        return try services.views.page("decision_settings", titleKey: "decision_settings_title", model: model, request: request, context: context,
                                       status: error?.status ?? .ok)
    }
}

/// The settings form: up to eight rules (level, metric, threshold), four weights, the visit rate.
enum DecisionSettingsForm {
    static func settings(from form: FormData) throws -> AssessmentSettings {
        var rules: [LevelRule] = []
        for i in 0..<8 {
            guard let text = form["threshold_\(i)"]?.trimmed, !text.isEmpty else { continue }
            guard let threshold = Double(text), let level = AssessedLevel(rawValue: form["level_\(i)"] ?? ""),
                  let metric = LevelRule.Metric(rawValue: form["metric_\(i)"] ?? "") else { throw AppError.invalid("decision_error_settings_rules") }
            rules.append(LevelRule(level, metric, threshold))
        }
        let weights = (form["weights"] ?? "").split(whereSeparator: { " ,，".contains($0) }).compactMap { Double($0) }
        guard let rate = Double(form["minimum_visit_rate"]?.trimmed ?? "") else { throw AppError.invalid("decision_error_settings_visit_rate") }
        guard let notice = Int(form["hearing_notice_days"]?.trimmed ?? "") else { throw AppError.invalid("decision_error_settings_notice_days") }
        return AssessmentSettings(rules: rules, weights: weights, minimumVisitRate: rate, hearingNoticeDays: notice)
    }
}
