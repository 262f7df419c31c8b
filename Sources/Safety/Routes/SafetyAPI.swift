import Foundation
import Hummingbird
import Kernel

/// `/api/v1/hazards`, `/api/v1/emergencies`, `/api/v1/emergency-statistics`, `/api/v1/warnings`.
public enum SafetyAPI {
    struct HazardItem: Encodable, Sendable {
        let id: String, number: String, gridCode: String, place: String, organisationId: String?, kind: String, level: String, description: String
        let responsibleUnit: String, workOrderNumber: String?, status: String, plan: RectificationPlan?, dueAt: Date?, dueRule: String?
        let rectifiedAt: Date?, closedAt: Date?, createdAt: Date
        init(_ h: Hazard) {
            (id, number, gridCode, place, organisationId, kind, level) = (h.id, h.number, h.gridCode, h.place, h.organisationId, h.kind.rawValue, h.level.rawValue)
            (description, responsibleUnit, workOrderNumber, status, plan) = (h.description, h.responsibleUnit, h.workOrderNumber, h.status.rawValue, h.plan)
            (dueAt, dueRule, rectifiedAt, closedAt, createdAt) = (h.dueAt, h.dueRule?.rawValue, h.rectifiedAt, h.closedAt, h.createdAt)
        }
    }

    struct ReportItem: Encodable, Sendable {
        let level: String, reportedAt: Date, dueAt: Date, late: Bool, note: String
        init(_ r: EmergencyReport) { (level, reportedAt, dueAt, late, note) = (r.level.rawValue, r.reportedAt, r.dueAt, r.late, r.note) }
    }

    struct EmergencyItem: Encodable, Sendable {
        let id: String, number: String, category: String, type: String, title: String, occurredAt: Date, learnedAt: Date, place: String, unitCode: String
        let deaths: Int, seriousInjuries: Int, directLossYuan: Int64, affected: Int, grade: String, gradeRule: String
        /// The next report owed (nil once every report the grade requires is made).
        let reportDueAt: Date?, reportDueLevel: String?
        let requiredReports: [String], reports: [ReportItem], lateReports: Int, updateUntil: Date
        init(_ e: Emergency) {
            (id, number, category, type, title) = (e.id, e.number, e.category.rawValue, e.type, e.title)
            (occurredAt, learnedAt, place, unitCode) = (e.occurredAt, e.learnedAt, e.place, e.unitCode)
            (deaths, seriousInjuries, directLossYuan, affected) = (e.figures.deaths, e.figures.seriousInjuries, e.figures.directLossYuan, e.figures.affected)
            (grade, gradeRule) = (e.grade.rawValue, e.gradeRule)
            let next = EmergencyRules.nextReport(e)
            (reportDueAt, reportDueLevel) = (next?.due, next?.level.rawValue)
            requiredReports = EmergencyRules.requiredLevels(e.grade).map(\.rawValue)
            reports = e.reports.map(ReportItem.init)
            lateReports = e.reports.filter(\.late).count
            updateUntil = e.occurredAt.addingTimeInterval(Double(EmergencyRules.updateWindowDays(type: e.type)) * 86_400)
        }
    }

    struct WarningItem: Encodable, Sendable {
        let id: String, level: Int, colour: String, kind: String, title: String, message: String, units: [String], startsAt: Date, endsAt: Date
        let liftedAt: Date?, active: Bool
        init(_ w: SafetyWarning, now: Date) {
            (id, level, colour, kind, title, message, units) = (w.id, w.level.rawValue, w.level.colour, w.kind, w.title, w.message, w.units)
            (startsAt, endsAt, liftedAt, active) = (w.startsAt, w.endsAt, w.liftedAt, w.isActive(at: now))
        }
    }

    struct StatisticsItem: Encodable, Sendable {
        struct Line: Encodable, Sendable {
            let category: String?, grade: String?, events: Int, deaths: Int, seriousInjuries: Int, directLossYuan: Int64, lateReports: Int
            init(category: String?, grade: String?, _ l: EmergencyService.MonthFigures.Line) {
                (self.category, self.grade) = (category, grade)
                (events, deaths, seriousInjuries, directLossYuan, lateReports) = (l.events, l.deaths, l.seriousInjuries, l.directLossYuan, l.lateReports)
            }
        }
        let month: String, lines: [Line], total: Line, sameMonthLastYear: Line
        init(_ f: EmergencyService.MonthFigures) {
            month = f.month
            lines = EmergencyCategory.allCases.flatMap { c in
                EmergencyGrade.allCases.reversed().compactMap { g in f.byCategory[c]?[g].map { Line(category: c.rawValue, grade: g.rawValue, $0) } }
            }
            total = Line(category: nil, grade: nil, f.total)
            sameMonthLastYear = Line(category: nil, grade: nil, f.lastYear)
        }
    }

