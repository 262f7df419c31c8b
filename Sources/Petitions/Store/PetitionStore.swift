import Foundation
import Kernel
import SQLKit

/// SQL for petitions, their events and daily numbers.
public struct PetitionStore: Sendable {
    public init() {}

    static let columns = ["id", "number", "channel", "petitioner_name", "petitioner_phone", "headcount", "matter", "demands", "unit_code",
                          "responsible_body", "status", "received_at", "accepted_at", "reply_due_at", "replied_at", "extension_days", "due_at",
                          "due_rule", "stage_at", "work_order_id", "created_by", "updated_at", "petitioner_registry_id", "tracking_code"]

    struct Row: Decodable {
        let id: String, number: String, channel: String, petitioner_name: String, petitioner_phone: String?, headcount: Int
        let matter: String, demands: String, unit_code: String, responsible_body: String, status: String, received_at: Int64
        let accepted_at: Int64?, reply_due_at: Int64?, replied_at: Int64?, extension_days: Int, due_at: Int64?, due_rule: String?
        let stage_at: Int64, work_order_id: String?, created_by: String?, updated_at: Int64, petitioner_registry_id: String?
        let tracking_code: String?

        var petition: Petition {
            Petition(id: id, number: number, channel: PetitionChannel(rawValue: channel) ?? .visit, petitionerName: petitioner_name,
                     petitionerPhone: petitioner_phone, headcount: headcount, matter: matter, demands: demands, unitCode: unit_code,
                     responsibleBody: responsible_body, status: PetitionStatus(rawValue: status) ?? .registered,
                     receivedAt: Date(epochSeconds: received_at), acceptedAt: accepted_at.map(Date.init(epochSeconds:)),
                     replyDueAt: reply_due_at.map(Date.init(epochSeconds:)), repliedAt: replied_at.map(Date.init(epochSeconds:)),
                     extensionDays: extension_days, dueAt: due_at.map(Date.init(epochSeconds:)), dueRule: due_rule.flatMap(PetitionClock.Rule.init(rawValue:)),
                     stageAt: Date(epochSeconds: stage_at), workOrderId: work_order_id, createdBy: created_by, updatedAt: Date(epochSeconds: updated_at),
                     petitionerRegistryId: petitioner_registry_id, trackingCode: tracking_code)
        }
    }

    static func values(_ p: Petition) -> [any SQLExpression] {
        [SQLBind(p.id), SQLBind(p.number), SQLBind(p.channel.rawValue), SQLBind(p.petitionerName), SQLBind(p.petitionerPhone), SQLBind(p.headcount),
         SQLBind(p.matter), SQLBind(p.demands), SQLBind(p.unitCode), SQLBind(p.responsibleBody), SQLBind(p.status.rawValue),
         SQLBind(p.receivedAt.epochSeconds), SQLBind(p.acceptedAt?.epochSeconds), SQLBind(p.replyDueAt?.epochSeconds),
         SQLBind(p.repliedAt?.epochSeconds), SQLBind(p.extensionDays), SQLBind(p.dueAt?.epochSeconds), SQLBind(p.dueRule?.rawValue),
         SQLBind(p.stageAt.epochSeconds), SQLBind(p.workOrderId), SQLBind(p.createdBy), SQLBind(p.updatedAt.epochSeconds),
         SQLBind(p.petitionerRegistryId), SQLBind(p.trackingCode)]
    }

    /// Receipt numbers: XF20261201-00007.
    static let numbers = DailyNumbers(table: "petition_counters", prefix: "XF")
    /// Each petition's steps.
    static let steps = StepLog(table: "petition_events", parentColumn: "petition_id")
    static let casework = CaseSteps(history: steps, changedKey: "petition_error_changed")

    /// The clock kept for lists of owed petitions: the due time while an office owes an answer.
    static func owedDue(_ p: Petition) -> Int64? { p.status.owesAnswer ? p.dueAt?.epochSeconds : nil }

