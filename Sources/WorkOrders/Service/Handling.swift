import Foundation
import Kernel
import SQLKit

/// Around an order's main line: more time (extensions, approved and counted), other units
/// alongside the lead (co-handling 会办), duplicates and merging, bulk dispatch.
extension WorkOrderService {
    // MARK: extensions 延期

    /// The unit holding the order asks for 1–30 more working days, with a reason. One open request at a time.
    public func requestExtension(of order: WorkOrder, workingDays: Int, reason: String, by actor: StaffContext) async throws -> WorkOrderStore.Extension {
        try requireLead(order, actor)
        guard [.dispatched, .accepted].contains(order.status) else { throw AppError.conflict("workorder_error_extension_status") }
        _ = try Deadlines.extended(order.dueAt, byWorkingDays: workingDays, calendar: calendar)
        let reason = reason.trimmed
        guard !reason.isEmpty, reason.count <= 4_000 else { throw AppError.invalid("workorder_error_reason") }
        let store = self.store, now = clock.now(), staffId = actor.staff.id
        let request = WorkOrderStore.Extension(id: RecordID.make(now: now), work_order_id: order.id, working_days: workingDays, reason: reason,
                                               status: "pending", requested_by: staffId, requested_at: now.epochSeconds, decided_by: nil,
                                               decided_at: nil, decision_note: nil)
        if try await database.read({ try await store.pendingExtension(orderId: order.id, on: $0) }) != nil {
            throw AppError.conflict("workorder_error_extension_pending")
        }
        _ = try await commit(order, order, action: "extension_request", note: "+\(workingDays) · \(reason)", actorId: staffId,
                             event: actor.audit("workorder.extension_request", "work_order", order.id, detail: "+\(workingDays)")) { sql in
            // The unique (order, pending) index refuses a second open request that raced this one.
            try await store.insertExtension(request, on: sql)
        }
        return request
    }

    /// A supervisor grants (the deadline moves on by the working days asked, the order counts one
    /// more extension) or refuses (a note is required) the open request.
    public func decideExtension(of order: WorkOrder, approve: Bool, note: String, by actor: StaffContext) async throws -> WorkOrder {
        guard actor.staff.can(.approveExtensions) else { throw AppError.forbiddenAction }
        let store = self.store, staffId = actor.staff.id, now = clock.now()
        guard let pending = try await database.read({ try await store.pendingExtension(orderId: order.id, on: $0) }) else {
            throw AppError.conflict("workorder_error_extension_none")
        }
        let note = note.trimmed
        if !approve, note.isEmpty { throw AppError.invalid("workorder_error_reason") }
        var updated = order
        if approve {
            updated.dueAt = try Deadlines.extended(order.dueAt, byWorkingDays: pending.working_days, calendar: calendar)
            updated.extensions += 1
        }
        return try await commit(order, updated, action: approve ? "extension_approve" : "extension_refuse", note: note.nilIfBlank,
                                actorId: staffId, event: actor.audit("workorder.extension_\(approve ? "approve" : "refuse")", "work_order", order.id)) { sql in
            guard try await store.decideExtension(id: pending.id, approved: approve, note: note.nilIfBlank, by: staffId, at: now, on: sql) else {
                throw AppError.conflict("workorder_error_changed")
            }
        }
    }

    public func extensions(of order: WorkOrder) async throws -> [WorkOrderStore.Extension] {
        let store = self.store
        return try await database.read { try await store.extensions(orderId: order.id, on: $0) }
    }

    // MARK: co-handling 会办

    /// The dispatcher brings another unit in alongside the lead while the order is being handled.
    public func addCoHandler(_ unit: String, to order: WorkOrder, by actor: StaffContext) async throws -> WorkOrder {
        guard actor.staff.can(.dispatchWorkOrders) else { throw AppError.forbiddenAction }
        guard [.dispatched, .accepted].contains(order.status) else { throw AppError.conflict("workorder_error_co_status") }
        let unit = unit.trimmed
        guard !unit.isEmpty, unit.count <= 100 else { throw AppError.invalid("workorder_error_unit") }
        guard unit != order.handlingUnit else { throw AppError.invalid("workorder_error_co_lead") }
        try await requireKnownUnit(unit)
        let store = self.store, staffId = actor.staff.id, now = clock.now()
        return try await commit(order, order, action: "co_handle", note: unit, actorId: staffId,
                                event: actor.audit("workorder.co_handle", "work_order", order.id, detail: unit)) { sql in
            guard try await store.addCoHandler(unit, orderId: order.id, by: staffId, at: now, on: sql) else {
                throw AppError.conflict("workorder_error_co_exists", [unit])
            }
        }
    }

