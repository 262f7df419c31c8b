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
        let locale = context.locale, paging = try Paging(page: request)
        let (items, total) = try await screening.rounds(by: context, paging: paging)
        var data: [String: Any] = [
            "rounds": items.map { r -> [String: Any] in
                ["id": r.id, "url": DisputePath.round(r.id).path, "unit_code": r.unitCode, "level": views.t(r.level.labelKey, locale), "period": "\(r.periodStart) — \(r.periodEnd)",
                 "reason": r.reason]
            },
            "total": views.t("pager_total", locale, [String(total)]),
            "can_open": context.staff.can(.runScreening), "unit_code": context.staff.unitCode,
            "levels": ScreeningRound.Level.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale)] },
        ]
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        data.merge(paging.pagerLinks(keeping: [], total: total)) { $1 }
        return views.page("screening_rounds", titleKey: "screening_title", data: data.merging(["paths": DisputePath.links]) { $1 }, request: request, context: context, status: error?.status ?? .ok)
    }

    static func detail(_ round: ScreeningRound, error: AppError?, screening: Screening, views: ViewRenderer, request: Request,
                       context: StaffContext) async throws -> Response {
        let locale = context.locale
        let completeness = try await screening.completeness(of: round, by: context)
        // A grid worker answers for the grids of their own scope that have not answered yet.
        let open = context.staff.can(.reportDisputes) ? completeness.lines.filter { [.missing, .overdue].contains($0.state) } : []
        var data: [String: Any] = [
            "r": ["id": round.id, "reports_url": DisputePath.roundReports(round.id).path, "unit_code": round.unitCode, "level": views.t(round.level.labelKey, locale),
                  "period": "\(round.periodStart) — \(round.periodEnd)", "due_at": TimeLeft.clock(round.dueAt), "reason": round.reason],
            "summary": views.t("screening_summary", locale, [String(completeness.expected), String(completeness.reported), String(completeness.none),
                                                             String(completeness.missing), String(completeness.overdue)]),
            "lines": completeness.lines.map { l -> [String: Any] in
                ["grid": l.gridCode, "name": l.gridName, "state": views.t("screening_state_\(l.state.rawValue)", locale),
                 "silent": l.state == .overdue, "late": l.late, "findings": l.findings ?? "", "disputes": l.disputeIds.joined(separator: "、")]
            },
            "open_grids": open.map { ["code": $0.gridCode, "name": $0.gridName] }, "can_report": !open.isEmpty,
        ]
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("screening_round", titleKey: "screening_round_title", titleArgs: [round.periodStart.description], data: data.merging(["paths": DisputePath.links]) { $1 },
                          request: request, context: context, status: error?.status ?? .ok)
    }
}
