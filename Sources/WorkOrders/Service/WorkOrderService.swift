import Foundation
import Kernel
import SQLKit

/// Intake and the life cycle of work orders: a number and a deadline at once, every step by a
/// role allowed to take it, in order, written down as an event and in the audit log.
public struct WorkOrderService: Sendable {
    let database: Database
    let clock: any AppClock
    let calendar: WorkCalendar
    let units: any UnitDirectory
    let locator: any GridLocator
    let store = WorkOrderStore()
    let queue: IntakeQueue
    let categoryCache = CategoryCache()
    let limiter: RateLimiter

    public init(database: Database, clock: any AppClock, calendar: WorkCalendar, units: any UnitDirectory, locator: any GridLocator,
                limits: PublicLimits = PublicLimits()) {
        self.database = database
        self.limiter = RateLimiter(database: database, clock: clock, limits: limits)
        self.queue = IntakeQueue(database: database, store: store)
        self.clock = clock
        self.calendar = calendar
        self.units = units
        self.locator = locator
    }

    public struct Intake: Sendable {
        public var channel: Channel
        public var categoryCode: String
        public var description: String
        public var address: String?
        public var lon: Double?
        public var lat: Double?
        public var gridCode: String?
        public var contactName: String?
        public var contactPhone: String?
        public var proxy: Bool

        public init(channel: Channel, categoryCode: String, description: String, address: String? = nil, lon: Double? = nil, lat: Double? = nil,
                    gridCode: String? = nil, contactName: String? = nil, contactPhone: String? = nil, proxy: Bool = false) {
            self.channel = channel
            self.categoryCode = categoryCode
            self.description = description
            self.address = address
            self.lon = lon
            self.lat = lat
            self.gridCode = gridCode
            self.contactName = contactName
            self.contactPhone = contactPhone
            self.proxy = proxy
        }
    }

    /// Registers a request: located requests go to the grid the point lies in, others to the grid
    /// staff name; both must lie in the caller's jurisdiction. Nothing is written unless all holds.
    public func take(_ intake: Intake, by actor: StaffContext) async throws -> WorkOrder {
        let category = try await checked(intake)
        let gridCode: String
        if let lon = intake.lon, let lat = intake.lat {
            guard let located = try await locator.gridCode(lon: lon, lat: lat) else { throw AppError.invalid("workorder_error_outside") }
            // The spatial index holds only existing grids: the scope is all that is left to check.
            guard actor.scope.contains(located) else { throw AppError.invalid("common_error_grid", [located]) }
            gridCode = located
        } else if let named = intake.gridCode?.trimmed, !named.isEmpty {
            try await units.requireUnit(named, codeLength: 15, within: actor.scope, errorKey: "common_error_grid")
            gridCode = named
        } else {
            throw AppError.invalid("workorder_error_location")
        }
        return try await register(intake, category: category, gridCode: gridCode, staff: actor.staff,
                                  event: actor.audit("workorder.create", "work_order", "", detail: "\(category.code) \(gridCode)"))
    }

    /// How many requests one mobile number may file on the portal in a day: generous for a
    /// resident, a wall for a script.
    public static let portalDailyLimit = 10

    /// A resident's request from the portal: no account, a mobile number to track it by. Located
    /// requests go to their grid; the rest wait at the county for staff to route them. The form's
    /// one-time `submission` token makes a replayed or double-sent form return the first receipt.
    public func takeFromResident(_ intake: Intake, submission: String, from address: String) async throws -> WorkOrder {
        guard let phone = intake.contactPhone?.trimmed, !phone.isEmpty else { throw AppError.invalid("workorder_error_phone") }
        let category = try await checked(intake)
        let token = submission.trimmed
        guard token.count >= 16, token.count <= 100 else { throw AppError.invalid("portal_error_form") }
        // A handful an hour from one address: one script rotating phone numbers gets no further.
        try await limiter.spend([(limiter.limits.portalPerAddress, address)], code: "portal_rate_limited")
        let store = self.store, now = clock.now()
        let since = now.addingTimeInterval(-86_400)
        let filed = try await database.read { try await store.portalCount(phone: phone, since: since, on: $0) }
        guard filed < Self.portalDailyLimit else {
            throw AppError(.tooManyRequests, code: "portal_limit", messageKey: "portal_error_limit", args: [String(Self.portalDailyLimit)])
        }
        if let earlier = try await database.transaction({ sql -> String?? in
            try await store.claimSubmission(token, at: now, on: sql) ? nil : .some(try await store.submissionOrder(token, on: sql))
        }) {
            // Sent before: the same receipt again, to the same filer only (the token is the client's
            // choice: someone else's must not hand back their receipt); else a plain refusal.
            guard let id = earlier, let order = try await database.read({ try await store.find(id: id, on: $0) }),
                  order.contactPhone?.filter(\.isNumber) == phone.filter(\.isNumber)
            else { throw AppError.conflict("portal_error_replayed") }
            return order
        }
        let order = try await takeUnsigned(intake, category: category, detail: "portal")
        try await database.transaction { try await store.recordSubmission(token, orderId: order.id, on: $0) }
        return order
    }