    /// A co-handling unit gives its part of the answer, once.
    public func coReply(_ text: String, on order: WorkOrder, by actor: StaffContext) async throws -> WorkOrder {
        guard actor.staff.can(.handleWorkOrders), let unit = actor.staff.department else { throw AppError.forbiddenAction }
        guard [.dispatched, .accepted].contains(order.status) else { throw AppError.conflict("workorder_error_co_status") }
        let text = text.trimmed
        guard !text.isEmpty, text.count <= 4_000 else { throw AppError.invalid("workorder_error_reply") }
        let store = self.store, staffId = actor.staff.id, now = clock.now()
        return try await commit(order, order, action: "co_reply", note: "\(unit)：\(text)", actorId: staffId,
                                event: actor.audit("workorder.co_reply", "work_order", order.id, detail: unit)) { sql in
            guard try await store.coReply(text, unit: unit, orderId: order.id, by: staffId, at: now, on: sql) else {
                throw AppError.forbiddenAction
            }
        }
    }

    public func coHandlers(of order: WorkOrder) async throws -> [WorkOrderStore.CoHandler] {
        let store = self.store
        return try await database.read { try await store.coHandlers(orderId: order.id, on: $0) }
    }

    /// The lead replies for all: only once every co-handling unit has given its part.
    func requireCoReplies(_ order: WorkOrder) async throws {
        let waiting = try await coHandlers(of: order).filter { $0.reply == nil }.map(\.unit)
        guard waiting.isEmpty else { throw AppError.conflict("workorder_error_co_pending", [waiting.joined(separator: "、")]) }
    }

    func requireLead(_ order: WorkOrder, _ actor: StaffContext) throws {
        guard actor.staff.can(.handleWorkOrders), Self.leads(order, actor.staff) else { throw AppError.forbiddenAction }
    }

    // MARK: duplicates and merging

    /// How close two located reports must be to count as the same problem.
    static let duplicateRadius = 300.0
    /// How far apart in time.
    static let duplicateWindow: TimeInterval = 7 * 86_400

    /// Open orders that look like the same problem: same grid and category, filed within a week
    /// of each other and, when both are located, within 300 m.
    public func duplicates(of order: WorkOrder, by actor: StaffContext) async throws -> [WorkOrder] {
        guard order.status.isOpen else { return [] }
        let store = self.store, visibility = WorkOrderStore.Visibility(actor)
        let candidates = try await database.read { try await store.duplicateCandidates(of: order, window: Self.duplicateWindow, limit: 50, on: $0) }
        return candidates.filter { other in
            guard visibility.contains(other) else { return false }
            guard let a = order.lat, let b = order.lon, let c = other.lat, let d = other.lon else { return true }
            return Self.metres(lat1: a, lon1: b, lat2: c, lon2: d) <= Self.duplicateRadius
        }.prefix(10).map { $0 }
    }

    /// Equirectangular distance: exact enough within a grid.
    static func metres(lat1: Double, lon1: Double, lat2: Double, lon2: Double) -> Double {
        let radians = Double.pi / 180
        let x = (lon2 - lon1) * radians * cos((lat1 + lat2) / 2 * radians)
        let y = (lat2 - lat1) * radians
        return (x * x + y * y).squareRoot() * 6_371_000
    }

    /// The order a duplicate is merged into: by number or id, visible to the caller, still open, not itself.
    func mergeTarget(_ reference: String, for order: WorkOrder, by actor: StaffContext) async throws -> WorkOrder {
        let reference = reference.trimmed, store = self.store
        guard !reference.isEmpty else { throw AppError.invalid("workorder_error_merge_target") }
        let target = try await database.read { sql -> WorkOrder? in
            if let byNumber = try await store.find(number: reference, on: sql) { return byNumber }
            return try await store.find(id: reference, on: sql)
        }
        guard let target, target.id != order.id, WorkOrderStore.Visibility(actor).contains(target) else {
            throw AppError.invalid("workorder_error_merge_target")
        }
        guard target.status.isOpen else { throw AppError.invalid("workorder_error_merge_closed", [target.number]) }
        return target
    }

    // MARK: bulk dispatch

    public struct BulkResult: Sendable, Encodable {
        public let id: String
        public let status: String?
        public let error: String?
    }

    /// Dispatches each order to `unit` on its own (one refusal does not stop the rest); at most 500 at once.
    public func dispatch(_ ids: [String], to unit: String, by actor: StaffContext, describe: (AppError) -> String) async throws -> [BulkResult] {
        guard actor.staff.can(.dispatchWorkOrders) else { throw AppError.forbiddenAction }
        guard !ids.isEmpty, ids.count <= 500 else { throw AppError.invalid("workorder_error_bulk", ["500"]) }
        var results: [BulkResult] = []
        for id in Array(Set(ids)).sorted() {
            do {
                let order = try await find(id, by: actor)
                let done = try await apply(.dispatch(unit: unit), to: order, by: actor)
                results.append(BulkResult(id: id, status: done.status.rawValue, error: nil))
            } catch let error as AppError {
                results.append(BulkResult(id: id, status: nil, error: describe(error)))
            }
        }
        return results
    }
}
