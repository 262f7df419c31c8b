import Foundation
import Kernel
import SQLKit

/// SQL for hazards, their history and daily numbers.
public struct HazardStore: Sendable {
    public init() {}

    static let columns = ["id", "number", "grid_code", "place", "organisation_id", "kind", "level", "description", "responsible_unit", "work_order_number",
                          "status", "plan", "due_at", "due_rule", "rectified_at", "closed_at", "created_by", "created_at", "updated_at"]

    struct Row: Decodable {
        let id: String, number: String, grid_code: String, place: String, organisation_id: String?, kind: String, level: String, description: String
        let responsible_unit: String, work_order_number: String?, status: String, plan: String?, due_at: Int64?, due_rule: String?
        let rectified_at: Int64?, closed_at: Int64?, created_by: String?, created_at: Int64, updated_at: Int64

        var hazard: Hazard {
            Hazard(id: id, number: number, gridCode: grid_code, place: place, organisationId: organisation_id, kind: HazardKind(rawValue: kind) ?? .other,
                   level: HazardLevel(rawValue: level) ?? .general, description: description, responsibleUnit: responsible_unit,
                   workOrderNumber: work_order_number, status: HazardStatus(rawValue: status) ?? .reported,
                   plan: plan.flatMap { try? JSONDecoder().decode(RectificationPlan.self, from: Data($0.utf8)) },
                   dueAt: due_at.map(Date.init(epochSeconds:)), dueRule: due_rule.flatMap(HazardClock.Rule.init(rawValue:)),
                   rectifiedAt: rectified_at.map(Date.init(epochSeconds:)), closedAt: closed_at.map(Date.init(epochSeconds:)), createdBy: created_by,
                   createdAt: Date(epochSeconds: created_at), updatedAt: Date(epochSeconds: updated_at))
        }
    }

    /// Hazard numbers: YH20261203-00001 (隐患).
    static let numbers = DailyNumbers(table: "hazard_counters", prefix: "YH")
    static let steps = StepLog(table: "hazard_events", parentColumn: "hazard_id")
    static let casework = CaseSteps(history: steps, changedKey: "hazard_error_changed")

