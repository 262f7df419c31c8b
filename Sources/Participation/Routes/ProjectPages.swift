import Foundation
import Hummingbird
import Kernel

/// A whole number typed in a form, bounded before use; a bad one names its field.
enum FormNumber {
    static func parse(_ text: String?, field: String, range: ClosedRange<Int>, errorKey: String) throws -> Int {
        guard let n = Int((text ?? "").trimmed), range.contains(n) else { throw AppError.invalid(errorKey).naming(field) }
        return n
    }
}

/// Staff pages of projects: the list with the form to start one, and one project with its
/// ledger, disclosures, finishing and evaluation forms.
enum ProjectPages {
    static func register(on routes: SecureRoutes, services: ParticipationServices) {
        let service = services.projects
        routes.get(ParticipationPath.projects.path, .permitted(.viewJurisdiction)) { request, context in
            try await list([:], error: nil, services: services, request: request, context: context)
        }
        routes.post(ParticipationPath.projects.path, .permitted(.runProjects)) { request, context in
            let form = try await context.form(request, limit: 64 << 10)
            var values: [String: String] = [:]
            for name in ["unit_code", "title", "plan", "budget", "ballot_id", "started_on"] { values[name] = form[name] }
            do {
                guard let budget = Yuan.fen(values["budget"] ?? "") else { throw AppError.invalid("project_error_amount").naming("budget") }
                let p = try await service.create(unitCode: values["unit_code"] ?? "", title: values["title"] ?? "", plan: values["plan"] ?? "", budgetFen: budget,
                                                 ballotId: values["ballot_id"], startedOn: try RequestDay.parse(values["started_on"], field: "started_on"), by: context)
                return Response.redirect(to: ParticipationPath.project(p.id).path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await list(values, error: error, services: services, request: request, context: context)
            }
        }
        routes.get(ParticipationPath.pattern(ParticipationPath.project), .permitted(.viewJurisdiction)) { request, context in
            let p = try await service.find(try context.parameters.require("project"), by: context)
            return try await detail(p, error: nil, services: services, request: request, context: context)
        }
        func step(_ make: @escaping (String) -> ParticipationPath, permission: Permission,
                  _ run: @escaping @Sendable (Project, FormData, StaffContext) async throws -> Void) {
            routes.post(ParticipationPath.pattern(make), .permitted(permission)) { request, context in
                let p = try await service.find(try context.parameters.require("project"), by: context)
                let form = try await context.form(request, limit: 64 << 10)
                return try await PageStep.run(redirectTo: ParticipationPath.project(p.id).path, { try await run(p, form, context) }) { error in
                    try await detail(p, error: error, services: services, request: request, context: context)
                }
            }
        }
        step(ParticipationPath.projectLedger, permission: .runProjects) { p, form, context in
            guard let amount = Yuan.fen(form["amount"] ?? "") else { throw AppError.invalid("project_error_amount").naming("amount") }
            _ = try await service.addEntry(p, kind: form["kind"] ?? "", amountFen: amount, voucher: form["voucher"] ?? "", note: form["note"] ?? "",
                                           entryOn: try RequestDay.parse(form["entry_on"], field: "entry_on"), by: context)
        }
        step(ParticipationPath.projectDisclosures, permission: .runProjects) { p, form, context in
            let duty = (form["duty"] ?? "").split(separator: " ", maxSplits: 1).map(String.init)
            guard duty.count == 2 else { throw AppError.invalid("project_error_period", [""]).naming("duty") }
            _ = try await service.disclose(p, kind: duty[0], period: duty[1], content: form["content"] ?? "", by: context)
        }
        step(ParticipationPath.projectFinish, permission: .runProjects) { p, form, context in
            _ = try await service.finish(p, on: try RequestDay.parse(form["finished_on"], field: "finished_on"), note: form["note"] ?? "", by: context)
        }
        step(ParticipationPath.projectEvaluations, permission: .runProjects) { p, form, context in
            let counts = try ["satisfied", "basically_satisfied", "unsatisfied"].map {
                try FormNumber.parse(form[$0], field: $0, range: 0...100_000, errorKey: "project_error_ratings")
            }
            _ = try await service.evaluate(p, satisfied: counts[0], basically: counts[1], unsatisfied: counts[2],
                                           heldOn: try RequestDay.parse(form["held_on"], field: "held_on"), note: form["note"] ?? "", by: context)
        }
    }

    static func list(_ values: [String: String], error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let paging = try Paging(page: request)
        let (items, total) = try await services.projects.list(by: context, paging: paging)
        let model = ProjectListPage(items, total: total, pager: paging.pagerLinks(keeping: [], total: total), values: values, viewer: context.staff, error: error,
                                    views: services.views, locale: context.locale)
        return try services.views.page("projects", titleKey: "project_list_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func detail(_ p: Project, error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let model = ProjectPage(try await services.projects.file(p), signatures: try await services.council.signatures(p),
                                serving: try await services.council.serving(unit: p.unitCode), viewer: context.staff, error: error, views: services.views,
                                locale: context.locale, today: Day(date: services.clock.now()))
        return try services.views.page("project", titleKey: "project_title", titleArgs: [p.title], model: model, request: request, context: context,
                                       status: error?.status ?? .ok)
    }
}
