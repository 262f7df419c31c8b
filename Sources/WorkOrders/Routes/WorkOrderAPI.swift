import Foundation
import Hummingbird
import Kernel

/// `/api/v1/work-orders` for staff and the mobile app: take, list, read, and step through the life cycle.
public enum WorkOrderAPI {
    /// An order as the API shows it (also where the petition module lists those waiting for it).
    public struct Item: Encodable, Sendable, JSONFields {
        let id: String, number: String, channel: String, requestClass: String, categoryCode: String, description: String
        let address: String?, lon: Double?, lat: Double?, gridCode: String, handlingLevel: String, handlingUnit: String?
        let status: String, contactName: String?, contactPhone: String?, proxy: Bool, satisfaction: String?, extensions: Int
        let createdAt: Date, dueAt: Date, closedAt: Date?, mergedInto: String?
        /// What the resident tracks the order by on the portal (staff read it out to a caller).
        let trackingCode: String?
        /// Seconds until the deadline (negative when overdue); nil once closed.
        let secondsLeft: Int?

        public init(_ o: WorkOrder, now: Date) {
            id = o.id
            number = o.number
            channel = o.channel.rawValue
            requestClass = o.requestClass.rawValue
            categoryCode = o.categoryCode
            description = o.description
            address = o.address
            lon = o.lon
            lat = o.lat
            gridCode = o.gridCode
            handlingLevel = o.level.rawValue
            handlingUnit = o.handlingUnit
            status = o.status.rawValue
            contactName = o.contactName
            contactPhone = o.contactPhone.map(PhoneNumber.masked)
            proxy = o.proxy
            satisfaction = o.satisfaction?.rawValue
            extensions = o.extensions
            createdAt = o.createdAt
            dueAt = o.dueAt
            closedAt = o.closedAt
            mergedInto = o.mergedInto
            trackingCode = o.trackingCode.map(TrackingCode.display)
            secondsLeft = o.status.isOpen ? Int(o.dueAt.timeIntervalSince(now)) : nil
        }

        enum CodingKeys: String, CodingKey {
            case id, number, channel, requestClass = "request_class", categoryCode = "category_code", description, address, lon, lat
            case gridCode = "grid_code", handlingLevel = "handling_level", handlingUnit = "handling_unit", status
            case contactName = "contact_name", contactPhone = "contact_phone", proxy, satisfaction, extensions
            case createdAt = "created_at", dueAt = "due_at", closedAt = "closed_at", mergedInto = "merged_into"
            case trackingCode = "tracking_code", secondsLeft = "seconds_left"
        }

        /// The same keys, sorted (intake's answer and every work-list row are written this way).
        public func writeFields(to object: inout JSONObjectWriter) throws {
            object.field("address", address)
            object.field("category_code", categoryCode)
            object.field("channel", channel)
            object.field("closed_at", closedAt)
            object.field("contact_name", contactName)
            object.field("contact_phone", contactPhone)
            object.field("created_at", createdAt)
            object.field("description", description)
            object.field("due_at", dueAt)
            object.field("extensions", extensions)
            object.field("grid_code", gridCode)
            object.field("handling_level", handlingLevel)
            object.field("handling_unit", handlingUnit)
            object.field("id", id)
            try object.field("lat", lat)
            try object.field("lon", lon)
            object.field("merged_into", mergedInto)
            object.field("number", number)
            object.field("proxy", proxy)
            object.field("request_class", requestClass)
            object.field("satisfaction", satisfaction)
            object.field("seconds_left", secondsLeft)
            object.field("status", status)
            object.field("tracking_code", trackingCode)
        }
    }

    struct Detail: Encodable, Sendable {
        struct ExtensionItem: Encodable, Sendable {
            let id: String, workingDays: Int, reason: String, status: String, requestedAt: Date, decidedAt: Date?, decisionNote: String?
        }
        struct CoHandlerItem: Encodable, Sendable { let unit: String; let addedAt: Date; let reply: String?; let repliedAt: Date? }
        let order: Item
        let events: [CaseStepItem]
        let extensions: [ExtensionItem]
        let coHandlers: [CoHandlerItem]
        let notices: [NoticeItem]
    }

    struct NewOrder: Decodable, SnakeCaseKeys {
        let channel: String, categoryCode: String, description: String
        let address: String?, lon: Double?, lat: Double?, gridCode: String?, contactName: String?, contactPhone: String?, proxy: Bool?

        enum CodingKeys: String, CodingKey {
            case channel, categoryCode = "category_code", description, address, lon, lat, gridCode = "grid_code"
            case contactName = "contact_name", contactPhone = "contact_phone", proxy
        }
    }