    static func planText(_ plan: RectificationPlan?) -> String? {
        plan.flatMap { try? JSONEncoder().encode($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    static func openDue(_ h: Hazard) -> Int64? { h.status.isOpen ? h.dueAt?.epochSeconds : nil }

    func insert(_ h: Hazard, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "hazards").columns(Self.columns + ["open_due"]).values(
            SQLBind(h.id), SQLBind(h.number), SQLBind(h.gridCode), SQLBind(h.place), SQLBind(h.organisationId), SQLBind(h.kind.rawValue),
            SQLBind(h.level.rawValue), SQLBind(h.description), SQLBind(h.responsibleUnit), SQLBind(h.workOrderNumber), SQLBind(h.status.rawValue),
            SQLBind(Self.planText(h.plan)), SQLBind(h.dueAt?.epochSeconds), SQLBind(h.dueRule?.rawValue), SQLBind(h.rectifiedAt?.epochSeconds),
            SQLBind(h.closedAt?.epochSeconds), SQLBind(h.createdBy), SQLBind(h.createdAt.epochSeconds), SQLBind(h.updatedAt.epochSeconds),
            SQLBind(Self.openDue(h))).run()
        try await HazardFigureCounts.count(h, on: sql)
    }

    func update(_ h: Hazard, from current: Hazard, on sql: any SQLDatabase) async throws -> Bool {
        let updated = try await sql.update("hazards").set("status", to: h.status.rawValue).set("plan", to: Self.planText(h.plan)).set("due_at", to: h.dueAt?.epochSeconds)
            .set("due_rule", to: h.dueRule?.rawValue).set("open_due", to: Self.openDue(h)).set("rectified_at", to: h.rectifiedAt?.epochSeconds)
            .set("closed_at", to: h.closedAt?.epochSeconds).set("updated_at", to: h.updatedAt.epochSeconds)
            .where("id", .equal, h.id).where("status", .equal, current.status.rawValue).where("updated_at", .equal, current.updatedAt.epochSeconds)
            .returning("id").all().count == 1
        if updated { try await HazardFigureCounts.count(h, replacing: current, on: sql) }
        return updated
    }

    func savePhoto(_ photo: HazardPhoto, of id: String, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "hazard_photos").columns("hazard_id", "content_type", "bytes", "created_at")
            .values(SQLBind(id), SQLBind(photo.contentType), SQLBind(photo.data), SQLBind(now.epochSeconds)).run()
    }

    func photo(of id: String, on sql: any SQLDatabase) async throws -> HazardPhoto? {
        struct Row: Decodable { let content_type: String, bytes: Data }
        return try await sql.select().columns("content_type", "bytes").from("hazard_photos").where("hazard_id", .equal, id).first(decoding: Row.self)
            .map { HazardPhoto(contentType: $0.content_type, data: $0.bytes) }
    }

    func hasPhoto(_ id: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("hazard_id").from("hazard_photos").where("hazard_id", .equal, id).first() != nil
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> Hazard? {
        try await sql.select().columns(Self.columns).from("hazards").where("id", .equal, id).first(decoding: Row.self)?.hazard
    }

    public enum Selection: String, Sendable, CaseIterable { case open, overdue, major, all }

    func list(within scope: Scope, _ selection: Selection, now: Date, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Hazard], total: Int) {
        let walked = try await sql.walks("hazards", column: "grid_code", within: scope)
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
            var b = b.from("hazards").where("grid_code", within: scope, walked: walked)
            switch selection {
            case .open: b = b.where("open_due", .isNot, SQLLiteral.null)
            case .overdue: b = b.where("open_due", .lessThan, now.epochSeconds)
            // The literal, not a bound value: what lets both databases read the open major hazards' own (partial) index.
            case .major: b = b.where(SQLColumn("level"), .equal, SQLLiteral.string(HazardLevel.major.rawValue)).where("open_due", .isNot, SQLLiteral.null)
            case .all: break
            }
            return b
        }
        // Newest first by (found, id), or soonest due by (clock, id); a deep page's offset walked over the ids alone.
        let items = try await sql.page(of: "hazards", columns: Self.columns, orderedBy: selection == .all ? "created_at" : "open_due",
                                       descending: selection == .all, after: nil, limit: limit, offset: offset, decoding: Row.self, where: filtered)
            .map(\.hazard)
        return (items, try await sql.listTotal(afterReading: items.count, limit: limit, offset: offset, filtered))
    }

    public struct QuarterRow: Sendable, Codable { public let kind: String, level: String, found: Int, closed: Int, overdue: Int }

    /// Hazards found from `from` to `to` (both days counted) by kind and level: how many and how many closed from the kept
    /// counts, how many open past their time at `now` from the open hazards' clock, which holds what it needs.
    func quarter(within scope: Scope, from: Day, to: Day, now: Date, on sql: any SQLDatabase) async throws -> [QuarterRow] {
        let lines = try await HazardFigureCounts.lines(under: scope.rootCode, from: from, to: to, on: sql)
        struct Overdue: Decodable { let kind: String, level: String, n: Int }
        // `created_at + 0`: SQLite would take the finding time's range (a county's quarter) over the clock's.
        let created = SQLBinaryExpression(SQLColumn("created_at"), .add, SQLLiteral.numeric("0"))
        let overdue = try await sql.select().column("kind").column("level").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("hazards")
            .where("open_due", .lessThan, now.epochSeconds).where("grid_code", withinWalking: scope)
            .where(created, .greaterThanOrEqual, SQLBind(from.startDate.epochSeconds)).where(created, .lessThan, SQLBind(to.next.startDate.epochSeconds))
            .groupBy("kind").groupBy("level").all(decoding: Overdue.self)
        return lines.filter { $0.found > 0 }.map { line in
            QuarterRow(kind: line.kind, level: line.level, found: line.found, closed: line.closed,
                       overdue: overdue.first { $0.kind == line.kind && $0.level == line.level }?.n ?? 0)
        }.sorted { ($0.kind, $0.level) < ($1.kind, $1.level) }
    }

    /// Counts the quarter figures again from every hazard: for hazards loaded into the table without a step (a bench).
    public static func recountFigures(in database: Database) async throws {
        try await database.transaction { sql in try await HazardFigureCounts.recount(on: sql) }
    }
}
