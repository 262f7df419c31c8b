import Foundation
import Kernel
import SQLKit

/// SQL for work orders, their events, categories and daily numbers.
public struct WorkOrderStore: Sendable {
    public init() {}

    static let columns = ["id", "number", "channel", "request_class", "category_code", "description", "address", "lon", "lat", "grid_code",
                          "handling_level", "handling_unit", "status", "contact_name", "contact_phone", "proxy", "satisfaction", "extensions",
                          "created_by", "created_at", "due_at", "closed_at", "source_client", "media_url", "contact_email", "updated_at", "merged_into",
                          "tracking_code"]

    struct Row: Decodable {
        let id: String, number: String, channel: String, request_class: String, category_code: String, description: String
        let address: String?, lon: Double?, lat: Double?, grid_code: String, handling_level: String, handling_unit: String?
        let status: String, contact_name: String?, contact_phone: String?, proxy: Int64, satisfaction: String?, extensions: Int
        let created_by: String?, created_at: Int64, due_at: Int64, closed_at: Int64?
        let source_client: String?, media_url: String?, contact_email: String?, updated_at: Int64, merged_into: String?
        let tracking_code: String?

        var order: WorkOrder {
            WorkOrder(id: id, number: number, channel: Channel(rawValue: channel) ?? .window,
                      requestClass: RequestClass(rawValue: request_class) ?? .administrative, categoryCode: category_code,
                      description: description, address: address, lon: lon, lat: lat, gridCode: grid_code,
                      level: HandlingLevel(rawValue: handling_level) ?? .other, handlingUnit: handling_unit,
                      status: WorkOrderStatus(rawValue: status) ?? .registered, contactName: contact_name, contactPhone: contact_phone,
                      proxy: proxy != 0, satisfaction: satisfaction.flatMap(Satisfaction.init(rawValue:)), extensions: extensions,
                      createdBy: created_by, createdAt: Date(epochSeconds: created_at), dueAt: Date(epochSeconds: due_at),
                      closedAt: closed_at.map(Date.init(epochSeconds:)), sourceClient: source_client, mediaURL: media_url,
                      contactEmail: contact_email, updatedAt: Date(epochSeconds: updated_at), mergedInto: merged_into,
                      trackingCode: tracking_code)
        }
    }

    struct CategoryRow: Decodable {
        let code: String, parent_code: String?, name_zh: String, name_en: String, request_class: String, handling_level: String, handling_unit: String?
    }

    /// The active categories, in code order.
    public func categories(on sql: any SQLDatabase) async throws -> [WorkOrderCategory] {
        try await categories(activeOnly: true, on: sql)
    }

    /// Retired ones too: a retired class still holds its leaves' place.
    func allCategories(on sql: any SQLDatabase) async throws -> [WorkOrderCategory] {
        try await categories(activeOnly: false, on: sql)
    }

