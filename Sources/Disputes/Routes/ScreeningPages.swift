import Foundation
import Hummingbird
import Kernel

/// The screening rounds a unit runs and each round's answers grid by grid (silence in red).
public enum ScreeningPages {
    public static func register(on routes: SecureRoutes, screening: Screening, views: ViewRenderer) {
        routes.get(DisputePath.rounds.path, .permitted(.viewDisputes)) { request, context in
            try await list(request, context, error: nil, screening: screening, views: views)
        }
        routes.post(DisputePath.rounds.path, .permitted(.runScreening)) { request, context in
            let form = try await context.form(request, limit: 16 << 10)
            do {
                let level = try parseChoice(form["level"], ScreeningRound.Level.self, invalidKey: "screening_error_level") ?? .township
                let round = try await screening.open(level, unitCode: form["unit_code"]?.nilIfBlank ?? context.staff.unitCode,
                                                     day: try ScreeningAPI.day(form["period_start"]), periodEnd: try ScreeningAPI.day(form["period_end"]),
                                                     reason: form["reason"] ?? "", by: context)
                return Response.redirect(to: DisputePath.round(round.id).path, type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict].contains(error.status) {
                return try await list(request, context, error: error, screening: screening, views: views)
            }
        }
        routes.get(DisputePath.pattern(DisputePath.round, "round"), .permitted(.viewDisputes)) { request, context in
            let round = try await screening.find(try context.parameters.require("round"), by: context)
            return try await detail(round, error: nil, screening: screening, views: views, request: request, context: context)
        }
        routes.post(DisputePath.pattern(DisputePath.roundReports, "round"), .permitted(.reportDisputes)) { request, context in
            let round = try await screening.find(try context.parameters.require("round"), by: context)
            let form = try await context.form(request, limit: 64 << 10)
            do {
                let ids = (form["dispute_numbers"] ?? "").split(whereSeparator: { ",，、 \n".contains($0) }).map(String.init)
                _ = try await screening.report(to: round, gridCode: form["grid_code"] ?? "", nothingFound: form["nothing_found"] == "1",
                                               findings: form["findings"] ?? "", disputeIds: ids, by: context)
                return Response.redirect(to: DisputePath.round(round.id).path, type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict].contains(error.status) {
                return try await detail(round, error: error, screening: screening, views: views, request: request, context: context)
            }
        }
    }

    static func list(_ request: Request, _ context: StaffContext, error: AppError?, screening: Screening, views: ViewRenderer) async throws -> Response {
        let paging = try Paging(page: request)
        let (items, total) = try await screening.rounds(by: context, paging: paging)
        let model = ScreeningRoundsPage(items, total: total, pager: paging.pagerLinks(keeping: [], total: total), viewer: context.staff, error: error,
                                        views: views, locale: context.locale)
        return try views.page("screening_rounds", titleKey: "screening_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func detail(_ round: ScreeningRound, error: AppError?, screening: Screening, views: ViewRenderer, request: Request,
                       context: StaffContext) async throws -> Response {
        let showing = try request.queryEnum("show", Screening.Showing.self, invalidKey: "screening_error_show") ?? .all
        let paging = try Paging(page: request, perPage: 100)
        let completeness = try await screening.completeness(of: round, by: context, showing: showing, paging: paging)
        let model = ScreeningRoundPage(round, completeness: completeness, showing: showing,
                                       pager: paging.pagerLinks(keeping: [("show", showing.rawValue)], total: completeness.total), viewer: context.staff,
                                       error: error, views: views, locale: context.locale)
        return try views.page("screening_round", titleKey: "screening_round_title", titleArgs: [round.periodStart.description], model: model,
                              request: request, context: context, status: error?.status ?? .ok)
    }
}