    func insert(_ p: Petition, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "petitions").columns(Self.columns + ["owed_due"]).values(Self.values(p) + [SQLBind(Self.owedDue(p))]).run()
        try await PetitionReplyCounts.add(PetitionReplyCounts.tally(p), of: p, on: sql)
        try await Self.changes.bump(on: sql)
    }

    /// Moves with every petition written: the response rates cached by it (`PetitionService.responseRate`) hold until it does.
    static let changes = ChangeCounter("petitions")

    /// The first reply limit of an unanswered petition at or after `now` (epoch seconds), when "answered late"
    /// next changes without a step; `Int64.max` when none is coming.
    static func nextReplyDeadline(after now: Date, on sql: any SQLDatabase) async throws -> Int64 {
        try await sql.select().column("reply_due_at").from("petitions").where("replied_at", .is, SQLLiteral.null)
            .where("reply_due_at", .greaterThanOrEqual, now.epochSeconds).orderBy("reply_due_at").limit(1)
            .first(decodingColumn: "reply_due_at", as: Int64.self) ?? .max
    }

    /// Writes the petition if it still stands as in `current` (status and extensions, since an
    /// extension leaves the status alone); false when another step got there first.
    func update(_ p: Petition, from current: Petition, on sql: any SQLDatabase) async throws -> Bool {
        let written = try await sql.update("petitions").set("status", to: p.status.rawValue).set("accepted_at", to: p.acceptedAt?.epochSeconds)
            .set("reply_due_at", to: p.replyDueAt?.epochSeconds).set("replied_at", to: p.repliedAt?.epochSeconds)
            .set("extension_days", to: p.extensionDays).set("due_at", to: p.dueAt?.epochSeconds).set("due_rule", to: p.dueRule?.rawValue)
            .set("owed_due", to: Self.owedDue(p)).set("stage_at", to: p.stageAt.epochSeconds).set("updated_at", to: p.updatedAt.epochSeconds)
            .where("id", .equal, p.id).where("status", .equal, current.status.rawValue).where("extension_days", .equal, current.extensionDays)
            .returning("id").all().count == 1
        // A step changes whether and when it was answered, never its unit or channel.
        if written {
            try await PetitionReplyCounts.add(PetitionReplyCounts.tally(p) - PetitionReplyCounts.tally(current), of: current, on: sql)
            try await Self.changes.bump(on: sql)
        }
        return written
    }

    /// Counts the response rate's replies again from every petition: for petitions loaded into the table without a step (a bench).
    public static func recountReplies(in database: Database) async throws {
        try await database.transaction { sql in
            try await PetitionReplyCounts.recount(on: sql)
            try await Self.changes.bump(on: sql)
        }
    }

    func addEvent(petitionId: String, action: String, from: PetitionStatus?, to: PetitionStatus, note: String?, actorId: String?, at now: Date,
                  on sql: any SQLDatabase) async throws {
        try await Self.steps.add(petitionId, action: action, from: from?.rawValue, to: to.rawValue, note: note, actorId: actorId, at: now, on: sql)
    }

    public typealias Event = StepLog.Entry

    func events(petitionId: String, on sql: any SQLDatabase) async throws -> [Event] {
        try await Self.steps.entries(of: petitionId, on: sql)
    }

    func find(trackingCode: String, on sql: any SQLDatabase) async throws -> Petition? {
        try await sql.select().columns(Self.columns).from("petitions").where("tracking_code", .equal, trackingCode).first(decoding: Row.self)?.petition
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> Petition? {
        try await sql.select().columns(Self.columns).from("petitions").where("id", .equal, id).first(decoding: Row.self)?.petition
    }

    func find(number: String, on sql: any SQLDatabase) async throws -> Petition? {
        try await sql.select().columns(Self.columns).from("petitions").where("number", .equal, number).first(decoding: Row.self)?.petition
    }

    /// Which petitions a list shows.
    public enum Selection: Sendable, Equatable {
        /// Those an office owes an answer on, by clock.
        case owed
        /// Owed and past their clock.
        case overdue(Date)
        case status(PetitionStatus)
        case all
    }

    public func list(within scope: Scope, _ selection: Selection, channel: PetitionChannel?, limit: Int, offset: Int, after: ListCursor? = nil,
                     on sql: any SQLDatabase) async throws -> (items: [Petition], total: Int) {
        // A street or the county holding few petitions is read by place, its status and channel through no index of theirs.
        let walked = try await sql.walks("petitions", column: "unit_code", within: scope), few = scope.isWalked && !walked
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            var b = builder.from("petitions").where("unit_code", within: scope, walked: walked)
            switch selection {
            case .owed: b = b.where("owed_due", .isNot, SQLLiteral.null)
            case .overdue(let now): b = b.where("owed_due", .lessThan, now.epochSeconds)
            case .status(let status): b = b.where(listColumn("status", indexed: !few), .equal, SQLBind(status.rawValue))
            case .all: break
            }
            if let channel { b = b.where(listColumn("channel", indexed: !few), .equal, SQLBind(channel.rawValue)) }
            return b
        }
        // Newest first, or by the clock the list is about (a status's may be empty).
        let (column, descending, nullable) = switch selection {
        case .all: ("received_at", true, false)
        case .owed, .overdue: ("owed_due", false, false)
        case .status: ("due_at", false, true)
        }
        let items = try await sql.page(of: "petitions", columns: Self.columns, orderedBy: column, descending: descending, nullable: nullable,
                                       after: after, limit: limit, offset: offset, decoding: Row.self, where: filtered).map(\.petition)
        return (items, try await sql.listTotal(afterReading: after == nil ? items.count : nil, limit: limit, offset: offset, filtered))
    }

    /// Where `p` stands in a list of `selection`: the cursor of the page after it.
    public static func position(of p: Petition, in selection: Selection) -> ListCursor {
        switch selection {
        case .all: ListCursor(value: p.receivedAt.epochSeconds, id: p.id)
        case .owed, .overdue: ListCursor(value: owedDue(p), id: p.id)
        case .status: ListCursor(value: p.dueAt?.epochSeconds, id: p.id)
        }
    }
}

extension PetitionStore {
    /// How other contexts find one of these cases by its number (a decision's follow-up links).
    public static func lookup(_ database: Database) -> NumberedCaseLookup {
        NumberedCaseLookup(caseType: "petition", database: database, table: "petitions", unitColumn: "unit_code")
    }
}
