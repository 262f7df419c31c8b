import Foundation
import Kernel
import SQLKit

/// SQL for what happens around an order's main line: extensions, co-handling units, duplicates,
/// the petition hand-over point.
extension WorkOrderStore {
    public struct Extension: Sendable, Decodable {
        public let id: String, work_order_id: String, working_days: Int, reason: String, status: String
        public let requested_by: String?, requested_at: Int64, decided_by: String?, decided_at: Int64?, decision_note: String?
    }

    static let extensionColumns = ["id", "work_order_id", "working_days", "reason", "status", "requested_by", "requested_at", "decided_by",
                                   "decided_at", "decision_note"]

    func extensions(orderId: String, on sql: any SQLDatabase) async throws -> [Extension] {
        try await sql.select().columns(Self.extensionColumns).from("work_order_extensions").where("work_order_id", .equal, orderId)
            .orderBy("requested_at").orderBy("id").all(decoding: Extension.self)
    }

    func pendingExtension(orderId: String, on sql: any SQLDatabase) async throws -> Extension? {
        try await sql.select().columns(Self.extensionColumns).from("work_order_extensions").where("work_order_id", .equal, orderId)
            .where("pending", .equal, "pending").first(decoding: Extension.self)
    }

    func insertExtension(_ e: Extension, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "work_order_extensions")
            .columns("id", "work_order_id", "working_days", "reason", "status", "pending", "requested_by", "requested_at")
            .values(SQLBind(e.id), SQLBind(e.work_order_id), SQLBind(e.working_days), SQLBind(e.reason), SQLBind(e.status), SQLBind("pending"),
                    SQLBind(e.requested_by), SQLBind(e.requested_at))
            .run()
    }

    /// Decides a pending request; false when it was decided meanwhile.
    func decideExtension(id: String, approved: Bool, note: String?, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("work_order_extensions").set("status", to: approved ? "approved" : "refused").set("pending", to: SQLLiteral.null)
            .set("decided_by", to: staffId).set("decided_at", to: now.epochSeconds).set("decision_note", to: note)
            .where("id", .equal, id).where("pending", .equal, "pending").returning("id").all().count == 1
    }

    public struct CoHandler: Sendable, Decodable {
        public let unit: String, added_at: Int64, reply: String?, replied_at: Int64?
    }

    func coHandlers(orderId: String, on sql: any SQLDatabase) async throws -> [CoHandler] {
        try await sql.select().columns("unit", "added_at", "reply", "replied_at").from("work_order_co_handlers")
            .where("work_order_id", .equal, orderId).orderBy("added_at").orderBy("unit").all(decoding: CoHandler.self)
    }

    func isCoHandler(_ unit: String, orderId: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("unit").from("work_order_co_handlers").where("work_order_id", .equal, orderId).where("unit", .equal, unit)
            .first() != nil
    }

    /// Adds a co-handling unit; false when it is one already.
    func addCoHandler(_ unit: String, orderId: String, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.insert(into: "work_order_co_handlers").columns("work_order_id", "unit", "added_by", "added_at")
            .values(SQLBind(orderId), SQLBind(unit), SQLBind(staffId), SQLBind(now.epochSeconds))
            .ignoringConflicts(with: ["work_order_id", "unit"]).returning("unit").all().count == 1
    }

    /// Records a co-handling unit's answer; false when it has answered already (or is not one).
    func coReply(_ text: String, unit: String, orderId: String, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("work_order_co_handlers").set("reply", to: text).set("replied_by", to: staffId).set("replied_at", to: now.epochSeconds)
            .where("work_order_id", .equal, orderId).where("unit", .equal, unit).where("reply", .is, SQLLiteral.null)
            .returning("unit").all().count == 1
    }

    /// Open orders of the same category in the same grid filed within `window` of `order`: likely
    /// the same problem reported twice. Distance is checked by the caller when both are located.
    func duplicateCandidates(of order: WorkOrder, window: TimeInterval, limit: Int, on sql: any SQLDatabase) async throws -> [WorkOrder] {
        try await sql.select().columns(Self.columns).from("work_orders")
            .where("grid_code", .equal, order.gridCode).where("category_code", .equal, order.categoryCode)
            .where("status", .in, Self.openStatuses).where("id", .notEqual, order.id)
            .where("created_at", .greaterThanOrEqual, order.createdAt.addingTimeInterval(-window).epochSeconds)
            .where("created_at", .lessThanOrEqual, order.createdAt.addingTimeInterval(window).epochSeconds)
            .orderBy("created_at").limit(limit).all(decoding: Row.self).map(\.order)
    }

    /// Petition-class orders are handed over as they are registered (in the same transaction).
    func handOverPetitions(_ orders: [WorkOrder], on sql: any SQLDatabase) async throws {
        let petitions = orders.filter { $0.requestClass == .petition }
        guard !petitions.isEmpty else { return }
        var insert = sql.insert(into: "petition_handovers").columns("work_order_id", "handed_at")
        for order in petitions { insert = insert.values(SQLBind(order.id), SQLBind(order.createdAt.epochSeconds)) }
        try await insert.run()
    }

    /// Orders waiting at the hand-over point within `scope`, oldest first.
    func waitingHandovers(within scope: Scope, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [WorkOrder], total: Int) {
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            builder.from("work_orders").where("grid_code", within: scope).where("id", .in, SQLSubquery.select { sub in
                sub.column("work_order_id").from("petition_handovers").where("taken_at", .is, SQLLiteral.null)
            })
        }
        let items = try await filtered(sql.select().columns(Self.columns)).orderBy("created_at").orderBy("id")
            .limit(limit).offset(offset).all(decoding: Row.self).map(\.order)
        return (items, try await sql.count(filtered))
    }

    func markTaken(orderId: String, petitionId: String, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("petition_handovers").set("petition_id", to: petitionId).set("taken_by", to: staffId).set("taken_at", to: now.epochSeconds)
            .where("work_order_id", .equal, orderId).where("taken_at", .is, SQLLiteral.null).returning("work_order_id").all().count == 1
    }

    // MARK: portal

    func portalCount(phone: String, since: Date, on sql: any SQLDatabase) async throws -> Int {
        try await sql.count { $0.from("work_orders").where("contact_phone", .equal, phone).where("created_at", .greaterThanOrEqual, since.epochSeconds)
            .where("channel", .equal, Channel.online.rawValue) }
    }

    /// Takes a one-time submission token; false when it was used before.
    func claimSubmission(_ token: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.insert(into: "portal_submissions").columns("token", "created_at").values(SQLBind(token), SQLBind(now.epochSeconds))
            .ignoringConflicts(with: ["token"]).returning("token").all().count == 1
    }

    func submissionOrder(_ token: String, on sql: any SQLDatabase) async throws -> String? {
        try await sql.select().column("work_order_id").from("portal_submissions").where("token", .equal, token)
            .first(decodingColumn: "work_order_id", as: String?.self) ?? nil
    }

    func recordSubmission(_ token: String, orderId: String, on sql: any SQLDatabase) async throws {
        try await sql.update("portal_submissions").set("work_order_id", to: orderId).where("token", .equal, token).run()
    }
}
