import Foundation
import Hummingbird
import Kernel
import WorkOrders

/// `/api/v1/petitions`: register, list, read and step through the statutory chain; each
/// petition carries its current clock as `due_at` and the rule that set it.
public enum PetitionAPI {
    struct Item: Encodable, Sendable, JSONFields {
        let id: String, number: String, channel: String, petitionerName: String, petitionerPhone: String?, headcount: Int
        let matter: String, demands: String, unitCode: String, responsibleBody: String, status: String
        let receivedAt: Date, acceptedAt: Date?, replyDueAt: Date?, repliedAt: Date?, extensionDays: Int
        let dueAt: Date?, dueRule: String?, workOrderId: String?, petitionerRegistryId: String?
        /// What the petitioner tracks it by on the portal: the office gives it with the receipt.
        let trackingCode: String?
        /// Seconds until `due_at` (negative when past); nil when no clock runs.
        let secondsLeft: Int?

        enum CodingKeys: String, CodingKey {
            case id, number, channel, petitionerName = "petitioner_name", petitionerPhone = "petitioner_phone", headcount, matter, demands
            case unitCode = "unit_code", responsibleBody = "responsible_body", status, receivedAt = "received_at", acceptedAt = "accepted_at"
            case replyDueAt = "reply_due_at", repliedAt = "replied_at", extensionDays = "extension_days", dueAt = "due_at", dueRule = "due_rule"
            case workOrderId = "work_order_id", petitionerRegistryId = "petitioner_registry_id", trackingCode = "tracking_code"
            case secondsLeft = "seconds_left"
        }

        /// The same keys, sorted (every row of the petition lists is written this way).
        func writeFields(to object: inout JSONObjectWriter) {
            object.field("accepted_at", acceptedAt)
            object.field("channel", channel)
            object.field("demands", demands)
            object.field("due_at", dueAt)
            object.field("due_rule", dueRule)
            object.field("extension_days", extensionDays)
            object.field("headcount", headcount)
            object.field("id", id)
            object.field("matter", matter)
            object.field("number", number)
            object.field("petitioner_name", petitionerName)
            object.field("petitioner_phone", petitionerPhone)
            object.field("petitioner_registry_id", petitionerRegistryId)
            object.field("received_at", receivedAt)
            object.field("replied_at", repliedAt)
            object.field("reply_due_at", replyDueAt)
            object.field("responsible_body", responsibleBody)
            object.field("seconds_left", secondsLeft)
            object.field("status", status)
            object.field("tracking_code", trackingCode)
            object.field("unit_code", unitCode)
            object.field("work_order_id", workOrderId)
        }

        init(_ p: Petition, now: Date) {
            id = p.id
            number = p.number
            trackingCode = p.trackingCode.map(TrackingCode.display)
            channel = p.channel.rawValue
            petitionerName = p.petitionerName
            petitionerPhone = p.petitionerPhone.map(PhoneNumber.masked)
            headcount = p.headcount
            matter = p.matter
            demands = p.demands
            unitCode = p.unitCode
            responsibleBody = p.responsibleBody
            status = p.status.rawValue
            receivedAt = p.receivedAt
            acceptedAt = p.acceptedAt
            replyDueAt = p.replyDueAt
            repliedAt = p.repliedAt
            extensionDays = p.extensionDays
            dueAt = p.dueAt
            dueRule = p.dueRule?.rawValue
            workOrderId = p.workOrderId
            petitionerRegistryId = p.petitionerRegistryId
            secondsLeft = p.dueAt.map { Int($0.timeIntervalSince(now)) }
        }
    }

    struct Detail: Encodable, Sendable {
        /// Epoch seconds, as this API has always given them.
        struct Notice: Encodable, Sendable {
            let id: String, petitionId: String, dueRule: String, kind: String, level: Int, unitCode: String, addressedTo: String
            let dueAt: Int64, createdAt: Int64

            init(_ n: CaseNotice) {
                id = n.id; petitionId = n.caseId; dueRule = n.clock; kind = n.kind; level = n.level; unitCode = n.unitCode
                addressedTo = n.addressedTo; dueAt = n.dueAt; createdAt = n.createdAt
            }
        }
        let petition: Item
        let events: [CaseStepItem]
        let notices: [Notice]
    }

