import Foundation
import Kernel
import SQLKit

/// SQL for disputes, their parties, events, types, bodies and daily numbers.
public struct DisputeStore: Sendable {
    public init() {}

    static let columns = ["id", "number", "title", "occurred_on", "place", "type_code", "scale", "summary", "unit_code", "violence_threatened",
                          "risk_level", "risk_reasons", "status", "body_code", "outcome", "agreement_terms", "performance_due", "agreed_at",
                          "confirmation_requested_at", "escalated_at", "escalation_decision", "due_at", "due_rule", "created_by", "created_at",
                          "updated_at"]

    struct Row: Decodable {
        let id: String, number: String, title: String, occurred_on: String, place: String, type_code: String, scale: Int, summary: String
        let unit_code: String, violence_threatened: Int, risk_level: String, risk_reasons: String, status: String, body_code: String?
        let outcome: String?, agreement_terms: String?, performance_due: String?, agreed_at: Int64?, confirmation_requested_at: Int64?
        let escalated_at: Int64?, escalation_decision: String?, due_at: Int64?, due_rule: String?, created_by: String?, created_at: Int64
        let updated_at: Int64

        func dispute(parties: [DisputeParty]) -> Dispute {
            Dispute(id: id, number: number, title: title, occurredOn: Day(occurred_on) ?? Day(date: Date(epochSeconds: created_at)), place: place,
                    typeCode: type_code, scale: scale, summary: summary, unitCode: unit_code, violenceThreatened: violence_threatened != 0,
                    riskLevel: RiskLevel(rawValue: risk_level) ?? .low, riskReasons: risk_reasons.split(separator: ",").map(String.init),
                    status: DisputeStatus(rawValue: status) ?? .registered, bodyCode: body_code, outcome: outcome.flatMap(MediationOutcome.init(rawValue:)),
                    agreementTerms: agreement_terms, performanceDue: performance_due.flatMap { Day($0) }, agreedAt: agreed_at.map(Date.init(epochSeconds:)),
                    confirmationRequestedAt: confirmation_requested_at.map(Date.init(epochSeconds:)), escalatedAt: escalated_at.map(Date.init(epochSeconds:)),
                    escalationDecision: escalation_decision, dueAt: due_at.map(Date.init(epochSeconds:)),
                    dueRule: due_rule.flatMap(DisputeClock.Rule.init(rawValue:)), createdBy: created_by, createdAt: Date(epochSeconds: created_at),
                    updatedAt: Date(epochSeconds: updated_at), parties: parties)
        }
    }

    struct PartyRow: Decodable {
        let dispute_id: String, name: String, role: String, is_organisation: Int, phone: String?, registry_id: String?
        var party: DisputeParty {
            DisputeParty(name: name, role: DisputeParty.Role(rawValue: role) ?? .other, isOrganisation: is_organisation != 0, phone: phone,
                         registryId: registry_id)
        }
    }

    func types(on sql: any SQLDatabase) async throws -> [DisputeType] {
        struct R: Decodable { let code: String, name_zh: String, name_en: String, days: Int }
        return try await sql.select().columns("code", "name_zh", "name_en", "days").from("dispute_types").where("active", .equal, 1).orderBy("code")
            .all(decoding: R.self).map { DisputeType(code: $0.code, nameZh: $0.name_zh, nameEn: $0.name_en, days: $0.days) }
    }

    func bodies(on sql: any SQLDatabase) async throws -> [MediationBody] {
        struct R: Decodable { let code: String, name_zh: String, name_en: String, kind: String }
        return try await sql.select().columns("code", "name_zh", "name_en", "kind").from("mediation_bodies").where("active", .equal, 1).orderBy("code")
            .all(decoding: R.self).compactMap { r in MediationKind(rawValue: r.kind).map { MediationBody(code: r.code, nameZh: r.name_zh, nameEn: r.name_en, kind: $0) } }
    }

    /// Case numbers: TJ20261201-00003 (调解).
    static let numbers = DailyNumbers(table: "dispute_counters", prefix: "TJ")
    /// Each dispute's steps: sessions, agreement, follow-ups.
    static let steps = StepLog(table: "dispute_events", parentColumn: "dispute_id")
    static let casework = CaseSteps(history: steps, changedKey: "dispute_error_changed")