    struct NewHazard: Decodable {
        let gridCode: String, place: String, organisationId: String?, kind: String, level: String?, description: String, responsibleUnit: String
        let workOrderNumber: String?
        /// A JPEG or PNG of at most 2 MB, base64-encoded.
        let photoBase64: String?
    }
    struct HazardStep: Decodable {
        let action: String; let text: String?; let passed: Bool?
        let goals: String?; let methods: String?; let funds: String?; let people: String?; let measures: String?; let emergencyPlan: String?
        let deadline: String?; let leader: String?
    }
    struct NewEmergency: Decodable {
        let category: String, type: String, title: String?, occurredAt: Date, learnedAt: Date?, place: String, unitCode: String?
        let deaths: Int?, seriousInjuries: Int?, directLossYuan: Int64?, affected: Int?, grade: String?
    }
    struct Figures: Decodable { let deaths: Int?; let seriousInjuries: Int?; let directLossYuan: Int64?; let affected: Int?; let grade: String? }
    struct NewReport: Decodable { let level: String; let note: String? }
    struct NewWarning: Decodable {
        let level: Int, kind: String, title: String, message: String?, units: [String], startsAt: Date?, endsAt: Date
    }

    static func hazardAction(_ s: HazardStep) throws -> HazardAction {
        switch s.action {
        case "submit_plan":
            guard let deadline = s.deadline.flatMap({ Day($0.trimmed) }) else { throw AppError.invalid("hazard_error_plan_deadline") }
            return .submitPlan(RectificationPlan(goals: s.goals ?? s.text ?? "", methods: s.methods ?? "", funds: s.funds ?? "", people: s.people ?? "",
                                                 measures: s.measures ?? "", emergencyPlan: s.emergencyPlan ?? "", deadline: deadline, leader: s.leader ?? ""))
        case "rectify": return .rectify(text: s.text ?? "")
        case "verify":
            guard let passed = s.passed else { throw AppError.invalid("hazard_error_passed") }
            return .verify(passed: passed, text: s.text ?? "")
        default: throw AppError.invalid("hazard_error_action", [s.action])
        }
    }

    static func figures(_ f: Figures, over current: EmergencyFigures) -> EmergencyFigures {
        EmergencyFigures(deaths: f.deaths ?? current.deaths, seriousInjuries: f.seriousInjuries ?? current.seriousInjuries,
                         directLossYuan: f.directLossYuan ?? current.directLossYuan, affected: f.affected ?? current.affected)
    }