    /// A request from an Open311 client, routed as the portal's are (a point in no grid, like an address
    /// alone, waits at the county for staff to route it); the client is recorded on the order.
    func takeFromOpen311(_ intake: Intake, client: Open311Clients.Client, mediaURL: String?, email: String?) async throws -> WorkOrder {
        try await takeUnsigned(intake, category: try await checked(intake), detail: "open311 \(client.name)") { order in
            order.sourceClient = client.id
            order.mediaURL = mediaURL
            order.contactEmail = email
        }
    }

    /// Routes and registers an intake already `checked` (its leaf `category`) that no staff member took.
    func takeUnsigned(_ intake: Intake, category: WorkOrderCategory, detail: String, adjust: (inout WorkOrder) -> Void = { _ in }) async throws -> WorkOrder {
        var located: String?
        if let lon = intake.lon, let lat = intake.lat { located = try await locator.gridCode(lon: lon, lat: lat) }
        if located == nil { located = try await locator.rootCode() }
        guard let code = located else { throw AppError.invalid("workorder_error_outside") }
        return try await register(intake, category: category, gridCode: code, staff: nil,
                                  event: AuditEvent(actor: nil, action: "workorder.create", targetType: "work_order", targetId: "",
                                                    detail: "\(detail) \(category.code) \(code)"), adjust: adjust)
    }

    /// The checks every intake passes before anything is written; returns the leaf category.
    func checked(_ intake: Intake) async throws -> WorkOrderCategory {
        let description = intake.description.trimmed
        guard !description.isEmpty, description.count <= 4_000 else { throw AppError.invalid("workorder_error_description", ["4000"]) }
        if let phone = intake.contactPhone?.trimmed, !phone.isEmpty, !PhoneNumber.isValid(phone) { throw AppError.invalid("common_error_phone") }
        if let lon = intake.lon, let lat = intake.lat, !Coordinates.areValid(lon: lon, lat: lat) {
            throw AppError.invalid("workorder_error_coordinates", code: "bad_coordinates")
        }
        guard let category = try await categories().first(where: { $0.code == intake.categoryCode }), category.parentCode != nil else {
            throw AppError.invalid("workorder_error_category", [intake.categoryCode])
        }
        return category
    }

    func register(_ intake: Intake, category: WorkOrderCategory, gridCode: String, staff: Staff?, event: AuditEvent,
                  adjust: (inout WorkOrder) -> Void = { _ in }) async throws -> WorkOrder {
        let description = intake.description.trimmed
        let now = clock.now()
        var order = WorkOrder(
            id: RecordID.make(now: now), number: "", channel: intake.channel, requestClass: category.requestClass, categoryCode: category.code,
            description: description, address: intake.address?.nilIfBlank, lon: intake.lon, lat: intake.lat, gridCode: gridCode,
            level: category.level, handlingUnit: category.handlingUnit, status: .registered, contactName: intake.contactName?.nilIfBlank,
            contactPhone: intake.contactPhone?.nilIfBlank, proxy: intake.proxy, satisfaction: nil, extensions: 0,
            createdBy: staff?.id, createdAt: now, dueAt: Deadlines.due(receivedAt: now, level: category.level, calendar: calendar), closedAt: nil,
            trackingCode: TrackingCode.make()
        )
        adjust(&order)
        return try await queue.register(order, event: event)
    }