    struct NewPetition: Decodable {
        let channel: String, petitionerName: String, petitionerPhone: String?, headcount: Int?, matter: String, demands: String
        let unitCode: String?, responsibleBody: String, petitionerRegistryId: String?
    }

    struct Step: Decodable { let action: String; let text: String?; let days: Int? }
    struct TakeOver: Decodable { let unitCode: String?; let responsibleBody: String? }

    static func selection(_ value: String?, now: Date) throws -> PetitionStore.Selection {
        switch value {
        case nil, "", "owed": return .owed
        case "overdue": return .overdue(now)
        case "all": return .all
        case let name?:
            guard let status = PetitionStatus(rawValue: name) else { throw AppError.invalid("petition_error_status", [name]) }
            return .status(status)
        }
    }

    public static func register(on routes: SecureRoutes, service: PetitionService, clock: any AppClock) {
        routes.get("/api/v1/petitions", .permitted(.viewPetitions)) { request, context in
            let paging = try Paging(request, keyset: true)
            let query = request.uri.queryParameters
            let channel = try parseChoice(query.get("channel"), PetitionChannel.self, invalidKey: "petition_error_channel")
            let now = clock.now(), selection = try selection(query.get("status"), now: now)
            let (items, total) = try await service.list(by: context, selection, channel: channel, paging: paging)
            return try Response.json(ListPage(items: items.map { Item($0, now: now) }, total: total, paging: paging,
                                              next: .next(after: items, limit: paging.limit) { PetitionStore.position(of: $0, in: selection) }))
        }
        routes.post("/api/v1/petitions", .permitted(.handlePetitions)) { request, context in
            let body = try await request.decodeJSON(NewPetition.self, limit: 32 << 10)
            guard let channel = try parseChoice(body.channel, PetitionChannel.self, invalidKey: "petition_error_channel") else {
                throw AppError.invalid("petition_error_channel", [""])
            }
            let petition = try await service.register(.init(
                channel: channel, petitionerName: body.petitionerName, petitionerPhone: body.petitionerPhone, headcount: body.headcount ?? 1,
                matter: body.matter, demands: body.demands, unitCode: body.unitCode ?? context.staff.unitCode, responsibleBody: body.responsibleBody,
                petitionerRegistryId: body.petitionerRegistryId
            ), by: context)
            return try Response.json(Item(petition, now: clock.now()), status: .created)
        }
        routes.get("/api/v1/petition-response-rate", .permitted(.viewPetitions)) { _, context in
            try Response.json(try await service.responseRate(by: context))
        }
        routes.get("/api/v1/petitions/{petition}", .permitted(.viewPetitions)) { _, context in
            let petition = try await service.find(try context.parameters.require("petition"), by: context)
            let events = try await service.events(of: petition).map(CaseStepItem.init)
            let notices = try await service.notices(of: petition).map(Detail.Notice.init)
            return try Response.json(Detail(petition: Item(petition, now: clock.now()), events: events, notices: notices))
        }
        routes.post("/api/v1/petitions/{petition}/transitions", .permitted(.viewPetitions)) { request, context in
            let current = try await service.find(try context.parameters.require("petition"), by: context)  // not-found before the body is read
            let step = try await request.decodeJSON(Step.self, limit: 16 << 10)
            let petition = try await service.apply(try PetitionAction.named(step.action, text: step.text, days: step.days), to: current, by: context)
            return try Response.json(Item(petition, now: clock.now()))
        }
        routes.get("/api/v1/petition-handovers", .permitted(.takePetitions)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.waitingHandovers(by: context, paging: paging)
            let now = clock.now()
            return try Response.json(ListPage(items: items.map { WorkOrderAPI.Item($0, now: now) }, total: total, paging: paging))
        }
        routes.post("/api/v1/petition-handovers/{order}/take", .permitted(.takePetitions)) { request, context in
            let order = try await service.handoverOrder(try context.parameters.require("order"), by: context)
            let body = try await request.decodeJSON(TakeOver.self, limit: 16 << 10)
            let petition = try await service.takeOver(order, unitCode: body.unitCode, responsibleBody: body.responsibleBody, by: context)
            return try Response.json(Item(petition, now: clock.now()), status: .created)
        }
    }
}
