import Foundation
import Hummingbird
import Kernel

/// Staff pages: the caseload list with the register form, one caseload with its forms, the
/// figures of the month, and the grid worker's visit tasks.
enum CaseloadPages {
    static func register(on routes: SecureRoutes, services: CaseloadServices) {
        let service = services.caseloads
        routes.get(CaseloadPath.list.path, .permitted(.viewCaseloads)) { request, context in
            try await list([:], error: nil, warning: nil, services: services, request: request, context: context)
        }
        routes.post(CaseloadPath.list.path, .permitted(.manageCaseloads)) { request, context in
            let form = try await context.form(request, limit: 16 << 10)
            var values: [String: String] = [:]
            for name in ["kind", "id_number", "starts_on", "ends_on", "notice_on", "key_person", "youth_group", "plan"] { values[name] = form[name] ?? "" }
            do {
                guard let kind = CaseloadKind(rawValue: values["kind"] ?? "") else { throw AppError.invalid("caseload_error_kind", [values["kind"] ?? ""]) }
                guard let starts = Day(values["starts_on"] ?? "") else { throw AppError.invalid("caseload_error_starts") }
                let r = CaseloadService.Registration(kind: kind, idNumber: values["id_number"] ?? "", startsOn: starts, endsOn: Day(values["ends_on"] ?? ""),
                                                     noticeOn: Day(values["notice_on"] ?? ""), keyPerson: values["key_person"] == "1",
                                                     youthGroup: YouthGroup(rawValue: values["youth_group"] ?? ""), plan: values["plan"] ?? "")
                let (c, over) = try await service.register(r, by: context)
                return Response.redirect(to: CaseloadPath.caseload(c.id).path + (over ? "?over_ratio=1" : ""), type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict].contains(error.status) {
                return try await list(values, error: error, warning: nil, services: services, request: request, context: context)
            }
        }
        routes.get(CaseloadPath.figures.path, .permitted(.viewCaseloads)) { request, context in
            let month = request.uri.queryParameters.get("month").map { String($0) }
            let f = try await service.figures(month: month, by: context)
            return try services.views.page("caseload_figures", titleKey: "caseload_figures_title", titleArgs: [f.month],
                                           model: CaseloadFiguresPage(f, views: services.views, locale: context.locale), request: request, context: context)
        }
        routes.get(CaseloadPath.pattern(CaseloadPath.caseload), .permitted(.viewCaseloads)) { request, context in
            let c = try await service.find(try context.parameters.require("caseload"), by: context)
            let warning = request.uri.queryParameters.get("over_ratio") == "1"
            return try await detail(c, error: warning ? AppError.invalid("caseload_warning_ratio", [String(try await service.settings().caseloadRatio)]) : nil,
                                    services: services, request: request, context: context)
        }
        /// A step form on the caseload's page: back to the page, or the page with the error in place.
        func step(_ path: (String) -> CaseloadPath, _ permission: Permission, limit: Int = 8 << 10,
                  _ take: @escaping @Sendable (Caseload, FormData, StaffContext) async throws -> Void) {
            routes.post(CaseloadPath.pattern(path), permission == .viewCaseloads ? .permitted(.viewCaseloads) : .permitted(permission)) { request, context in
                let c = try await service.find(try context.parameters.require("caseload"), by: context, audit: false)
                let form = try await context.form(request, limit: limit)
                return try await PageStep.run(redirectTo: CaseloadPath.caseload(c.id).path, { try await take(c, form, context) }) { error in
                    // Shown again with the error: a read like any other, audited.
                    try await detail(try await service.find(c.id, by: context), error: error, services: services, request: request, context: context)
                }
            }
        }
        step(CaseloadPath.contacts, .manageCaseloads) { c, form, context in
            guard let kind = ContactKind(rawValue: form["kind"] ?? "") else { throw AppError.invalid("caseload_error_contact_kind") }
            guard let on = Day(form["on"] ?? "") else { throw AppError.invalid("caseload_error_contact_day") }
            func number(_ name: String, _ key: String) throws -> Int? {
                guard let text = form[name]?.trimmed, !text.isEmpty else { return nil }
                guard text.count <= 4, let value = Int(text) else { throw AppError.invalid(key) }
                return value
            }
            let input = CaseloadService.ContactInput(kind: kind, on: on, notes: form["notes"] ?? "", riskGrade: kind == .followUp ? try number("risk_grade", "caseload_error_risk_grade") : nil,
                                                     joint: form["joint"] == "1", hours: try number("hours", "caseload_error_hours"),
                                                     score: try number("score", "caseload_error_score"))
            _ = try await service.addContact(c, input, by: context)
        }
        step(CaseloadPath.leaves, .manageCaseloads) { c, form, context in
            guard let from = Day(form["from"] ?? ""), let to = Day(form["to"] ?? "") else { throw AppError.invalid("caseload_error_leave_days") }
            _ = try await service.requestLeave(c, from: from, to: to, reason: form["reason"] ?? "", by: context)
        }
        step(CaseloadPath.sanctions, .manageCaseloads) { c, form, context in
            guard let kind = SanctionKind(rawValue: form["kind"] ?? ""), let basis = SanctionBasis(rawValue: form["basis"] ?? "") else {
                throw AppError.invalid("caseload_error_sanction_basis")
            }
            let days = (form["out_of_contact_days"]?.trimmed).flatMap { $0.isEmpty ? nil : $0 }
            guard days.map({ $0.count <= 4 && Int($0) != nil }) ?? true else { throw AppError.invalid("caseload_error_sanction_days") }
            _ = try await service.proposeSanction(c, kind: kind, basis: basis, outOfContactDays: days.flatMap { Int($0) }, reasons: form["reasons"] ?? "", by: context)
        }
        step(CaseloadPath.decisions, .approveCaseloadMeasures) { c, form, context in
            guard let measure = CaseloadService.Measure(rawValue: form["action"] ?? "") else { throw AppError.invalid("caseload_error_step_name", [form["action"] ?? ""]) }
            try await service.decide(c, measure: measure, id: form["id"] ?? "", approve: form["approve"] == "1", note: form["note"] ?? "", by: context)
        }
        step(CaseloadPath.steps, .viewCaseloads) { c, form, context in
            if form["action"] == "assign" {
                _ = try await service.assign(c, to: form["assigned_to"] ?? "", by: context)
                return
            }
            guard let step = CaseloadService.Step(rawValue: form["action"] ?? "") else { throw AppError.invalid("caseload_error_step_name", [form["action"] ?? ""]) }
            let on = (form["on"]?.trimmed).flatMap { $0.isEmpty ? nil : $0 }
            guard on.map({ Day($0) != nil }) ?? true else { throw AppError.invalid("caseload_error_contact_day") }
            _ = try await service.step(c, step, on: on.flatMap { Day($0) }, level: SupervisionLevel(rawValue: form["level"] ?? ""), note: form["note"] ?? "", by: context)
        }
        step(CaseloadPath.visitTasks, .manageCaseloads) { c, form, context in
            guard let due = Day(form["due_on"] ?? "") else { throw AppError.invalid("caseload_error_task_day") }
            _ = try await service.askVisit(c, due: due, by: context)
        }
        routes.get(CaseloadPath.tasks.path, .permitted(.doVisitTasks)) { request, context in
            try await tasks(error: nil, services: services, request: request, context: context)
        }
        routes.post(CaseloadPath.pattern(CaseloadPath.taskDone, "task"), .permitted(.doVisitTasks)) { request, context in
            _ = try await service.visitTask(try context.parameters.require("task"), by: context)
            let form = try await context.form(request, limit: 8 << 10)
            return try await PageStep.run(redirectTo: CaseloadPath.tasks.path, {
                guard let on = Day(form["on"] ?? "") else { throw AppError.invalid("caseload_error_contact_day") }
                _ = try await service.completeVisit(try context.parameters.require("task"), on: on, note: form["note"] ?? "", by: context)
            }) { error in try await tasks(error: error, services: services, request: request, context: context) }
        }
    }

    static func list(_ values: [String: String], error: AppError?, warning: String?, services: CaseloadServices, request: Request,
                     context: StaffContext) async throws -> Response {
        let paging = try Paging(page: request)
        let kindText = request.uri.queryParameters.get("kind").map { String($0) } ?? ""
        let kind = CaseloadKind(rawValue: kindText)
        let unit = request.uri.queryParameters.get("unit").map { String($0) }.flatMap { $0.isEmpty ? nil : String($0.prefix(15)) }
        let due = request.uri.queryParameters.get("due") == "1"
        let (lines, total) = try await services.caseloads.list(by: context, kind: kind, unit: unit, dueWithinDays: due ? 7 : nil, paging: paging)
        let pager = paging.pagerLinks(keeping: [("kind", kind?.rawValue), ("unit", unit), ("due", due ? "1" : nil)], total: total)
        let model = CaseloadListPage(lines, total: total, kind: kind, due: due, pager: pager, viewer: context.staff, values: values, error: error, warning: warning,
                                     views: services.views, locale: context.locale, now: services.clock.now())
        return try services.views.page("caseloads", titleKey: due ? "caseload_due_title" : "caseload_list_title", model: model, request: request, context: context,
                                       status: error?.status ?? .ok)
    }

    static func detail(_ c: Caseload, error: AppError?, services: CaseloadServices, request: Request, context: StaffContext) async throws -> Response {
        let d = try await services.caseloads.detail(c)
        let model = CaseloadPage(d, assignees: try await services.caseloads.assignees(for: c), viewer: context.staff, error: error, views: services.views, locale: context.locale, now: services.clock.now())
        let status: HTTPResponse.Status = error.map { $0.messageKey == "caseload_warning_ratio" ? .ok : $0.status } ?? .ok
        return try services.views.page("caseload", titleKey: "caseload_title", titleArgs: [d.person?.name ?? ""], model: model, request: request, context: context,
                                       status: status)
    }

    static func tasks(error: AppError?, services: CaseloadServices, request: Request, context: StaffContext) async throws -> Response {
        let tasks = try await services.caseloads.visitTasks(by: context)
        return try services.views.page("visit_tasks", titleKey: "caseload_tasks_title",
                                       model: VisitTasksPage(tasks, error: error, views: services.views, locale: context.locale, now: services.clock.now()),
                                       request: request, context: context, status: error?.status ?? .ok)
    }
}