    public func find(_ id: String, by actor: StaffContext) async throws -> WorkOrder {
        let store = self.store, visibility = WorkOrderStore.Visibility(actor)
        let found = try await database.read { sql -> WorkOrder? in
            guard let order = try await store.find(id: id, on: sql) else { return nil }
            if visibility.contains(order) { return order }
            // A department also sees the orders it co-handles.
            if case .unit(let unit) = visibility, try await store.isCoHandler(unit, orderId: order.id, on: sql) { return order }
            return nil
        }
        guard let found else { throw AppError.notFound }
        return found
    }

    func open311Requests(_ query: WorkOrderStore.Open311Query) async throws -> [WorkOrder] {
        let store = self.store
        return try await database.read { try await store.open311Requests(query, on: $0) }
    }

    func open311Request(token: String) async throws -> WorkOrder? {
        let store = self.store
        return try await database.read { try await store.open311Request(token: token, on: $0) }
    }

    public func categories() async throws -> [WorkOrderCategory] {
        let store = self.store, database = self.database
        return try await categoryCache.categories(now: clock.now()) { try await database.read { try await store.categories(on: $0) } }
    }

    public func events(of order: WorkOrder) async throws -> [WorkOrderStore.Event] {
        let store = self.store
        return try await database.read { try await store.events(orderId: order.id, on: $0) }
    }

    public func list(by actor: StaffContext, _ selection: WorkOrderStore.Selection, filter: WorkOrderStore.Filter = .init(),
                     paging: Paging) async throws -> (items: [WorkOrder], total: Int) {
        let visibility = WorkOrderStore.Visibility(actor), store = self.store
        return try await database.read { try await store.list(visibility, selection, filter: filter, limit: paging.limit, offset: paging.offset, after: paging.after, on: $0) }
    }

    /// The units work can be dispatched to or shared with: the categories' usual units and the
    /// departments of active staff. Free text was accepted before, and an order sent to a
    /// misspelt unit left every real department's list.
    public func knownUnits() async throws -> [String] {
        let departments = try await database.read { try await StaffStore().departments(on: $0) }
        let usual = try await categories().compactMap(\.handlingUnit).filter { !$0.isEmpty }
        return departments.union(usual).sorted()
    }

    func requireKnownUnit(_ unit: String) async throws {
        let unit = unit.trimmed
        guard !unit.isEmpty else { throw AppError.invalid("workorder_error_unit") }
        guard try await knownUnits().contains(unit) else {
            throw AppError.invalid("workorder_error_unknown_unit", [String(unit.prefix(100))], code: "unknown_unit")
        }
    }

    /// Whether `staff` acts as the lead unit on `order`: a department only on orders dispatched to
    /// it, not those it co-handles; community staff on any order they may see.
    static func leads(_ order: WorkOrder, _ staff: Staff) -> Bool {
        staff.role != .departmentHandler || order.handlingUnit == staff.department
    }

    /// The permission each step needs: the service centre dispatches, verifies and visits; the
    /// handling unit accepts, returns and replies.
    static func permission(for action: WorkOrderAction) -> Permission {
        switch action {
        case .dispatch, .verify, .visit, .dispute, .route, .merge: .dispatchWorkOrders
        case .accept, .returnToSender, .reply: .handleWorkOrders
        case .handOver: .takePetitions
        }
    }

    /// Takes a step on an order the caller has found (`find`: visible to them).
    public func apply(_ action: WorkOrderAction, to current: WorkOrder, by actor: StaffContext) async throws -> WorkOrder {
        guard actor.staff.can(Self.permission(for: action)) else { throw AppError.forbiddenAction }
        var action = action
        switch action {
        case .route(let grid):
            try await units.requireUnit(grid.trimmed, codeLength: 15, within: actor.scope, errorKey: "common_error_grid")
        case .merge(let into):
            action = .merge(into: try await mergeTarget(into, for: current, by: actor).number)
        case .reply:
            try await requireCoReplies(current)
        case .dispatch(let unit):
            try await requireKnownUnit(unit)
        default: break
        }
        if Self.permission(for: action) == .handleWorkOrders, !Self.leads(current, actor.staff) { throw AppError.forbiddenAction }
        return try await step(current, action, actorId: actor.staff.id,
                              event: actor.audit("workorder.\(action.name)", "work_order", current.id, detail: ""))
    }

