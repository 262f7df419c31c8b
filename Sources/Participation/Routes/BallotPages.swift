import Foundation
import Hummingbird
import Kernel

/// Staff pages: ballots with the form to open one, one ballot with its count, paper votes and the
/// printable slips (one code per household, shown once).
enum BallotPages {
    static func register(on routes: SecureRoutes, services: ParticipationServices) {
        let service = services.ballots
        routes.get(BallotPath.list.path, .permitted(.viewJurisdiction)) { request, context in
            try await list([:], error: nil, services: services, request: request, context: context)
        }
        routes.post(BallotPath.list.path, .permitted(.runBallots)) { request, context in
            let form = try await context.form(request, limit: 16 << 10)
            var values: [String: String] = [:]
            for name in ["unit_code", "title", "options", "opens_on", "closes_on", "rule"] { values[name] = form[name] }
            do {
                guard let opens = Day(values["opens_on"] ?? ""), let closes = Day(values["closes_on"] ?? "") else { throw AppError.invalid("ballot_error_times") }
                let b = try await service.create(unitCode: values["unit_code"] ?? "", title: values["title"] ?? "",
                                                 options: (values["options"] ?? "").split(whereSeparator: \.isNewline).map(String.init),
                                                 opensAt: opens.startDate, closesAt: closes.endDate, rule: values["rule"] ?? "", by: context)
                return Response.redirect(to: BallotPath.ballot(b.id).path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await list(values, error: error, services: services, request: request, context: context)
            }
        }
        routes.get(BallotPath.pattern(BallotPath.ballot), .permitted(.viewJurisdiction)) { request, context in
            let b = try await service.find(try context.parameters.require("ballot"), by: context)
            return try await detail(b, error: nil, services: services, request: request, context: context)
        }
        routes.post(BallotPath.pattern(BallotPath.codes), .permitted(.runBallots)) { request, context in
            let b = try await service.find(try context.parameters.require("ballot"), by: context)
            _ = try await context.form(request, limit: 1 << 10)
            do {
                let slips = try await service.issueCodes(b, by: context)
                let data: [String: Any] = [
                    "title": b.title, "closes": TimeLeft.clock(b.closesAt), "portal": BallotPath.portal(b.id).path, "url": BallotPath.ballot(b.id).path,
                    "slips": slips.map { ["address": $0.household.address, "head": $0.household.head, "code": $0.code] },
                ]
                return services.views.page("ballot_slips", titleKey: "ballot_slips_title", titleArgs: [b.title], data: data, request: request, context: context)
            } catch let error as AppError where [.unprocessableContent, .conflict].contains(error.status) {
                return try await detail(b, error: error, services: services, request: request, context: context)
            }
        }
        routes.post(BallotPath.pattern(BallotPath.paperVotes), .permitted(.enterVotes)) { request, context in
            let b = try await service.find(try context.parameters.require("ballot"), by: context)
            let form = try await context.form(request, limit: 4 << 10)
            do {
                _ = try await service.paperVote(b, household: form["household_id"] ?? "", option: form["option"] ?? "", by: context)
                return Response.redirect(to: BallotPath.ballot(b.id).path, type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict, .forbidden].contains(error.status) && error != .csrf {
                return try await detail(b, error: error, services: services, request: request, context: context)
            }
        }
    }

    static func list(_ values: [String: String], error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale, now = services.clock.now()
        let paging = try Paging(page: request)
        let (items, total) = try await services.ballots.list(by: context, paging: paging)
        var data: [String: Any] = [
            "ballots": items.map { ["url": BallotPath.ballot($0.id).path, "title": $0.title, "unit_code": $0.unitCode,
                                    "phase": views.t("ballot_phase_\($0.phase(at: now).rawValue)", locale), "closes": TimeLeft.clock($0.closesAt)] },
            "total": views.t("pager_total", locale, [String(total)]), "may_create": context.staff.can(.runBallots),
            "rules": BallotRule.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale), "selected": $0.rawValue == values["rule"]] },
            "unit_code": values["unit_code"] ?? (context.staff.unitCode.count == 12 ? context.staff.unitCode : ""), "list_url": BallotPath.list.path,
        ]
        for name in ["title", "options", "opens_on", "closes_on"] { data[name] = values[name] ?? "" }
        data.merge(paging.pagerLinks(keeping: [], total: total)) { $1 }
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("ballots", titleKey: "ballot_list_title", data: data, request: request, context: context, status: error?.status ?? .ok)
    }

    static func detail(_ b: Ballot, error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale, now = services.clock.now()
        let t = try await services.ballots.tally(b)
        let open = b.phase(at: now) == .open
        var data: [String: Any] = [
            "b": ["title": b.title, "unit_code": b.unitCode, "rule": views.t(b.rule.labelKey, locale), "phase": views.t("ballot_phase_\(b.phase(at: now).rawValue)", locale),
                  "opens": TimeLeft.clock(b.opensAt), "closes": TimeLeft.clock(b.closesAt), "codes_url": BallotPath.codes(b.id).path,
                  "paper_url": BallotPath.paperVotes(b.id).path, "portal": BallotPath.portal(b.id).path] as [String: Any],
            "tally": tallyRows(t, views: views, locale: locale),
            "options": b.options.map { ["value": $0] },
            "may_issue": context.staff.can(.runBallots) && b.codesIssuedAt == nil && now < b.closesAt,
            "codes_issued": b.codesIssuedAt.map(TimeLeft.clock) ?? "",
            "may_enter": context.staff.can(.enterVotes) && open && b.codesIssuedAt != nil, "list_url": BallotPath.list.path,
        ]
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("ballot", titleKey: "ballot_title", titleArgs: [b.title], data: data, request: request, context: context, status: error?.status ?? .ok)
    }

    /// The count as both the staff page and the portal show it.
    static func tallyRows(_ t: Tally, views: ViewRenderer, locale: AppLocale) -> [String: Any] {
        ["eligible": String(t.eligible), "voted": String(t.voted), "turnout": t.turnout.map { String(format: "%.1f%%", $0 * 100) } ?? "—",
         "quorum": views.t(t.quorumMet ? "ballot_quorum_met" : "ballot_quorum_not_met", locale), "carried": t.carried ?? "",
         "results": t.results.map { ["option": $0.option, "votes": String($0.votes), "carried": $0.option == t.carried] }]
    }
}
