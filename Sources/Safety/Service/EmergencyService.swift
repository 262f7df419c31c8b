import Foundation
import Kernel
import SQLKit

/// Emergencies by the national categories: graded from their figures, reported upward on the
/// clock, corrected within the update window, counted by month.
public struct EmergencyService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let store = EmergencyStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory) {
        self.database = database
        self.clock = clock
        self.units = units
    }

    public struct NewEmergency: Sendable {
        public var category: String, type: String, title: String, occurredAt: Date, learnedAt: Date, place: String, unitCode: String
        public var figures: EmergencyFigures
        /// Social-security events only: the grade given by hand.
        public var grade: String?

        public init(category: String, type: String, title: String, occurredAt: Date, learnedAt: Date, place: String, unitCode: String,
                    figures: EmergencyFigures, grade: String?) {
            self.category = category
            self.type = type
            self.title = title
            self.occurredAt = occurredAt
            self.learnedAt = learnedAt
            self.place = place
            self.unitCode = unitCode
            self.figures = figures
            self.grade = grade
        }
    }

    /// The grade: computed for the first three categories, given by hand for social security.
    static func grade(category: EmergencyCategory, figures: EmergencyFigures, byHand: String?) throws -> (EmergencyGrade, String) {
        guard category.gradedByHand else {
            guard byHand?.nilIfBlank == nil else { throw AppError.invalid("emergency_error_grade_computed") }
            return EmergencyRules.grade(figures)
        }
        guard let grade = try parseChoice(byHand, EmergencyGrade.self, invalidKey: "emergency_error_grade") else { throw AppError.invalid("emergency_error_grade") }
        return (grade, "by_hand")
    }

    public func record(_ new: NewEmergency, by actor: StaffContext) async throws -> Emergency {
        guard actor.staff.can(.recordEmergencies) else { throw AppError.forbiddenAction }
        let now = clock.now()
        guard let category = EmergencyCategory(rawValue: new.category.trimmed) else { throw AppError.invalid("emergency_error_category", [new.category]) }
        let type = new.type.trimmed, title = new.title.trimmed, place = new.place.trimmed, unit = new.unitCode.trimmed
        guard !type.isEmpty, type.count <= 50 else { throw AppError.invalid("emergency_error_type") }
        guard !title.isEmpty, title.count <= 200 else { throw AppError.invalid("emergency_error_title") }
        guard !place.isEmpty, place.count <= 200 else { throw AppError.invalid("emergency_error_place") }
        guard new.occurredAt <= now.addingTimeInterval(300), new.learnedAt >= new.occurredAt, new.learnedAt <= now.addingTimeInterval(300),
              now.timeIntervalSince(new.occurredAt) < 366 * 86_400 else { throw AppError.invalid("emergency_error_times") }
        try EmergencyRules.validate(new.figures)
        try await units.requireUnit(unit, within: actor.scope, errorKey: "emergency_error_unit")
        let (grade, rule) = try Self.grade(category: category, figures: new.figures, byHand: new.grade)
        let id = RecordID.make(now: now), store = self.store
        let event = actor.audit("emergency.record", "emergency", id, detail: "\(category.rawValue) \(grade.rawValue)")
        return try await database.transaction { sql in
            let e = Emergency(id: id, number: try await EmergencyStore.numbers.next(on: Day(date: now), sql: sql), category: category, type: type, title: title,
                              occurredAt: new.occurredAt, learnedAt: new.learnedAt, place: place, unitCode: unit, figures: new.figures, grade: grade,
                              gradeRule: rule, reports: [], createdBy: actor.staff.id, createdAt: now, updatedAt: now)
            try await store.insert(e, on: sql)
            try await EmergencyStore.steps.add(id, action: "record", from: nil, to: grade.rawValue, note: rule, actorId: actor.staff.id, at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
            return e
        }
    }

    public func find(_ id: String, by actor: StaffContext) async throws -> Emergency {
        let store = self.store
        guard let e = try await database.read({ try await store.find(id: id, on: $0) }), actor.scope.contains(e.unitCode) else { throw AppError.notFound }
        return e
    }

    public func list(by actor: StaffContext, owing: Bool, paging: Paging) async throws -> (items: [Emergency], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.list(within: scope, owing: owing, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    public func events(of e: Emergency) async throws -> [StepLog.Entry] {
        try await database.read { try await EmergencyStore.steps.entries(of: e.id, on: $0) }
    }

    /// Corrected figures, within 30 days of the event (7 for road traffic and fires); the grade follows them.
    public func update(_ current: Emergency, figures: EmergencyFigures, grade byHand: String?, by actor: StaffContext) async throws -> Emergency {
        guard actor.staff.can(.recordEmergencies) else { throw AppError.forbiddenAction }
        let now = clock.now(), days = EmergencyRules.updateWindowDays(type: current.type)
        guard now <= current.occurredAt.addingTimeInterval(Double(days) * 86_400) else { throw AppError.conflict("emergency_error_update_closed", [String(days)]) }
        try EmergencyRules.validate(figures)
        var next = current
        (next.grade, next.gradeRule) = try Self.grade(category: current.category, figures: figures, byHand: byHand)
        next.figures = figures
        next.updatedAt = now
        let updated = next, store = self.store
        let note = "\(current.figures.deaths)/\(current.figures.seriousInjuries)/\(current.figures.directLossYuan) → \(figures.deaths)/\(figures.seriousInjuries)/\(figures.directLossYuan)"
        let event = actor.audit("emergency.update", "emergency", current.id, detail: "\(current.grade.rawValue)→\(updated.grade.rawValue)")
        try await database.transaction { sql in
            guard try await store.update(updated, from: current, on: sql) else { throw AppError.conflict("emergency_error_changed") }
            try await EmergencyStore.steps.add(current.id, action: "update", from: current.grade.rawValue, to: updated.grade.rawValue, note: note,
                                               actorId: actor.staff.id, at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return updated
    }

    /// A report upward, in order (county, then city, then province, as far as the grade requires).
    public func report(_ current: Emergency, level: String, note: String, by actor: StaffContext) async throws -> Emergency {
        guard actor.staff.can(.recordEmergencies) else { throw AppError.forbiddenAction }
        guard let level = ReportLevel(rawValue: level.trimmed) else { throw AppError.invalid("emergency_error_level", [level]) }
        guard EmergencyRules.requiredLevels(current.grade).contains(level) else { throw AppError.conflict("emergency_error_level_not_required", [level.rawValue]) }
        guard let due = EmergencyRules.due(level, learnedAt: current.learnedAt, reports: current.reports) else { throw AppError.conflict("emergency_error_report_order") }
        let note = note.trimmed
        guard note.count <= 4_000 else { throw AppError.invalid("emergency_error_note") }
        let now = clock.now(), store = self.store
        let report = EmergencyReport(level: level, reportedAt: now, dueAt: due, reportedBy: actor.staff.id, note: note)
        var next = current
        next.reports.append(report)
        next.updatedAt = now
        let updated = next
        let event = actor.audit("emergency.report", "emergency", current.id, detail: "\(level.rawValue)\(report.late ? " late" : "")")
        try await database.transaction { sql in
            guard try await store.addReport(report, to: current.id, on: sql) else { throw AppError.conflict("emergency_error_reported") }
            guard try await store.update(updated, from: current, on: sql) else { throw AppError.conflict("emergency_error_changed") }
            try await EmergencyStore.steps.add(current.id, action: "report_\(level.rawValue)", from: nil, to: current.grade.rawValue,
                                               note: note.isEmpty ? nil : note, actorId: actor.staff.id, at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return updated
    }

    /// One month's figures by category and grade, with the same month a year before.
    public struct MonthFigures: Sendable {
        public struct Line: Sendable, Equatable {
            public var events = 0, deaths = 0, seriousInjuries = 0, directLossYuan: Int64 = 0, lateReports = 0
            mutating func add(_ row: EmergencyStore.FigureRow) {
                events += row.events
                deaths += row.deaths
                seriousInjuries += row.serious_injuries
                directLossYuan += row.direct_loss_yuan
                lateReports += row.late_reports
            }
        }
        public let month: String
        public let byCategory: [EmergencyCategory: [EmergencyGrade: Line]]
        public let total: Line
        public let lastYear: Line
    }

    public func statistics(month: String, by actor: StaffContext) async throws -> MonthFigures {
        guard month.count == 7, let year = Int(month.prefix(4)), let m = Int(month.suffix(2)), month.dropFirst(4).first == "-",
              (2000...2100).contains(year), (1...12).contains(m) else { throw AppError.invalid("emergency_error_month") }
        func range(_ y: Int) -> (Date, Date) {
            let start = Day(year: y, month: m, day: 1), end = m == 12 ? Day(year: y + 1, month: 1, day: 1) : Day(year: y, month: m + 1, day: 1)
            return (start.startDate, end.startDate)
        }
        let store = self.store, scope = actor.scope
        let (from, to) = range(year), (lastFrom, lastTo) = range(year - 1)
        let (now, before) = try await database.read { sql in
            (try await store.figures(within: scope, from: from, to: to, on: sql), try await store.figures(within: scope, from: lastFrom, to: lastTo, on: sql))
        }
        var byCategory: [EmergencyCategory: [EmergencyGrade: MonthFigures.Line]] = [:]
        var total = MonthFigures.Line(), lastYear = MonthFigures.Line()
        for row in now {
            let category = EmergencyCategory(rawValue: row.category) ?? .accident, grade = EmergencyGrade(rawValue: row.grade) ?? .general
            byCategory[category, default: [:]][grade, default: .init()].add(row)
            total.add(row)
        }
        for row in before { lastYear.add(row) }
        return MonthFigures(month: month, byCategory: byCategory, total: total, lastYear: lastYear)
    }
}
