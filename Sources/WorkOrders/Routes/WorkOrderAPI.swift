import Foundation
import Hummingbird
import Kernel

/// `/api/v1/work-orders` for staff and the mobile app: take, list, read, and step through the life cycle.
public enum WorkOrderAPI {
    struct Item: Encodable, Sendable {
        let id: String, number: String, channel: String, requestClass: String, categoryCode: String, description: String
        let address: String?, lon: Double?, lat: Double?, gridCode: String, handlingLevel: String, handlingUnit: String?
        let status: String, contactName: String?, contactPhone: String?, proxy: Bool, satisfaction: String?, extensions: Int
        let createdAt: Date, dueAt: Date, closedAt: Date?
        /// Seconds until the deadline (negative when overdue); nil once closed.
        let secondsLeft: Int?

        init(_ o: WorkOrder, now: Date) {
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
            secondsLeft = o.status.isOpen ? Int(o.dueAt.timeIntervalSince(now)) : nil
        }
    }

    struct Detail: Encodable, Sendable {
        struct Event: Encodable, Sendable { let action: String; let fromStatus: String?; let toStatus: String; let note: String?; let at: Date }
        let order: Item
        let events: [Event]
    }

    struct NewOrder: Decodable {
        let channel: String, categoryCode: String, description: String
        let address: String?, lon: Double?, lat: Double?, gridCode: String?, contactName: String?, contactPhone: String?, proxy: Bool?
    }

    struct Step: Decodable {
        let action: String
        let unit: String?, reason: String?, text: String?, accepted: Bool?, satisfaction: String?, gridCode: String?
    }

    struct CategoryItem: Encodable, Sendable {
        let code: String, parentCode: String?, name: String, requestClass: String, handlingLevel: String, handlingUnit: String?
    }

    static func action(_ step: Step) throws -> WorkOrderAction {
        try .named(step.action, unit: step.unit, grid: step.gridCode, reason: step.reason, text: step.text, accepted: step.accepted ?? true,
                   satisfaction: step.satisfaction)
    }

    struct NoticeItem: Encodable, Sendable {
        let id: String, workOrderId: String, kind: String, level: Int, gridCode: String, handlingUnit: String?, dueAt: Date, createdAt: Date
    }

    public static func register(on routes: SecureRoutes, service: WorkOrderService, supervision: Supervision, clock: any AppClock) {
        routes.get("/api/v1/supervision-notices", .permitted(.viewWorkOrders)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await supervision.notices(visibleTo: .init(context), limit: paging.limit, offset: paging.offset)
            return try Response.json(ListPage(items: items.map {
                NoticeItem(id: $0.id, workOrderId: $0.work_order_id, kind: $0.kind, level: $0.level, gridCode: $0.grid_code,
                           handlingUnit: $0.handling_unit, dueAt: Date(epochSeconds: $0.due_at), createdAt: Date(epochSeconds: $0.created_at))
            }, total: total, paging: paging))
        }
        routes.get("/api/v1/work-order-categories", .permitted(.viewWorkOrders)) { request, context in
            let english = context.locale == .en
            let items = try await service.categories().map {
                CategoryItem(code: $0.code, parentCode: $0.parentCode, name: $0.name(english), requestClass: $0.requestClass.rawValue,
                             handlingLevel: $0.level.rawValue, handlingUnit: $0.handlingUnit)
            }
            return try Response.json(ListPage(items: items, total: items.count, paging: Paging(limit: max(items.count, 1), offset: 0)))
        }
        routes.get("/api/v1/work-orders", .permitted(.viewWorkOrders)) { request, context in
            let paging = try Paging(request)
            let status = try request.queryEnum("status", WorkOrderStatus.self, invalidKey: "workorder_error_status")
            let (items, total) = try await service.list(by: context, status.map { .status($0) } ?? .all, paging: paging)
            let now = clock.now()
            return try Response.json(ListPage(items: items.map { Item($0, now: now) }, total: total, paging: paging))
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
            let events = try await service.events(of: order).map {
                Detail.Event(action: $0.action, fromStatus: $0.from_status, toStatus: $0.to_status, note: $0.note, at: Date(epochSeconds: $0.at))
            }
            return try Response.json(Detail(order: Item(order, now: clock.now()), events: events))
        }
        routes.post("/api/v1/work-orders/{order}/transitions", .permitted(.viewWorkOrders)) { request, context in
            let current = try await service.find(try context.parameters.require("order"), by: context)  // not-found before the body is read
            let step = try await request.decodeJSON(Step.self, limit: 16 << 10)
            let order = try await service.apply(try action(step), to: current, by: context)
            return try Response.json(Item(order, now: clock.now()))
        }
    }
}