    /// Whether another dispute of `type` was registered in `unit` since `since` (early warning: repeated).
    func hasRecent(type: String, unit: String, since: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from("disputes").where("type_code", .equal, type).where("unit_code", .equal, unit)
            .where("created_at", .greaterThanOrEqual, since.epochSeconds).limit(1).first() != nil
    }

    func insert(_ d: Dispute, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "disputes").columns(Self.columns + ["open_due", "high_risk_due"]).values(
            SQLBind(d.id), SQLBind(d.number), SQLBind(d.title), SQLBind(d.occurredOn.description), SQLBind(d.place), SQLBind(d.typeCode),
            SQLBind(d.scale), SQLBind(d.summary), SQLBind(d.unitCode), SQLBind(d.violenceThreatened ? 1 : 0), SQLBind(d.riskLevel.rawValue),
            SQLBind(d.riskReasons.joined(separator: ",")), SQLBind(d.status.rawValue), SQLBind(d.bodyCode), SQLBind(d.outcome?.rawValue),
            SQLBind(d.agreementTerms), SQLBind(d.performanceDue?.description), SQLBind(d.agreedAt?.epochSeconds),
            SQLBind(d.confirmationRequestedAt?.epochSeconds), SQLBind(d.escalatedAt?.epochSeconds), SQLBind(d.escalationDecision),
            SQLBind(d.dueAt?.epochSeconds), SQLBind(d.dueRule?.rawValue), SQLBind(d.createdBy), SQLBind(d.createdAt.epochSeconds),
            SQLBind(d.updatedAt.epochSeconds), SQLBind(Self.openDue(d)), SQLBind(Self.highRiskDue(d))
        ).run()
        var parties = sql.insert(into: "dispute_parties").columns("dispute_id", "seq", "name", "role", "is_organisation", "phone", "registry_id")
        for (seq, p) in d.parties.enumerated() {
            parties = parties.values(SQLBind(d.id), SQLBind(seq + 1), SQLBind(p.name), SQLBind(p.role.rawValue), SQLBind(p.isOrganisation ? 1 : 0),
                                     SQLBind(p.phone), SQLBind(p.registryId))
        }
        try await parties.run()
        try await DisputeFigureCounts.add(DisputeFigureCounts.tally(d), unit: d.unitCode, type: d.typeCode, day: Day(date: d.createdAt).dayNumber, on: sql)
        try await Self.changes.bump(on: sql)
    }

    /// Moves with every dispute written: the figures cached by it (`DisputeService.figures`) hold until it does.
    static let changes = ChangeCounter("disputes")

    /// The first deadline of an open dispute at or after `now` (epoch seconds), when "overdue" next changes
    /// without a step; `Int64.max` when none is coming.
    static func nextDeadline(after now: Date, on sql: any SQLDatabase) async throws -> Int64 {
        try await sql.select().column("open_due").from("disputes").where("open_due", .greaterThanOrEqual, now.epochSeconds)
            .orderBy("open_due").limit(1).first(decodingColumn: "open_due", as: Int64.self) ?? .max
    }

    /// Counts the figures again from every dispute: for disputes loaded into the table without a step (a bench).
    public static func recountFigures(in database: Database) async throws {
        try await database.transaction { sql in
            try await DisputeFigureCounts.recount(on: sql)
            try await Self.changes.bump(on: sql)
        }
    }

    /// The clock kept for open lists: the due time while the dispute is open.
    static func openDue(_ d: Dispute) -> Int64? { d.status.isOpen ? d.dueAt?.epochSeconds : nil }

    /// The clock kept for the high-risk list: the open clock of a dispute of high or major risk (set at registration,
    /// never changed), so that list reads its own index instead of every open dispute's level.
    static func highRiskDue(_ d: Dispute) -> Int64? { d.riskLevel.isSerious ? openDue(d) : nil }

    /// Writes the step if the dispute still stands as in `current`; false when someone got there first.
    func update(_ d: Dispute, from current: Dispute, on sql: any SQLDatabase) async throws -> Bool {
        let written = try await sql.update("disputes").set("status", to: d.status.rawValue).set("body_code", to: d.bodyCode).set("outcome", to: d.outcome?.rawValue)
            .set("agreement_terms", to: d.agreementTerms).set("performance_due", to: d.performanceDue?.description)
            .set("agreed_at", to: d.agreedAt?.epochSeconds).set("confirmation_requested_at", to: d.confirmationRequestedAt?.epochSeconds)
            .set("escalated_at", to: d.escalatedAt?.epochSeconds).set("escalation_decision", to: d.escalationDecision)
            .set("due_at", to: d.dueAt?.epochSeconds).set("due_rule", to: d.dueRule?.rawValue).set("updated_at", to: d.updatedAt.epochSeconds)
            .set("open_due", to: Self.openDue(d)).set("high_risk_due", to: Self.highRiskDue(d))
            .where("id", .equal, d.id).where("updated_at", .equal, current.updatedAt.epochSeconds).where("status", .equal, current.status.rawValue)
            .returning("id").all().count == 1
        // A step changes what the dispute counts as, never its unit, type or day.
        if written {
            try await DisputeFigureCounts.add(DisputeFigureCounts.tally(d) - DisputeFigureCounts.tally(current), unit: current.unitCode, type: current.typeCode,
                                       day: Day(date: current.createdAt).dayNumber, on: sql)
            try await Self.changes.bump(on: sql)
        }
        return written
    }

    func addEvent(disputeId: String, action: String, from: DisputeStatus?, to: DisputeStatus, note: String?, actorId: String?, at now: Date,
                  on sql: any SQLDatabase) async throws {
        try await Self.steps.add(disputeId, action: action, from: from?.rawValue, to: to.rawValue, note: note, actorId: actorId, at: now, on: sql)
    }

    public typealias Event = StepLog.Entry

    func events(disputeId: String, on sql: any SQLDatabase) async throws -> [Event] {
        try await Self.steps.entries(of: disputeId, on: sql)
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> Dispute? {
        guard let row = try await sql.select().columns(Self.columns).from("disputes").where("id", .equal, id).first(decoding: Row.self) else { return nil }
        let parties = try await sql.select().columns("dispute_id", "name", "role", "is_organisation", "phone", "registry_id").from("dispute_parties")
            .where("dispute_id", .equal, id).orderBy("seq").all(decoding: PartyRow.self).map(\.party)
        return row.dispute(parties: parties)
    }

    public enum Selection: Sendable, Equatable {
        case open, overdue(Date), highRisk, all
    }

    /// A page of disputes (parties left out: lists show the name and summary).
    public func list(within scope: Scope, _ selection: Selection, type: String?, limit: Int, offset: Int, after: ListCursor? = nil,
                     on sql: any SQLDatabase) async throws -> (items: [Dispute], total: Int) {
        // A street or the county holding few disputes is read by place, its type through no index of its own.
        let walked = try await sql.walks("disputes", column: "unit_code", within: scope), few = scope.isWalked && !walked
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            var b = builder.from("disputes").where("unit_code", within: scope, walked: walked)
            switch selection {
            case .open: b = b.where("open_due", .isNot, SQLLiteral.null)
            case .overdue(let now): b = b.where("open_due", .lessThan, now.epochSeconds)
            case .highRisk: b = b.where("high_risk_due", .isNot, SQLLiteral.null)
            case .all: break
            }
            if let type { b = b.where(listColumn("type_code", indexed: !few), .equal, SQLBind(type)) }
            return b
        }
        let column = switch selection { case .all: "created_at"; case .highRisk: "high_risk_due"; case .open, .overdue: "open_due" }
        let descending = selection == .all
        let items = try await sql.page(of: "disputes", columns: Self.columns, orderedBy: column, descending: descending, after: after,
                                       limit: limit, offset: offset, decoding: Row.self, where: filtered).map { $0.dispute(parties: []) }
        return (items, try await sql.listTotal(afterReading: after == nil ? items.count : nil, limit: limit, offset: offset, filtered))
    }

    /// Where `d` stands in a list of `selection`: the cursor of the page after it.
    public static func position(of d: Dispute, in selection: Selection) -> ListCursor {
        let value: Int64? = switch selection { case .all: d.createdAt.epochSeconds; case .highRisk: highRiskDue(d); case .open, .overdue: openDue(d) }
        return ListCursor(value: value, id: d.id)
    }
}

extension DisputeStore {
    /// How other contexts find one of these cases by its number (a decision's follow-up links).
    public static func lookup(_ database: Database) -> NumberedCaseLookup {
        NumberedCaseLookup(caseType: "dispute", database: database, table: "disputes", unitColumn: "unit_code")
    }
}
