import Foundation
import Kernel
import SQLKit

extension WorkOrderStore {
    /// What GET requests may show: orders filed through Open311 (their senders used a public
    /// interface), never petitions, newest first.
    struct Open311Query: Sendable {
        var numbers: [String]?
        var serviceCodes: [String]?
        var from: Date
        var until: Date
        var statuses: [WorkOrderStatus]?
        var limit = 1_000
    }

    func open311Requests(_ query: Open311Query, on sql: any SQLDatabase) async throws -> [WorkOrder] {
        var select = sql.select().columns(Self.columns).from("work_orders")
            .where("source_client", .isNot, SQLLiteral.null).where("request_class", .notEqual, RequestClass.petition.rawValue)
        if let numbers = query.numbers {
            // The spec: a list of ids overrides every other argument.
            select = select.where("number", .in, numbers)
        } else {
            select = select.where("created_at", .greaterThanOrEqual, query.from.epochSeconds).where("created_at", .lessThanOrEqual, query.until.epochSeconds)
            if let codes = query.serviceCodes { select = select.where("category_code", .in, codes) }
            if let statuses = query.statuses { select = select.where("status", .in, statuses.map(\.rawValue)) }
        }
        return try await select.orderBy("created_at", .descending).orderBy("id").limit(query.limit).all(decoding: Row.self).map(\.order)
    }

    /// An Open311 order by its internal id: what `tokens/{token}` looks up.
    func open311Request(token: String, on sql: any SQLDatabase) async throws -> WorkOrder? {
        try await sql.select().columns(Self.columns).from("work_orders").where("id", .equal, token)
            .where("source_client", .isNot, SQLLiteral.null).where("request_class", .notEqual, RequestClass.petition.rawValue)
            .first(decoding: Row.self)?.order
    }
}