    struct Step: Decodable {
        let action: String
        let unit: String?, reason: String?, text: String?, accepted: Bool?, satisfaction: String?, gridCode: String?, into: String?
    }

    struct CategoryItem: Encodable, Sendable {
        let code: String, parentCode: String?, name: String, requestClass: String, handlingLevel: String, handlingUnit: String?
    }

    static func action(_ step: Step) throws -> WorkOrderAction {
        try .named(step.action, unit: step.unit, grid: step.gridCode, reason: step.reason, text: step.text, accepted: step.accepted ?? true,
                   satisfaction: step.satisfaction, into: step.into)
    }

    struct NoticeItem: Encodable, Sendable {
        let id: String, workOrderId: String, kind: String, level: Int, gridCode: String, handlingUnit: String?, dueAt: Date, createdAt: Date
        let addressedTo: String?
    }

    static func noticeItem(_ n: CaseNotice) -> NoticeItem {
        NoticeItem(id: n.id, workOrderId: n.caseId, kind: n.kind, level: n.level, gridCode: n.unitCode, handlingUnit: n.handlingUnit,
                   dueAt: Date(epochSeconds: n.dueAt), createdAt: Date(epochSeconds: n.createdAt), addressedTo: n.addressedTo)
    }

    struct ExtensionAsk: Decodable { let workingDays: Int; let reason: String }
    struct Decision: Decodable { let approve: Bool; let note: String? }
    struct UnitBody: Decodable { let unit: String }
    struct TextBody: Decodable { let text: String }
    struct BulkDispatch: Decodable { let ids: [String]; let unit: String }

