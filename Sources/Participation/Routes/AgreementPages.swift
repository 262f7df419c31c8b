import Foundation
import Hummingbird
import Kernel

/// Staff pages of the three agreements and the star-household reviews.
enum AgreementPages {
    static func register(on routes: SecureRoutes, services: ParticipationServices) {
        let service = services.agreements
        routes.get(ParticipationPath.agreements.path, .permitted(.viewJurisdiction)) { request, context in
            try await agreements(error: nil, services: services, request: request, context: context)
        }
        routes.post(ParticipationPath.agreements.path, .permitted(.keepCouncilRecords)) { request, context in
            let form = try await context.form(request, limit: 64 << 10)
            return try await PageStep.run(redirectTo: ParticipationPath.agreements.path, {
                _ = try await service.post(unitCode: form["unit_code"] ?? "", parties: form["parties"] ?? "", category: form["category"] ?? "", title: form["title"] ?? "",
                                           body: form["body"] ?? "", signatories: form["signatories"] ?? "",
                                           signedOn: try RequestDay.parse(form["signed_on"], field: "signed_on"),
                                           endsOn: try RequestDay.parse(form["ends_on"], field: "ends_on"), by: context)
            }) { error in try await agreements(error: error, services: services, request: request, context: context) }
        }
        routes.get(ParticipationPath.stars.path, .permitted(.viewResidents)) { request, context in
            try await stars(error: nil, services: services, request: request, context: context)
        }
        routes.post(ParticipationPath.stars.path, .permitted(.keepCouncilRecords)) { request, context in
            let form = try await context.form(request, limit: 4 << 10)
            return try await PageStep.run(redirectTo: ParticipationPath.stars.path, {
                let year = try FormNumber.parse(form["year"], field: "year", range: 2000...2100, errorKey: "star_error_year")
                _ = try await service.review(household: form["household_id"] ?? "", year: year, criteria: form.all("criterion"), note: form["note"] ?? "", by: context)
            }) { error in try await stars(error: error, services: services, request: request, context: context) }
        }
    }

    static func agreements(error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let paging = try Paging(page: request)
        let (items, total) = try await services.agreements.list(by: context, paging: paging)
        let model = AgreementsPage(items, total: total, pager: paging.pagerLinks(keeping: [], total: total), viewer: context.staff, error: error,
                                   today: services.agreements.today, views: services.views, locale: context.locale)
        return try services.views.page("agreements", titleKey: "pact_list_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func stars(error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let paging = try Paging(page: request)
        let year = try AgreementAPI.year(request, default: services.agreements.today)
        let (items, total) = try await services.agreements.stars(by: context, year: year, paging: paging)
        let model = StarsPage(items, total: total, year: year, pager: paging.pagerLinks(keeping: [("year", String(year))], total: total), viewer: context.staff,
                              error: error, views: services.views, locale: context.locale)
        return try services.views.page("star_households", titleKey: "star_list_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }
}