    func saveCategory(_ c: WorkOrderCategory, active: Bool, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "work_order_categories")
            .columns("code", "parent_code", "name_zh", "name_en", "request_class", "handling_level", "handling_unit", "active")
            .values(SQLBind(c.code), SQLBind(c.parentCode), SQLBind(c.nameZh), SQLBind(c.nameEn), SQLBind(c.requestClass.rawValue),
                    SQLBind(c.level.rawValue), SQLBind(c.handlingUnit), SQLBind(active ? 1 : 0))
            .onConflict(with: ["code"]) { update in
                update.set(excludedValueOf: "parent_code").set(excludedValueOf: "name_zh").set(excludedValueOf: "name_en")
                    .set(excludedValueOf: "request_class").set(excludedValueOf: "handling_level").set(excludedValueOf: "handling_unit")
                    .set(excludedValueOf: "active")
            }
            .run()
    }

    private func categories(activeOnly: Bool, on sql: any SQLDatabase) async throws -> [WorkOrderCategory] {
        var select = sql.select().columns("code", "parent_code", "name_zh", "name_en", "request_class", "handling_level", "handling_unit")
            .from("work_order_categories")
        if activeOnly { select = select.where("active", .equal, 1) }
        return try await select.orderBy("code").all(decoding: CategoryRow.self)
            .compactMap { row in
                guard let requestClass = RequestClass(rawValue: row.request_class), let level = HandlingLevel(rawValue: row.handling_level) else { return nil }
                return WorkOrderCategory(code: row.code, parentCode: row.parent_code, nameZh: row.name_zh, nameEn: row.name_en,
                                         requestClass: requestClass, level: level, handlingUnit: row.handling_unit)
            }
    }

    /// Reserves the next `count` numbers of `day`: 20261123-00042, … once for a whole group of orders.
    func nextNumbers(_ count: Int, on day: Day, sql: any SQLDatabase) async throws -> [String] {
        try await Self.numbers.next(count, on: day, sql: sql)
    }

    static let numbers = DailyNumbers(table: "work_order_counters", prefix: "")
    static let steps = StepLog(table: "work_order_events", parentColumn: "work_order_id")
    static let casework = CaseSteps(history: steps, changedKey: "workorder_error_changed")

    /// Inserts new orders with typed multi-row INSERTs in the caller's transaction.
    func insert(_ orders: [WorkOrder], in database: Database, on sql: any SQLDatabase) async throws {
        let rows = orders.map { o -> [BulkValue] in
            [.text(o.id), .text(o.number), .text(o.channel.rawValue), .text(o.requestClass.rawValue), .text(o.categoryCode),
             .text(o.description), .text(o.address), o.lon.map(BulkValue.real) ?? .null, o.lat.map(BulkValue.real) ?? .null, .text(o.gridCode),
             .text(o.level.rawValue), .text(o.handlingUnit), .text(o.status.rawValue), .text(o.contactName), .text(o.contactPhone),
             .integer(o.proxy ? 1 : 0), .text(o.satisfaction?.rawValue), .integer(o.extensions), .text(o.createdBy),
             .integer(Int(o.createdAt.epochSeconds)), .integer(Int(o.dueAt.epochSeconds)), o.closedAt.map { .integer(Int($0.epochSeconds)) } ?? .null,
             .text(o.sourceClient), .text(o.mediaURL), .text(o.contactEmail), .integer(Int(o.createdAt.epochSeconds)), .text(o.mergedInto),
             .text(o.trackingCode), o.status.isOpen ? .integer(Int(o.dueAt.epochSeconds)) : .null]
        }
        // New random ids: a clash is a bug and fails the transaction rather than being skipped.
        _ = try await database.insertNew(into: "work_orders", columns: Self.columns + ["open_due"], rows: rows, conflictKeys: [], on: sql)
    }

    /// Writes the order if it is still in `expected` status; false when another step got there first.
    /// (One conditional UPDATE: two concurrent steps on PostgreSQL cannot both pass.)
    /// Its notices then name the department that holds it now (`SupervisedClock.keepHandler`).
    func update(_ o: WorkOrder, expecting expected: WorkOrderStatus, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        let openDue = o.status.isOpen ? o.dueAt.epochSeconds : nil, supervision = WorkOrderSupervision.clock()
        let written = try await sql.update("work_orders").set("status", to: o.status.rawValue).set("handling_unit", to: o.handlingUnit)
            .set("grid_code", to: o.gridCode).set("merged_into", to: o.mergedInto)
            .set("satisfaction", to: o.satisfaction?.rawValue).set("closed_at", to: o.closedAt?.epochSeconds)
            .set("due_at", to: o.dueAt.epochSeconds).set("extensions", to: o.extensions).set("updated_at", to: now.epochSeconds)
            .set("open_due", to: openDue).set("supervised_due", to: supervision.noticedDue(openDue))
            .where("id", .equal, o.id).where("status", .equal, expected.rawValue)
            .returning("id").all().count == 1
        if written { try await supervision.keepHandler(of: o.id, handler: o.handlingUnit, held: o.status.rawValue, on: sql) }
        return written
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> WorkOrder? {
        try await sql.select().columns(Self.columns).from("work_orders").where("id", .equal, id).first(decoding: Row.self)?.order
    }

    func find(trackingCode: String, on sql: any SQLDatabase) async throws -> WorkOrder? {
        try await sql.select().columns(Self.columns).from("work_orders").where("tracking_code", .equal, trackingCode).first(decoding: Row.self)?.order
    }

    func find(number: String, on sql: any SQLDatabase) async throws -> WorkOrder? {
        try await sql.select().columns(Self.columns).from("work_orders").where("number", .equal, number).first(decoding: Row.self)?.order
    }

    static let eventColumns = ["id", "work_order_id", "action", "from_status", "to_status", "actor_id", "note", "at"]

    /// The `register` event of each new order, in one go.
    func addRegistrations(_ orders: [WorkOrder], in database: Database, on sql: any SQLDatabase) async throws {
        let rows = orders.map { o -> [BulkValue] in
            [.text(RecordID.make(now: o.createdAt)), .text(o.id), .text("register"), .null, .text(o.status.rawValue), .text(o.createdBy), .null,
             .integer(Int(o.createdAt.epochSeconds))]
        }
        _ = try await database.insertNew(into: "work_order_events", columns: Self.eventColumns, rows: rows, conflictKeys: [], on: sql)
    }

    public typealias Event = StepLog.Entry

    func events(orderId: String, on sql: any SQLDatabase) async throws -> [Event] {
        try await Self.steps.entries(of: orderId, on: sql)
    }

    /// Notices about orders the caller may see, newest first.
    func notices(visibleTo visibility: Visibility, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [CaseNotice], total: Int) {
        try await NoticeStore().list(WorkOrderSupervision.caseType, narrowedBy: { builder in
            switch visibility {
            case .jurisdiction(let scope): return builder.where("unit_code", withinWalking: scope)
            case .unit(let unit):
                // Only about orders the unit holds now, which their notices name (not one still waiting for dispatch:
                // the clock's `handlerHeldWhile`). Checked against the unit's orders instead, PostgreSQL hashed all of
                // them, 385,000 for one department at 5,000,000 orders (761 ms at p95, 2.9 s a page 10,000 in).
                return builder.where("handling_unit", .equal, unit)
            }
        }, limit: limit, offset: offset, on: sql)
    }

    /// Who sees which orders: a department handler those dispatched to the department or shared
    /// with it for co-handling, everyone else those located in their jurisdiction. An order still
    /// waiting for dispatch names its category's usual unit, but that unit does not see it yet.
    public enum Visibility: Sendable {
        case jurisdiction(Scope)
        case unit(String)

        public init(_ actor: StaffContext) {
            self = actor.staff.role == .departmentHandler ? .unit(actor.staff.department ?? "") : .jurisdiction(actor.scope)
        }

        public func contains(_ order: WorkOrder) -> Bool {
            switch self {
            case .jurisdiction(let scope): scope.contains(order.gridCode)
            case .unit(let unit): order.handlingUnit == unit && Self.dispatchedStatuses.contains(order.status)
            }
        }

        /// The statuses an order reaches only by being dispatched (merged and handed-over orders
        /// may never have been, and carry no work for a unit).
        public static let dispatchedStatuses: Set<WorkOrderStatus> = [.dispatched, .returned, .accepted, .replied, .closed, .visited, .reopened]
        static let dispatchedStatusNames = dispatchedStatuses.map(\.rawValue).sorted()
    }

    /// Which orders a work list shows.
    public enum Selection: Sendable, Equatable {
        case all
        case status(WorkOrderStatus)
        /// Still on the clock.
        case open
        /// On the clock and past the deadline at `now`.
        case overdue(Date)
        /// On the clock with a supervision notice raised.
        case supervised
    }

    /// Narrowing a work list further: one category, or one number looked up.
    public struct Filter: Sendable, Equatable {
        public var category: String?
        public var number: String?

        public init(category: String? = nil, number: String? = nil) {
            self.category = category
            self.number = number
        }
    }

    static let openStatuses = WorkOrderStatus.allCases.filter(\.isOpen).map(\.rawValue)

    public func list(_ visibility: Visibility, _ selection: Selection, filter: Filter = Filter(), limit: Int, offset: Int, after: ListCursor? = nil,
                     on sql: any SQLDatabase) async throws -> (items: [WorkOrder], total: Int) {
        // Lists of open orders read in deadline order off the open-deadline indexes.
        let byOpenDue: Bool
        switch selection {
        case .open, .overdue, .supervised: byOpenDue = true
        case .all, .status: byOpenDue = false
        }
        // SQLite has no statistics to tell a grid's range from the county's: `listColumn(_:indexed:)` says which index answers.
        func selected(_ builder: SQLSelectBuilder, statusIndexed: Bool = true, categoryIndexed: Bool = true) -> SQLSelectBuilder {
            var builder = builder
            switch selection {
            case .all: break
            case .status(let status): builder = builder.where(listColumn("status", indexed: statusIndexed), .equal, SQLBind(status.rawValue))
            case .open: builder = builder.where("open_due", .isNot, SQLLiteral.null)
            case .overdue(let now): builder = builder.where("open_due", .lessThan, now.epochSeconds)
            // Set while the order is on the clock with a notice (workorders_0015): its own partial indexes.
            case .supervised: builder = builder.where("supervised_due", .isNot, SQLLiteral.null)
            }
            if let category = filter.category { builder = builder.where(listColumn("category_code", indexed: categoryIndexed), .equal, SQLBind(category)) }
            if let number = filter.number { builder = builder.where("number", .equal, number) }
            return builder
        }
        let orderColumn = selection == .supervised ? "supervised_due" : byOpenDue ? "open_due" : "due_at"
        func page(_ filtered: (SQLSelectBuilder) -> SQLSelectBuilder, first: Int) async throws -> [WorkOrder] {
            try await sql.page(of: "work_orders", columns: Self.columns, orderedBy: orderColumn, after: after, limit: first, offset: 0,
                               decoding: Row.self, where: filtered).map(\.order)
        }
        switch visibility {
        case .jurisdiction(let scope):
            // Which index answers depends on the scope's width (`civicgrid bench worklist --views`):
            // - a grid: its (grid, status) index; a community: its grid range, sorted;
            // - a street: the clock's lists read the street's own deadline indexes (workorders_0016; walking the county's
            //   checking each order's street, their count read every open order of the county: 61–68 ms at p95 for a
            //   street's open list at 1,000,000 orders), one status its own status index (workorders_0018; walking the
            //   county's, a page 10,000 in took 1–2 s at 5,000,000 on PostgreSQL), its whole list, of one category or not,
            //   its own deadline and category indexes (workorders_0019; off its range, every order of the street was read
            //   to count a category and to sort a deep page);
            // - the county: every list walks a deadline index (the whole default list sorted took 0.8 s at 1M).
            // A category has its own index for the clock's lists and the county's and a street's whole list,
            // and with one status their own too (workorders_0012; a county's took 2.5 s walking the status's).
            // A street or the county that holds few orders (a street just added) is read by place, like a community.
            let level = scope.rootCode.count, walks = try await sql.walks("work_orders", column: "grid_code", within: scope)
            // A walked list puts its category plainly, for the category's own indexes; a street's lists of the clock or of one
            // status check it inside their own index (put plainly, SQLite walked the category's).
            let byCategory = walks && !(level == Scope.streetLength && selection != .all)
            func items(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
                let builder = builder.from("work_orders")
                if level == 15 { return selected(builder.where("grid_code", .equal, scope.rootCode), categoryIndexed: false) }
                if walks { return selected(builder.where("grid_code", withinWalking: scope), categoryIndexed: byCategory) }
                return selected(builder.where("grid_code", within: scope), statusIndexed: false, categoryIndexed: false)
            }
            // Counting up to the cap: as the page reads, but the county's whole list and lists of one status off the grid
            // index's range, the county's by status.
            func counted(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
                guard level < Scope.streetLength, walks, !byOpenDue else { return items(builder) }
                return selected(builder.from("work_orders").where("grid_code", within: scope))
            }
            let total = try await sql.listTotal(counted)
            guard ListTotal.reaches(offset, of: total) else { return ([], total) }
            let rows = try await sql.page(of: "work_orders", columns: Self.columns, orderedBy: orderColumn, after: after, limit: limit,
                                          offset: offset, decoding: Row.self, where: items).map(\.order)
            return (rows, total)
        case .unit(let unit):
            // A handler with no department sees none (and the comparisons below that skip the index read NULL as "").
            guard !unit.isEmpty else { return ([], 0) }
            // The orders the unit leads and those it co-handles, each off its own index, merged here:
            // one query with an OR between them used neither index (2 s at 5 million orders).
            // One status is that status alone (one never dispatched is led by nobody yet, below); otherwise
            // every dispatched one, walked off the department's deadline index.
            func led(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
                let builder = builder.from("work_orders").where("handling_unit", .equal, SQLBind(unit))
                // One status is the department's status index's range, with one category too (workorders_0014; walking the
                // category's index checking each order's status counted up to 10,001 of them that way).
                if case .status = selection { return selected(builder) }
                // A category of the whole list walks the department's category index (workorders_0012; 4.2 s off its deadlines).
                // (The status as no index reads it made PostgreSQL guess that few orders pass and sort a supervised page's
                // 15,000 orders after a cursor, 90 ms; both databases take the supervised index with it plain.)
                return selected(builder.where("status", .in, SQLBind.group(Visibility.dispatchedStatusNames)),
                                categoryIndexed: byOpenDue || selection == .all)
            }
            // Co-handled orders are found through the unit's co-handling rows, never by walking an index of statuses or categories.
            func shared(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
                selected(builder.from("work_orders").where("handling_unit", .notEqual, unit).where("id", .in, SQLSubquery.select { sub in
                    sub.column("work_order_id").from("work_order_co_handlers").where("unit", .equal, unit)
                }), statusIndexed: false, categoryIndexed: false)
            }
            var leads = true
            if case .status(let status) = selection { leads = Visibility.dispatchedStatuses.contains(status) }
            return try await sql.mergedPage(of: leads ? [led, shared] : [shared], limit: limit, offset: offset, read: page) {
                ($0.dueAt, $0.id) < ($1.dueAt, $1.id)
            }
        }
    }
}

extension WorkOrderStore {
    /// Where `o` stands in a work list: the cursor of the page after it (the open lists' clock is its deadline).
    public static func position(of o: WorkOrder) -> ListCursor { ListCursor(value: o.dueAt.epochSeconds, id: o.id) }

    /// How other contexts find one of these cases by its number (a decision's follow-up links).
    public static func lookup(_ database: Database) -> NumberedCaseLookup {
        NumberedCaseLookup(caseType: "work_order", database: database, table: "work_orders", unitColumn: "grid_code")
    }
}
