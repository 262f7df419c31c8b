import Foundation
import Hummingbird
import Kernel

/// The forms of the assessment's work: household visits (a phone-sized page for grid workers),
/// the risk register, drawing experts and their opinions, answers to comments, the expert pool.
enum DecisionWorkPages {
    static func register(on routes: SecureRoutes, services: RiskAssessmentServices) {
        let service = services.decisions
        routes.get(DecisionPath.pattern(DecisionPath.visits), .permitted(.recordVisits)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            return try await visits(d, error: nil, services: services, request: request, context: context)
        }
        routes.post(DecisionPath.pattern(DecisionPath.visits), .permitted(.recordVisits)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let form = try await context.form(request, limit: 16 << 10)
            do {
                _ = try await service.recordVisit(to: d, household: form["household_id"] ?? "", attitude: form["attitude"] ?? "",
                                                  concerns: form["concerns"] ?? "", by: context)
                let page = form["page"].flatMap { Int($0) }.map { "?page=\(min(max($0, 1), 100_000))" } ?? ""
                return Response.redirect(to: DecisionPath.visits(d.id).path + page, type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict].contains(error.status) && error != .csrf {
                return try await visits(d, error: error, services: services, request: request, context: context)
            }
        }
        routes.post(DecisionPath.pattern(DecisionPath.risks), .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let form = try await context.form(request, limit: 16 << 10)
            return try await DecisionPages.afterStep(d, services: services, request: request, context: context) {
                guard let likelihood = Int(form["likelihood"] ?? ""), let impact = Int(form["impact"] ?? "") else { throw AppError.invalid("decision_error_risk_score") }
                _ = try await service.saveRisk(.init(id: form["risk_id"], title: form["title"] ?? "", likelihood: likelihood, impact: impact,
                                                     mitigation: form["mitigation"] ?? "", owner: form["owner"] ?? "", status: form["status"]), on: d, by: context)
            }
        }
        routes.post(DecisionPath.pattern(DecisionPath.draw), .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let form = try await context.form(request, limit: 4 << 10)
            return try await DecisionPages.afterStep(d, services: services, request: request, context: context) {
                _ = try await service.drawExperts(field: form["field"] ?? "", count: Int(form["count"] ?? "") ?? 0, for: d, by: context)
            }
        }
        routes.post(DecisionPath.pattern(DecisionPath.opinions), .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let form = try await context.form(request, limit: 64 << 10)
            return try await DecisionPages.afterStep(d, services: services, request: request, context: context) {
                try await service.recordOpinion(expert: form["expert_id"] ?? "", conflict: form["conflict"] == "1", note: form["conflict_note"],
                                                opinion: form["opinion"], on: d, by: context)
            }
        }
        routes.post(DecisionPath.pattern(DecisionPath.answers), .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let form = try await context.form(request, limit: 16 << 10)
            return try await DecisionPages.afterStep(d, services: services, request: request, context: context) {
                try await service.answer(comment: form["comment_id"] ?? "", on: d, text: form["text"] ?? "", by: context)
            }
        }
        routes.post(DecisionPath.pattern(DecisionPath.sessions), .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let form = try await context.form(request, limit: 64 << 10)
            return try await DecisionPages.afterStep(d, services: services, request: request, context: context) {
                _ = try await service.saveSession(.init(id: form["session_id"], kind: form["kind"] ?? "", heldOn: form["held_on"] ?? "", place: form["place"] ?? "",
                                                        participants: form["participants"] ?? "", attendance: form["attendance"].flatMap { Int($0.trimmed) },
                                                        summary: form["summary"]), on: d, by: context)
            }
        }
        routes.post(DecisionPath.pattern(DecisionPath.surveys), .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let form = try await context.form(request, limit: 64 << 10)
            return try await DecisionPages.afterStep(d, services: services, request: request, context: context) {
                func count(_ name: String) throws -> Int {
                    guard let text = form[name]?.trimmed.nilIfBlank else { return 0 }
                    guard let n = Int(text) else { throw AppError.invalid("decision_error_survey_tally") }
                    return n
                }
                let tally = try Dictionary(uniqueKeysWithValues: Attitude.allCases.map { ($0, try count("tally_\($0.rawValue)")) })
                _ = try await service.addSurvey(.init(title: form["title"] ?? "", questions: form["questions"] ?? "", respondents: try count("respondents"),
                                                      tally: tally, notes: form["notes"] ?? ""), on: d, by: context)
            }
        }
        routes.post(DecisionPath.pattern(DecisionPath.caseLinks), .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let form = try await context.form(request, limit: 4 << 10)
            return try await DecisionPages.afterStep(d, services: services, request: request, context: context) {
                _ = try await service.link(caseType: form["case_type"] ?? "", number: form["number"] ?? "", to: d, by: context)
            }
        }
        routes.get(DecisionPath.experts.path, .permitted(.runDecisions)) { request, context in
            try await experts(error: nil, services: services, request: request, context: context)
        }
        routes.post(DecisionPath.experts.path, .permitted(.manageExperts)) { request, context in
            let form = try await context.form(request, limit: 8 << 10)
            do {
                _ = try await service.addExpert(name: form["name"] ?? "", field: form["field"] ?? "", organisation: form["organisation"] ?? "", by: context)
                return Response.redirect(to: DecisionPath.experts.path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await experts(error: error, services: services, request: request, context: context)
            }
        }
    }

    static func visits(_ d: Decision, error: AppError?, services: RiskAssessmentServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale
        let paging = try Paging(page: request, perPage: 25)
        let (items, total) = try await services.decisions.visitList(d, by: context, paging: paging)
        let model = DecisionVisitsPage(d, items: items, total: total, page: paging.page, pager: paging.pagerLinks(keeping: [], total: total), error: error,
                                       views: views, locale: locale)
        return try views.page("decision_visits", titleKey: "decision_visits_title", titleArgs: [d.number], model: model, request: request, context: context,
                              status: error?.status ?? .ok)
    }

    static func experts(error: AppError?, services: RiskAssessmentServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale
        let paging = try Paging(page: request)
        let field = request.uri.queryParameters.get("field")?.nilIfBlank
        let (items, total) = try await services.decisions.experts(by: context, field: field, paging: paging)
        let model = ExpertsPage(items, field: field, total: total, pager: paging.pagerLinks(keeping: [("field", field)], total: total), viewer: context.staff,
                                error: error, views: views, locale: locale)
        return try views.page("experts", titleKey: "decision_experts_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }
}