    /// The order with this tracking code (or, for receipts that predate codes, this number), if
    /// `phone` is the contact number it was filed with. A wrong reference and a wrong phone answer
    /// alike, and failures are counted per address, per phone and per reference across every
    /// process: numbers count up through the day and were tried by the hundred.
    public func track(reference: String, phone: String, from address: String) async throws -> WorkOrder {
        let store = self.store
        return try await limiter.track(reference: reference, phone: phone, from: address, in: database,
                                       byCode: { try await store.find(trackingCode: $0, on: $1) },
                                       byNumber: { try await store.find(number: $0, on: $1) },
                                       phone: \.contactPhone)
    }

    /// The resident's own steps on the order they tracked (`track`): rate the service after
    /// closure, or dispute the closure.
    public func residentStep(_ action: WorkOrderAction, on order: WorkOrder) async throws -> WorkOrder {
        switch action {
        case .visit, .dispute: break
        default: throw AppError.forbiddenAction
        }
        return try await step(order, action, actorId: nil,
                              event: AuditEvent(actor: nil, action: "workorder.resident_\(action.name)", targetType: "work_order", targetId: order.id, detail: ""))
    }

    func step(_ current: WorkOrder, _ action: WorkOrderAction, actorId: String?, event: AuditEvent) async throws -> WorkOrder {
        let (next, note) = try advanced(current, action, at: clock.now())
        return try await commit(current, next, action: action.name, note: note, actorId: actorId, event: event)
    }

    /// The order after `action`, and the note its history keeps.
    func advanced(_ current: WorkOrder, _ action: WorkOrderAction, at now: Date) throws -> (WorkOrder, note: String?) {
        var next = current
        next.status = try Lifecycle.next(from: current.status, action)
        var note: String?
        switch action {
        case .dispatch(let unit): next.handlingUnit = unit.trimmed; note = unit.trimmed
        case .returnToSender(let reason): note = reason
        case .reply(let text): note = text
        case .verify(let accepted, let text): note = text.isEmpty ? nil : text; if accepted { next.closedAt = now }
        case .visit(let satisfaction, let text): next.satisfaction = satisfaction; note = text.isEmpty ? nil : text
        case .dispute(let reason): note = reason; next.closedAt = nil
        case .route(let grid): next.gridCode = grid.trimmed; note = grid.trimmed
        case .merge(let into): next.mergedInto = into; note = into; next.closedAt = now
        case .handOver(let petition): note = petition; next.closedAt = now
        case .accept: break
        }
        if next.status == .reopened {
            // A reopened order is on the clock again, from now, by its level's limit.
            next.closedAt = nil
            next.dueAt = Deadlines.due(receivedAt: now, level: current.level, calendar: calendar)
        }
        return (next, note)
    }

    /// Writes `updated` if `current` still holds, with its event and audit entry, and `also` in the
    /// same transaction. Steps of the life cycle and the side steps (extensions, co-handling) alike.
    func commit(_ current: WorkOrder, _ updated: WorkOrder, action: String, note: String?, actorId: String?, event: AuditEvent,
                also: (@Sendable (any SQLDatabase) async throws -> Void)? = nil) async throws -> WorkOrder {
        let now = clock.now()
        try await database.transaction { sql in
            try await self.write(current, updated, action: action, note: note, actorId: actorId, event: event, at: now, on: sql)
            try await also?(sql)
        }
        return updated
    }

    func write(_ current: WorkOrder, _ updated: WorkOrder, action: String, note: String?, actorId: String?, event: AuditEvent, at now: Date,
               on sql: any SQLDatabase) async throws {
        var event = event
        event.detail = current.status == updated.status ? event.detail : "\(current.status.rawValue)→\(updated.status.rawValue)"
        let step = CaseStep(caseId: current.id, action: action, from: current.status.rawValue, to: updated.status.rawValue, note: note, actorId: actorId)
        let store = self.store
        try await WorkOrderStore.casework.write(step, audit: event, at: now, on: sql) { sql in
            try await store.update(updated, expecting: current.status, at: now, on: sql)
        }
    }

    /// The supervision notices about one order, oldest first.
    public func notices(of order: WorkOrder) async throws -> [CaseNotice] {
        try await WorkOrderSupervision.clock().notices(of: order.id, in: database)
    }

    /// Notices about orders the caller may see, newest first.
    public func notices(visibleTo actor: StaffContext, paging: Paging) async throws -> (items: [CaseNotice], total: Int) {
        let store = self.store
        return try await database.read { try await store.notices(visibleTo: .init(actor), limit: paging.limit, offset: paging.offset, on: $0) }
    }
}