    public static func register(on routes: SecureRoutes, service: WorkOrderService, clock: any AppClock, views: ViewRenderer) {
        routes.get("/api/v1/supervision-notices", .permitted(.viewWorkOrders)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.notices(visibleTo: context, paging: paging)
            return try Response.json(ListPage(items: items.map(noticeItem), total: total, paging: paging))
        }
        routes.get("/api/v1/work-order-categories", .permitted(.viewWorkOrders)) { request, context in
            let english = context.locale == .en
            let items = try await service.categories().map {
                CategoryItem(code: $0.code, parentCode: $0.parentCode, name: $0.name(english), requestClass: $0.requestClass.rawValue,
                             handlingLevel: $0.level.rawValue, handlingUnit: $0.handlingUnit)
            }
            return try Response.json(ListPage(items: items, total: items.count, paging: Paging(limit: max(items.count, 1), offset: 0)))
        }
        routes.post("/api/v1/work-order-categories", .permitted(.configureWorkOrders)) { request, context in
            let input = try await request.decodeJSON(WorkOrderService.CategoryInput.self, limit: 16 << 10)
            let c = try await service.saveCategory(input, by: context)
            return try Response.json(CategoryItem(code: c.code, parentCode: c.parentCode, name: c.name(context.locale == .en),
                                                  requestClass: c.requestClass.rawValue, handlingLevel: c.level.rawValue, handlingUnit: c.handlingUnit),
                                     status: .created)
        }
        routes.get("/api/v1/work-orders", .permitted(.viewWorkOrders)) { request, context in
            let paging = try Paging(request, keyset: true)
            let status = try request.queryEnum("status", WorkOrderStatus.self, invalidKey: "workorder_error_status")
            // The page's views too (`view=open`, `overdue`, `supervised`, `registered` to dispatch…); one or the other.
            let view = try request.queryEnum("view", WorkListView.self, invalidKey: "workorder_error_view")
            guard status == nil || view == nil else { throw AppError.invalid("workorder_error_view").naming("view") }
            let query = request.uri.queryParameters, now = clock.now()
            let filter = WorkOrderStore.Filter(category: query.get("category")?.nilIfBlank, number: query.get("number")?.trimmed.nilIfBlank)
            let selection = view.map { $0.selection(now: now) } ?? status.map { .status($0) } ?? .all
            let (items, total) = try await service.list(by: context, selection, filter: filter, paging: paging)
            return try Response.json(ListPage(items: items.map { Item($0, now: now) }, total: total, paging: paging,
                                              next: .next(after: items, limit: paging.limit, WorkOrderStore.position)))
        }
        routes.post("/api/v1/work-orders", .permitted(.takeRequests)) { request, context in
            let body = try await request.decodeJSON(NewOrder.self, limit: 32 << 10)
            guard let channel = try parseChoice(body.channel, Channel.self, invalidKey: "workorder_error_channel") else {
                throw AppError.invalid("workorder_error_channel")
            }
            let order = try await service.take(.init(
                channel: channel, categoryCode: body.categoryCode, description: body.description, address: body.address, lon: body.lon,
                lat: body.lat, gridCode: body.gridCode, contactName: body.contactName, contactPhone: body.contactPhone, proxy: body.proxy ?? false
            ), by: context)
            return try Response.json(Item(order, now: clock.now()), status: .created)
        }
        routes.get("/api/v1/work-orders/{order}", .permitted(.viewWorkOrders)) { _, context in
            let order = try await service.find(try context.parameters.require("order"), by: context)
            let events = try await service.events(of: order).map(CaseStepItem.init)
            let extensions = try await service.extensions(of: order).map {
                Detail.ExtensionItem(id: $0.id, workingDays: $0.working_days, reason: $0.reason, status: $0.status,
                                     requestedAt: Date(epochSeconds: $0.requested_at), decidedAt: $0.decided_at.map(Date.init(epochSeconds:)),
                                     decisionNote: $0.decision_note)
            }
            let coHandlers = try await service.coHandlers(of: order).map {
                Detail.CoHandlerItem(unit: $0.unit, addedAt: Date(epochSeconds: $0.added_at), reply: $0.reply, repliedAt: $0.replied_at.map(Date.init(epochSeconds:)))
            }
            let notices = try await service.notices(of: order).map(noticeItem)
            return try Response.json(Detail(order: Item(order, now: clock.now()), events: events, extensions: extensions, coHandlers: coHandlers,
                                            notices: notices))
        }
        routes.get("/api/v1/work-orders/{order}/duplicates", .permitted(.viewWorkOrders)) { _, context in
            let order = try await service.find(try context.parameters.require("order"), by: context)
            let now = clock.now()
            let items = try await service.duplicates(of: order, by: context).map { Item($0, now: now) }
            return try Response.json(ListPage(items: items, total: items.count, paging: Paging(limit: max(items.count, 1), offset: 0)))
        }
        routes.post("/api/v1/work-orders/{order}/extensions", .permitted(.handleWorkOrders)) { request, context in
            let order = try await service.find(try context.parameters.require("order"), by: context)
            let body = try await request.decodeJSON(ExtensionAsk.self, limit: 16 << 10)
            _ = try await service.requestExtension(of: order, workingDays: body.workingDays, reason: body.reason, by: context)
            return try Response.json(Item(try await service.find(order.id, by: context), now: clock.now()), status: .created)
        }
        routes.post("/api/v1/work-orders/{order}/extensions/decision", .permitted(.approveExtensions)) { request, context in
            let order = try await service.find(try context.parameters.require("order"), by: context)
            let body = try await request.decodeJSON(Decision.self, limit: 16 << 10)
            return try Response.json(Item(try await service.decideExtension(of: order, approve: body.approve, note: body.note ?? "", by: context),
                                          now: clock.now()))
        }
        routes.post("/api/v1/work-orders/{order}/co-handlers", .permitted(.dispatchWorkOrders)) { request, context in
            let order = try await service.find(try context.parameters.require("order"), by: context)
            let body = try await request.decodeJSON(UnitBody.self, limit: 16 << 10)
            return try Response.json(Item(try await service.addCoHandler(body.unit, to: order, by: context), now: clock.now()), status: .created)
        }
        routes.post("/api/v1/work-orders/{order}/co-reply", .permitted(.handleWorkOrders)) { request, context in
            let order = try await service.find(try context.parameters.require("order"), by: context)
            let body = try await request.decodeJSON(TextBody.self, limit: 16 << 10)
            return try Response.json(Item(try await service.coReply(body.text, on: order, by: context), now: clock.now()))
        }
        routes.post("/api/v1/work-orders/dispatch", .permitted(.dispatchWorkOrders)) { request, context in
            let body = try await request.decodeJSON(BulkDispatch.self, limit: 64 << 10)
            let results = try await service.dispatch(body.ids, to: body.unit, by: context) { views.t($0.messageKey, context.locale, $0.args) }
            return try Response.json(ListPage(items: results, total: results.count, paging: Paging(limit: max(results.count, 1), offset: 0)))
        }
        routes.post("/api/v1/work-orders/{order}/transitions", .permitted(.viewWorkOrders)) { request, context in
            let current = try await service.find(try context.parameters.require("order"), by: context)  // not-found before the body is read
            let step = try await request.decodeJSON(Step.self, limit: 16 << 10)
            let order = try await service.apply(try action(step), to: current, by: context)
            return try Response.json(Item(order, now: clock.now()))
        }
    }
}
