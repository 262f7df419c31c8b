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
                return try services.views.page("ballot_slips", titleKey: "ballot_slips_title", titleArgs: [b.title], model: BallotSlipsPage(b, slips: slips),
                                               request: request, context: context)
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
        let paging = try Paging(page: request)
        let (items, total) = try await services.ballots.list(by: context, paging: paging)
        let model = BallotListPage(items, total: total, pager: paging.pagerLinks(keeping: [], total: total), values: values, viewer: context.staff, error: error,
                                   views: services.views, locale: context.locale, now: services.clock.now())
        return try services.views.page("ballots", titleKey: "ballot_list_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func detail(_ b: Ballot, error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let model = BallotPage(b, tally: try await services.ballots.tally(b), viewer: context.staff, error: error, views: services.views, locale: context.locale,
                               now: services.clock.now())
        return try services.views.page("ballot", titleKey: "ballot_title", titleArgs: [b.title], model: model, request: request, context: context,
                                       status: error?.status ?? .ok)
    }
}