    public static func register(on routes: SecureRoutes, services: SafetyServices) {
        let hazards = services.hazards, emergencies = services.emergencies, warnings = services.warnings, clock = services.clock
        routes.get("/api/v1/hazards", .permitted(.viewSafety)) { request, context in
            let paging = try Paging(request)
            let value = request.uri.queryParameters.get("status")?.nilIfBlank ?? "open"
            guard let selection = HazardStore.Selection(rawValue: value) else { throw AppError.invalid("hazard_error_selection", [value]) }
            let (items, total) = try await hazards.list(by: context, selection, paging: paging)
            return try Response.json(ListPage(items: items.map(HazardItem.init), total: total, paging: paging))
        }
        routes.post("/api/v1/hazards", .permitted(.reportHazards)) { request, context in
            let b = try await request.decodeJSON(NewHazard.self, limit: 3 << 20)
            let photo = try b.photoBase64?.nilIfBlank.map { text -> HazardPhoto in
                guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else { throw AppError.invalid("hazard_error_photo", ["2"]) }
                return try HazardPhoto.from(data)
            }
            let h = try await hazards.report(.init(gridCode: b.gridCode, place: b.place, organisationId: b.organisationId, kind: b.kind, level: b.level ?? "general",
                                                   description: b.description, responsibleUnit: b.responsibleUnit, workOrderNumber: b.workOrderNumber,
                                                   photo: photo), by: context)
            return try Response.json(HazardItem(h), status: .created)
        }
        routes.get("/api/v1/hazards/{hazard}", .permitted(.viewSafety)) { _, context in
            let h = try await hazards.find(try context.parameters.require("hazard"), by: context)
            struct Detail: Encodable, Sendable { let hazard: HazardItem, events: [CaseStepItem], notices: [CaseNoticeItem] }
            return try Response.json(Detail(hazard: HazardItem(h), events: try await hazards.events(of: h).map(CaseStepItem.init),
                                            notices: try await hazards.notices(of: h).map(CaseNoticeItem.init)))
        }
        routes.post("/api/v1/hazards/{hazard}/transitions", .permitted(.viewSafety)) { request, context in
            let h = try await hazards.find(try context.parameters.require("hazard"), by: context)
            let step = try await request.decodeJSON(HazardStep.self, limit: 64 << 10)
            return try Response.json(HazardItem(try await hazards.apply(try hazardAction(step), to: h, by: context)))
        }
        routes.get("/api/v1/hazard-statistics", .permitted(.viewSafety)) { request, context in
            let quarter = try await hazards.quarter(request.uri.queryParameters.get("quarter") ?? "", by: context)
            struct Stats: Encodable, Sendable { let from: String, to: String, lines: [HazardStore.QuarterRow] }
            return try Response.json(Stats(from: quarter.from.description, to: quarter.to.description, lines: quarter.rows))
        }
        routes.get("/api/v1/emergencies", .permitted(.viewSafety)) { request, context in
            let paging = try Paging(request)
            let owing = try parseChoice(request.uri.queryParameters.get("status")?.nilIfBlank ?? "all", EmergencyListFilter.self,
                                        invalidKey: "emergency_error_selection") == .owing
            let (items, total) = try await emergencies.list(by: context, owing: owing, paging: paging)
            return try Response.json(ListPage(items: items.map(EmergencyItem.init), total: total, paging: paging))
        }
        routes.post("/api/v1/emergencies", .permitted(.recordEmergencies)) { request, context in
            let b = try await request.decodeJSON(NewEmergency.self, limit: 64 << 10)
            let e = try await emergencies.record(.init(
                category: b.category, type: b.type, title: b.title ?? b.type, occurredAt: b.occurredAt, learnedAt: b.learnedAt ?? clock.now(), place: b.place,
                unitCode: b.unitCode ?? context.staff.unitCode,
                figures: EmergencyFigures(deaths: b.deaths ?? 0, seriousInjuries: b.seriousInjuries ?? 0, directLossYuan: b.directLossYuan ?? 0, affected: b.affected ?? 0),
                grade: b.grade), by: context)
            return try Response.json(EmergencyItem(e), status: .created)
        }
        routes.get("/api/v1/emergencies/{emergency}", .permitted(.viewSafety)) { _, context in
            let e = try await emergencies.find(try context.parameters.require("emergency"), by: context)
            return try Response.json(EmergencyItem(e))
        }
        routes.staff(.patch, "/api/v1/emergencies/{emergency}", .permitted(.recordEmergencies)) { request, context in
            let e = try await emergencies.find(try context.parameters.require("emergency"), by: context)
            let f = try await request.decodeJSON(Figures.self, limit: 8 << 10)
            return try Response.json(EmergencyItem(try await emergencies.update(e, figures: figures(f, over: e.figures), grade: f.grade, by: context)))
        }
        routes.post("/api/v1/emergencies/{emergency}/reports", .permitted(.recordEmergencies)) { request, context in
            let e = try await emergencies.find(try context.parameters.require("emergency"), by: context)
            let b = try await request.decodeJSON(NewReport.self, limit: 8 << 10)
            return try Response.json(EmergencyItem(try await emergencies.report(e, level: b.level, note: b.note ?? "", by: context)), status: .created)
        }
        routes.get("/api/v1/emergency-statistics", .permitted(.viewSafety)) { request, context in
            let month = request.uri.queryParameters.get("month") ?? String(Day(date: clock.now()).description.prefix(7))
            return try Response.json(StatisticsItem(try await emergencies.statistics(month: month, by: context)))
        }
        routes.get("/api/v1/warnings", .permitted(.viewSafety)) { _, context in
            let items = try await warnings.list(by: context), now = clock.now()
            return try Response.json(ListPage(items: items.map { WarningItem($0, now: now) }, total: items.count, paging: Paging(limit: max(items.count, 1), offset: 0)))
        }
        routes.post("/api/v1/warnings", .permitted(.issueWarnings)) { request, context in
            let b = try await request.decodeJSON(NewWarning.self, limit: 16 << 10)
            let w = try await warnings.issue(level: b.level, kind: b.kind, title: b.title, message: b.message ?? "", units: b.units, startsAt: b.startsAt,
                                             endsAt: b.endsAt, by: context)
            return try Response.json(WarningItem(w, now: clock.now()), status: .created)
        }
        routes.post("/api/v1/warnings/{warning}/lift", .permitted(.issueWarnings)) { _, context in
            let w = try await warnings.lift(try context.parameters.require("warning"), by: context)
            return try Response.json(WarningItem(w, now: clock.now()))
        }
    }
}

enum EmergencyListFilter: String { case all, owing }
