import Foundation
import Kernel
import SQLKit

/// SQL for what the assessment collects: visits, the risk register and the county's settings.
extension DecisionStore {
    struct VisitRow: Decodable {
        let household_id: String, grid_code: String, attitude: String, concerns: String, visited_by: String?, visited_at: Int64
        var visit: Visit {
            Visit(householdId: household_id, gridCode: grid_code, attitude: Attitude(rawValue: attitude) ?? .neutral, concerns: concerns,
                  visitedBy: visited_by, visitedAt: Date(epochSeconds: visited_at))
        }
    }

    /// A household visited again keeps its latest attitude: the rate counts households, not visits.
    func saveVisit(_ v: Visit, decisionId: String, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "decision_visits").columns("decision_id", "household_id", "grid_code", "attitude", "concerns", "visited_by", "visited_at")
            .values(SQLBind(decisionId), SQLBind(v.householdId), SQLBind(v.gridCode), SQLBind(v.attitude.rawValue), SQLBind(v.concerns),
                    SQLBind(v.visitedBy), SQLBind(v.visitedAt.epochSeconds))
            .onConflict(with: ["decision_id", "household_id"]) {
                $0.set(excludedValueOf: "attitude").set(excludedValueOf: "concerns").set(excludedValueOf: "visited_by").set(excludedValueOf: "visited_at")
            }.run()
    }

    /// The households visited, counted by the attitude each gave, in the database.
    func visitTally(of decisionId: String, on sql: any SQLDatabase) async throws -> [Attitude: Int] {
        struct Row: Decodable { let attitude: String, n: Int }
        let rows = try await sql.select().column("attitude").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("decision_visits")
            .where("decision_id", .equal, decisionId).groupBy("attitude").all(decoding: Row.self)
        return rows.reduce(into: [:]) { tally, row in if let attitude = Attitude(rawValue: row.attitude) { tally[attitude, default: 0] += row.n } }
    }

    /// The visits to `households` (a page of them).
    func visits(of decisionId: String, households: [String], on sql: any SQLDatabase) async throws -> [Visit] {
        guard !households.isEmpty else { return [] }
        return try await sql.select().columns("household_id", "grid_code", "attitude", "concerns", "visited_by", "visited_at").from("decision_visits")
            .where("decision_id", .equal, decisionId).where("household_id", .in, households).all(decoding: VisitRow.self).map(\.visit)
    }

    /// The concerns households raised, each with the attitude it came with and how many raised it, the most raised first (at
    /// most `limit` of them): a report's chapter, where thousands of households say the same thing.
    func concerns(of decisionId: String, limit: Int, on sql: any SQLDatabase) async throws -> [(attitude: Attitude, concerns: String, households: Int)] {
        struct Row: Decodable { let attitude: String, concerns: String, n: Int }
        let n = SQLFunction("COUNT", args: SQLLiteral.all)
        return try await sql.select().column("attitude").column("concerns").column(n, as: "n").from("decision_visits").where("decision_id", .equal, decisionId)
            .where("concerns", .notEqual, "").groupBy("attitude").groupBy("concerns")
            .orderBy(SQLOrderBy(expression: n, direction: SQLDirection.descending)).orderBy("concerns").limit(limit)
            .all(decoding: Row.self).map { (Attitude(rawValue: $0.attitude) ?? .neutral, $0.concerns, $0.n) }
    }

    struct RiskRow: Decodable {
        let id: String, decision_id: String, title: String, likelihood: Int, impact: Int, mitigation: String, owner: String, status: String
        let updated_at: Int64
        var risk: RiskPoint {
            RiskPoint(id: id, decisionId: decision_id, title: title, likelihood: likelihood, impact: impact, mitigation: mitigation, owner: owner,
                      status: RiskPoint.Status(rawValue: status) ?? .open, updatedAt: Date(epochSeconds: updated_at))
        }
    }

    func risks(of decisionId: String, on sql: any SQLDatabase) async throws -> [RiskPoint] {
        try await sql.select().columns("id", "decision_id", "title", "likelihood", "impact", "mitigation", "owner", "status", "updated_at")
            .from("decision_risks").where("decision_id", .equal, decisionId).orderBy("id").all(decoding: RiskRow.self).map(\.risk)
    }

    func insertRisk(_ r: RiskPoint, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "decision_risks").columns("id", "decision_id", "title", "likelihood", "impact", "mitigation", "owner", "status", "updated_at")
            .values(SQLBind(r.id), SQLBind(r.decisionId), SQLBind(r.title), SQLBind(r.likelihood), SQLBind(r.impact), SQLBind(r.mitigation),
                    SQLBind(r.owner), SQLBind(r.status.rawValue), SQLBind(r.updatedAt.epochSeconds)).run()
    }

    func updateRisk(_ r: RiskPoint, on sql: any SQLDatabase) async throws {
        try await sql.update("decision_risks").set("title", to: r.title).set("likelihood", to: r.likelihood).set("impact", to: r.impact)
            .set("mitigation", to: r.mitigation).set("owner", to: r.owner).set("status", to: r.status.rawValue).set("updated_at", to: r.updatedAt.epochSeconds)
            .where("id", .equal, r.id).where("decision_id", .equal, r.decisionId).run()
    }

    static let settingsRow = SettingsRow<AssessmentSettings>(table: "assessment_settings")

    func settings(on sql: any SQLDatabase) async throws -> AssessmentSettings {
        try await Self.settingsRow.load(orDefault: .defaults, on: sql)
    }

    func saveSettings(_ settings: AssessmentSettings, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws {
        try await Self.settingsRow.save(settings, by: staffId, at: now, on: sql)
    }
}

