import Foundation
import Hummingbird
import Kernel

/// Staff pages of leaders' commitments: the list with the form to record one, and one
/// commitment with its progress and result forms.
enum CommitmentPages {
    static func register(on routes: SecureRoutes, services: ParticipationServices) {
        let service = services.commitments
        routes.get(ParticipationPath.commitments.path, .permitted(.viewJurisdiction)) { request, context in
            try await list([:], error: nil, services: services, request: request, context: context)
        }
        routes.post(ParticipationPath.commitments.path, .permitted(.keepCommitments)) { request, context in
            let form = try await context.form(request, limit: 16 << 10)
            var values: [String: String] = [:]
            for name in ["unit_code", "year", "person", "post", "promise", "promised_on"] { values[name] = form[name] }
            do {
                let year = try FormNumber.parse(values["year"], field: "year", range: 2000...2100, errorKey: "commitment_error_year")
                let c = try await service.create(unitCode: values["unit_code"] ?? "", year: year, person: values["person"] ?? "", post: values["post"] ?? "",
                                                 promise: values["promise"] ?? "", promisedOn: try RequestDay.parse(values["promised_on"], field: "promised_on"), by: context)
                return Response.redirect(to: ParticipationPath.commitment(c.id).path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await list(values, error: error, services: services, request: request, context: context)
            }
        }
        routes.get(ParticipationPath.pattern(ParticipationPath.commitment, "commitment"), .permitted(.viewJurisdiction)) { request, context in
            let c = try await service.find(try context.parameters.require("commitment"), by: context)
            return try await detail(c, error: nil, services: services, request: request, context: context)
        }
        func step(_ make: @escaping (String) -> ParticipationPath, _ run: @escaping @Sendable (Commitment, FormData, StaffContext) async throws -> Void) {
            routes.post(ParticipationPath.pattern(make, "commitment"), .permitted(.keepCommitments)) { request, context in
                let c = try await service.find(try context.parameters.require("commitment"), by: context)
                let form = try await context.form(request, limit: 16 << 10)
                return try await PageStep.run(redirectTo: ParticipationPath.commitment(c.id).path, { try await run(c, form, context) }) { error in
                    try await detail(c, error: error, services: services, request: request, context: context)
                }
            }
        }
        step(ParticipationPath.commitmentProgress) { c, form, context in
            _ = try await service.recordProgress(c, text: form["text"] ?? "", on: try RequestDay.parse(form["on"], field: "on"), by: context)
        }
        step(ParticipationPath.commitmentResult) { c, form, context in
            _ = try await service.recordResult(c, result: form["result"] ?? "", note: form["note"] ?? "", on: try RequestDay.parse(form["on"], field: "on"), by: context)
        }
    }

    static func list(_ values: [String: String], error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let paging = try Paging(page: request)
        let (items, total) = try await services.commitments.list(by: context, year: nil, paging: paging)
        let model = CommitmentListPage(items, total: total, pager: paging.pagerLinks(keeping: [], total: total), values: values, viewer: context.staff, error: error,
                                       today: services.commitments.today, settings: try await services.commitments.settings(), views: services.views, locale: context.locale)
        return try services.views.page("commitments", titleKey: "commitment_list_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func detail(_ c: Commitment, error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let model = CommitmentPage(c, viewer: context.staff, error: error, today: services.commitments.today, settings: try await services.commitments.settings(),
                                   views: services.views, locale: context.locale)
        return try services.views.page("commitment", titleKey: "commitment_title", titleArgs: [c.person], model: model, request: request, context: context,
                                       status: error?.status ?? .ok)
    }
}
