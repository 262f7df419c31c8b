import Foundation
import Kernel
import SQLKit

/// SQL for emergencies, their reports upward, history and daily numbers.
public struct EmergencyStore: Sendable {
    public init() {}

    static let columns = ["id", "number", "category", "type", "title", "occurred_at", "learned_at", "place", "unit_code", "deaths", "serious_injuries",
                          "direct_loss_yuan", "affected", "grade", "grade_rule", "created_by", "created_at", "updated_at"]

    struct Row: Decodable {
        let id: String, number: String, category: String, type: String, title: String, occurred_at: Int64, learned_at: Int64, place: String
        let unit_code: String, deaths: Int, serious_injuries: Int, direct_loss_yuan: Int64, affected: Int, grade: String, grade_rule: String
        let created_by: String?, created_at: Int64, updated_at: Int64

        func emergency(reports: [EmergencyReport]) -> Emergency {
            Emergency(id: id, number: number, category: EmergencyCategory(rawValue: category) ?? .accident, type: type, title: title,
                      occurredAt: Date(epochSeconds: occurred_at), learnedAt: Date(epochSeconds: learned_at), place: place, unitCode: unit_code,
                      figures: EmergencyFigures(deaths: deaths, seriousInjuries: serious_injuries, directLossYuan: direct_loss_yuan, affected: affected),
                      grade: EmergencyGrade(rawValue: grade) ?? .general, gradeRule: grade_rule, reports: reports, createdBy: created_by,
                      createdAt: Date(epochSeconds: created_at), updatedAt: Date(epochSeconds: updated_at))
        }
    }

    struct ReportRow: Decodable {
        let emergency_id: String, level: String, reported_at: Int64, due_at: Int64, reported_by: String?, note: String
        var report: EmergencyReport {
            EmergencyReport(level: ReportLevel(rawValue: level) ?? .county, reportedAt: Date(epochSeconds: reported_at), dueAt: Date(epochSeconds: due_at),
                            reportedBy: reported_by, note: note)
        }
    }

    /// Event numbers: TF20261203-00001 (突发).
    static let numbers = DailyNumbers(table: "emergency_counters", prefix: "TF")
    static let steps = StepLog(table: "emergency_events", parentColumn: "emergency_id")

    func insert(_ e: Emergency, on sql: any SQLDatabase) async throws {
        let next = EmergencyRules.nextReport(e)
        try await sql.insert(into: "emergencies").columns(Self.columns + ["open_due", "due_rule"]).values(
            SQLBind(e.id), SQLBind(e.number), SQLBind(e.category.rawValue), SQLBind(e.type), SQLBind(e.title), SQLBind(e.occurredAt.epochSeconds),
            SQLBind(e.learnedAt.epochSeconds), SQLBind(e.place), SQLBind(e.unitCode), SQLBind(e.figures.deaths), SQLBind(e.figures.seriousInjuries),
            SQLBind(e.figures.directLossYuan), SQLBind(e.figures.affected), SQLBind(e.grade.rawValue), SQLBind(e.gradeRule), SQLBind(e.createdBy),
            SQLBind(e.createdAt.epochSeconds), SQLBind(e.updatedAt.epochSeconds), SQLBind(next?.due.epochSeconds), SQLBind(next.map { "report_\($0.level.rawValue)" })
        ).run()
    }

    /// New figures and grade, and the next report owed; false when someone changed it first.
    func update(_ e: Emergency, from current: Emergency, on sql: any SQLDatabase) async throws -> Bool {
        let next = EmergencyRules.nextReport(e)
        return try await sql.update("emergencies").set("deaths", to: e.figures.deaths).set("serious_injuries", to: e.figures.seriousInjuries)
            .set("direct_loss_yuan", to: e.figures.directLossYuan).set("affected", to: e.figures.affected).set("grade", to: e.grade.rawValue)
            .set("grade_rule", to: e.gradeRule).set("open_due", to: next?.due.epochSeconds).set("due_rule", to: next.map { "report_\($0.level.rawValue)" })
            .set("updated_at", to: e.updatedAt.epochSeconds)
            .where("id", .equal, e.id).where("updated_at", .equal, current.updatedAt.epochSeconds).returning("id").all().count == 1
    }