/// SQL for public comments and the expert pool.
extension DecisionStore {
    struct CommentRow: Decodable {
        let id: String, decision_id: String, author: String, body: String, created_at: Int64, answer: String?, answered_at: Int64?, answered_by: String?
        var comment: DecisionComment {
            DecisionComment(id: id, decisionId: decision_id, author: author, body: body, createdAt: Date(epochSeconds: created_at), answer: answer,
                            answeredAt: answered_at.map(Date.init(epochSeconds:)), answeredBy: answered_by)
        }
    }

    func addComment(_ c: DecisionComment, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "decision_comments").columns("id", "decision_id", "author", "body", "created_at")
            .values(SQLBind(c.id), SQLBind(c.decisionId), SQLBind(c.author), SQLBind(c.body), SQLBind(c.createdAt.epochSeconds)).run()
    }

    /// Answers a comment not yet answered; false when there is no such comment or it already has its answer.
    func answer(commentId: String, decisionId: String, text: String, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("decision_comments").set("answer", to: text).set("answered_at", to: now.epochSeconds).set("answered_by", to: staffId)
            .where("id", .equal, commentId).where("decision_id", .equal, decisionId).where("answer", .is, SQLLiteral.null)
            .returning("id").all().count == 1
    }

    static let commentColumns = ["id", "decision_id", "author", "body", "created_at", "answer", "answered_at", "answered_by"]

    /// The decision's comments, or those still waiting for an answer.
    static func comments(_ b: SQLSelectBuilder, of decisionId: String, unanswered: Bool) -> SQLSelectBuilder {
        let b = b.from("decision_comments").where("decision_id", .equal, decisionId)
        return unanswered ? b.where("answer", .is, SQLLiteral.null) : b
    }

    /// How many comments the decision has, or how many still wait for an answer.
    func commentCount(of decisionId: String, unanswered: Bool, on sql: any SQLDatabase) async throws -> Int {
        try await sql.count { Self.comments($0, of: decisionId, unanswered: unanswered) }
    }

    /// A page of the decision's comments in the order they came, or newest first (the unanswered alone when asked), and how
    /// many there are.
    func comments(of decisionId: String, unanswered: Bool, newestFirst: Bool = false, limit: Int, offset: Int, on sql: any SQLDatabase)
        async throws -> (items: [DecisionComment], total: Int)
    {
        let direction: SQLDirection = newestFirst ? .descending : .ascending
        let items = try await Self.comments(sql.select().columns(Self.commentColumns), of: decisionId, unanswered: unanswered)
            .orderBy("created_at", direction).orderBy("id", direction).limit(limit).offset(offset).all(decoding: CommentRow.self).map(\.comment)
        return (items, try await commentCount(of: decisionId, unanswered: unanswered, on: sql))
    }

    func comments(of decisionId: String, on sql: any SQLDatabase) async throws -> [DecisionComment] {
        try await Self.comments(sql.select().columns(Self.commentColumns), of: decisionId, unanswered: false)
            .orderBy("created_at").orderBy("id").all(decoding: CommentRow.self).map(\.comment)
    }

    struct ExpertRow: Decodable {
        let id: String, name: String, field: String, organisation: String, unit_code: String, active: Int
        var expert: Expert { Expert(id: id, name: name, field: field, organisation: organisation, unitCode: unit_code, active: active != 0) }
    }

    static let expertColumns = ["id", "name", "field", "organisation", "unit_code", "active"]

    func insertExpert(_ e: Expert, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "experts").columns(Self.expertColumns + ["created_at"])
            .values(SQLBind(e.id), SQLBind(e.name), SQLBind(e.field), SQLBind(e.organisation), SQLBind(e.unitCode), SQLBind(e.active ? 1 : 0),
                    SQLBind(now.epochSeconds)).run()
    }

    /// The pool an office may draw from: experts kept by its own unit or any unit above it.
    func experts(visibleFrom unitCode: String, field: String?, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Expert], total: Int) {
        let prefixes = Self.ancestry(of: unitCode)
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
            var b = b.from("experts").where("unit_code", .in, prefixes).where("active", .equal, 1)
            if let field { b = b.where("field", .equal, field) }
            return b
        }
        let items = try await filtered(sql.select().columns(Self.expertColumns)).orderBy("field").orderBy("name").orderBy("id")
            .limit(limit).offset(offset).all(decoding: ExpertRow.self).map(\.expert)
        return (items, try await sql.count(filtered))
    }

    /// The unit and every unit above it (county 6, street 9, community 12, grid 15 digits).
    static func ancestry(of code: String) -> [String] {
        [6, 9, 12, 15, 18].filter { $0 <= code.count }.map { String(code.prefix($0)) }
    }

    struct DrawnRow: Decodable {
        let id: String, name: String, field: String, organisation: String, unit_code: String, active: Int
        let conflict: Int?, conflict_note: String?, opinion: String?, opinion_at: Int64?
    }

    func drawn(for decisionId: String, on sql: any SQLDatabase) async throws -> [DrawnExpert] {
        try await sql.select().columns(Self.expertColumns.map { SQLColumn($0, table: "experts") })
            .columns(["conflict", "conflict_note", "opinion", "opinion_at"].map { SQLColumn($0, table: "decision_experts") })
            .from("decision_experts").join("experts", on: SQLColumn("id", table: "experts"), .equal, SQLColumn("expert_id", table: "decision_experts"))
            .where(SQLColumn("decision_id", table: "decision_experts"), .equal, SQLBind(decisionId))
            .orderBy(SQLColumn("drawn_at", table: "decision_experts")).orderBy(SQLColumn("id", table: "experts"))
            .all(decoding: DrawnRow.self).map { r in
                DrawnExpert(expert: Expert(id: r.id, name: r.name, field: r.field, organisation: r.organisation, unitCode: r.unit_code, active: r.active != 0),
                            conflict: r.conflict.map { $0 != 0 }, conflictNote: r.conflict_note, opinion: r.opinion, opinionAt: r.opinion_at.map(Date.init(epochSeconds:)))
            }
    }

    func draw(_ expertIds: [String], for decisionId: String, at now: Date, on sql: any SQLDatabase) async throws {
        guard !expertIds.isEmpty else { return }
        var insert = sql.insert(into: "decision_experts").columns("decision_id", "expert_id", "drawn_at")
        for id in expertIds { insert = insert.values(SQLBind(decisionId), SQLBind(id), SQLBind(now.epochSeconds)) }
        try await insert.ignoringConflicts(with: ["decision_id", "expert_id"]).run()
    }

    /// Records an expert's declaration and opinion once; false when not drawn or already given.
    func recordOpinion(decisionId: String, expertId: String, conflict: Bool, note: String?, opinion: String?, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("decision_experts").set("conflict", to: conflict ? 1 : 0).set("conflict_note", to: note).set("opinion", to: opinion)
            .set("opinion_at", to: now.epochSeconds)
            .where("decision_id", .equal, decisionId).where("expert_id", .equal, expertId).where("conflict", .is, SQLLiteral.null)
            .returning("decision_id").all().count == 1
    }
}