    /// Records a report once per level, a late one counted with its event; false when that level was reported already.
    func addReport(_ r: EmergencyReport, to id: String, on sql: any SQLDatabase) async throws -> Bool {
        let added = try await sql.insert(into: "emergency_reports").columns("emergency_id", "level", "reported_at", "due_at", "reported_by", "note")
            .values(SQLBind(id), SQLBind(r.level.rawValue), SQLBind(r.reportedAt.epochSeconds), SQLBind(r.dueAt.epochSeconds), SQLBind(r.reportedBy), SQLBind(r.note))
            .ignoringConflicts(with: ["emergency_id", "level"]).returning("emergency_id").all().count == 1
        guard added else { return false }
        if r.late {
            try await sql.update("emergencies").set(SQLIdentifier("late_reports"), to: SQLBinaryExpression(SQLIdentifier("late_reports"), .add, SQLBind(1)))
                .where("id", .equal, id).run()
        }
        return true
    }

    func reports(of ids: [String], on sql: any SQLDatabase) async throws -> [String: [EmergencyReport]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await sql.select().columns("emergency_id", "level", "reported_at", "due_at", "reported_by", "note").from("emergency_reports")
            .where("emergency_id", .in, ids).orderBy("reported_at").all(decoding: ReportRow.self)
        return Dictionary(grouping: rows, by: \.emergency_id).mapValues { $0.map(\.report) }
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> Emergency? {
        guard let row = try await sql.select().columns(Self.columns).from("emergencies").where("id", .equal, id).first(decoding: Row.self) else { return nil }
        return row.emergency(reports: try await reports(of: [id], on: sql)[id] ?? [])
    }

    /// Events in scope, newest first; `owing` keeps those with a report still owed, the soonest due first. A deep page's offset
    /// is walked over the ids alone, off the index that holds each order with the place (`safety_0007_emergency_lists`).
    func list(within scope: Scope, owing: Bool, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Emergency], total: Int) {
        let walked = try await sql.walks("emergencies", column: "unit_code", within: scope)
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
            let b = b.from("emergencies").where("unit_code", within: scope, walked: walked)
            return owing ? b.where("open_due", .isNot, SQLLiteral.null) : b
        }
        let rows = try await sql.page(of: "emergencies", columns: Self.columns, orderedBy: owing ? "open_due" : "occurred_at", descending: !owing,
                                      after: nil, limit: limit, offset: offset, decoding: Row.self, where: filtered)
        let reports = try await reports(of: rows.map(\.id), on: sql)
        return (rows.map { $0.emergency(reports: reports[$0.id] ?? []) },
                try await sql.listTotal(afterReading: rows.count, limit: limit, offset: offset, filtered))
    }

    struct FigureRow: Decodable {
        let category: String, grade: String, events: Int, deaths: Int, serious_injuries: Int, direct_loss_yuan: Int64, late_reports: Int
    }

    /// The events in scope that occurred in [from, to) summed by category and grade in the database, off the index that holds
    /// what is summed (`emergencies_occurred_place`): a county's month holds thousands of events, each once read whole with
    /// its reports by thousands of bound ids (100,000 events over two years: 350–510 ms at p95 for the month's statistics).
    func figures(within scope: Scope, from: Date, to: Date, on sql: any SQLDatabase) async throws -> [FigureRow] {
        try await sql.select().column("category").column("grade").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "events")
            .column(WholeSum("deaths"), as: "deaths").column(WholeSum("serious_injuries"), as: "serious_injuries")
            .column(WholeSum("direct_loss_yuan"), as: "direct_loss_yuan").column(WholeSum("late_reports"), as: "late_reports").from("emergencies")
            // The place checked inside the month's range: put as a range, SQLite took the place's index and read every event of
            // the county (211–267 ms at p95).
            .where("unit_code", withinWalking: scope)
            .where("occurred_at", .greaterThanOrEqual, from.epochSeconds).where("occurred_at", .lessThan, to.epochSeconds)
            .groupBy("category").groupBy("grade").all(decoding: FigureRow.self)
    }
}
