import Foundation
import Hummingbird
import Kernel

/// `/api/v1/disputes`: register, list, read and mediate; each dispute shows its clock as
/// `due_at` with the rule that set it, and its early-warning level with the reasons.
public enum DisputeAPI {
    struct Item: Encodable, Sendable, JSONFields {
        struct Party: Encodable, Sendable, JSONFields {
            let name: String, role: String, isOrganisation: Bool, phone: String?, registryId: String?

            enum CodingKeys: String, CodingKey {
                case name, role, isOrganisation = "is_organisation", phone, registryId = "registry_id"
            }

            func writeFields(to object: inout JSONObjectWriter) {
                object.field("is_organisation", isOrganisation)
                object.field("name", name)
                object.field("phone", phone)
                object.field("registry_id", registryId)
                object.field("role", role)
            }
        }
        let id: String, number: String, title: String, occurredOn: String, place: String, typeCode: String, scale: Int, summary: String
        let unitCode: String, violenceThreatened: Bool, riskLevel: String, riskReasons: [String], status: String, bodyCode: String?
        let outcome: String?, agreementTerms: String?, performanceDue: String?, agreedAt: Date?, confirmationRequestedAt: Date?
        let confirmationDueAt: Date?, escalatedAt: Date?, escalationDecision: String?, dueAt: Date?, dueRule: String?, createdAt: Date
        let parties: [Party]

        enum CodingKeys: String, CodingKey {
            case id, number, title, occurredOn = "occurred_on", place, typeCode = "type_code", scale, summary, unitCode = "unit_code"
            case violenceThreatened = "violence_threatened", riskLevel = "risk_level", riskReasons = "risk_reasons", status
            case bodyCode = "body_code", outcome, agreementTerms = "agreement_terms", performanceDue = "performance_due"
            case agreedAt = "agreed_at", confirmationRequestedAt = "confirmation_requested_at", confirmationDueAt = "confirmation_due_at"
            case escalatedAt = "escalated_at", escalationDecision = "escalation_decision", dueAt = "due_at", dueRule = "due_rule"
            case createdAt = "created_at", parties
        }

        /// The same keys, sorted (every row of the dispute lists is written this way).
        func writeFields(to object: inout JSONObjectWriter) throws {
            object.field("agreed_at", agreedAt)
            object.field("agreement_terms", agreementTerms)
            object.field("body_code", bodyCode)
            object.field("confirmation_due_at", confirmationDueAt)
            object.field("confirmation_requested_at", confirmationRequestedAt)
            object.field("created_at", createdAt)
            object.field("due_at", dueAt)
            object.field("due_rule", dueRule)
            object.field("escalated_at", escalatedAt)
            object.field("escalation_decision", escalationDecision)
            object.field("id", id)
            object.field("number", number)
            object.field("occurred_on", occurredOn)
            object.field("outcome", outcome)
            try object.field("parties", parties)
            object.field("performance_due", performanceDue)
            object.field("place", place)
            object.field("risk_level", riskLevel)
            object.field("risk_reasons", riskReasons)
            object.field("scale", scale)
            object.field("status", status)
            object.field("summary", summary)
            object.field("title", title)
            object.field("type_code", typeCode)
            object.field("unit_code", unitCode)
            object.field("violence_threatened", violenceThreatened)
        }

        init(_ d: Dispute) {
            id = d.id
            number = d.number
            title = d.title
            occurredOn = d.occurredOn.description
            place = d.place
            typeCode = d.typeCode
            scale = d.scale
            summary = d.summary
            unitCode = d.unitCode
            violenceThreatened = d.violenceThreatened
            riskLevel = d.riskLevel.rawValue
            riskReasons = d.riskReasons
            status = d.status.rawValue
            bodyCode = d.bodyCode
            outcome = d.outcome?.rawValue
            agreementTerms = d.agreementTerms
            performanceDue = d.performanceDue?.description
            agreedAt = d.agreedAt
            confirmationRequestedAt = d.confirmationRequestedAt
            confirmationDueAt = d.agreedAt.map(DisputeClock.confirmationWindow(agreedAt:))
            escalatedAt = d.escalatedAt
            escalationDecision = d.escalationDecision
            dueAt = d.dueAt
            dueRule = d.dueRule?.rawValue
            createdAt = d.createdAt
            parties = d.parties.map { Party(name: $0.name, role: $0.role.rawValue, isOrganisation: $0.isOrganisation, phone: $0.phone.map(PhoneNumber.masked),
                                            registryId: $0.registryId) }
        }
    }

    struct Detail: Encodable, Sendable {
        let dispute: Item
        let events: [CaseStepItem]
        let notices: [CaseNoticeItem]
    }

    struct NewDispute: Decodable {
        struct Party: Decodable { let name: String; let role: String?; let isOrganisation: Bool?; let phone: String?; let registryId: String? }
        let title: String, occurredOn: String, place: String, typeCode: String, scale: Int?, summary: String, unitCode: String?
        let violenceThreatened: Bool?
        let parties: [Party]
    }

    struct Step: Decodable { let action: String; let text: String?; let body: String?; let outcome: String?; let performanceDue: String?; let performed: Bool? }

    struct Named: Encodable, Sendable { let code: String, nameZh: String, nameEn: String, kind: String?, days: Int? }
    struct Config: Decodable { let code: String; let nameZh: String; let nameEn: String; let days: Int?; let kind: String?; let active: Bool? }

    static func selection(_ value: String?, now: Date) throws -> DisputeStore.Selection {
        switch value {
        case nil, "", "open": .open
        case "overdue": .overdue(now)
        case "high_risk": .highRisk
        case "all": .all
        case let other?: throw AppError.invalid("dispute_error_selection", [other])
        }
    }

    static func parties(_ body: NewDispute) throws -> [DisputeParty] {
        try body.parties.map { p in
            let role = try parseChoice(p.role, DisputeParty.Role.self, invalidKey: "dispute_error_parties") ?? .other
            return DisputeParty(name: p.name, role: role, isOrganisation: p.isOrganisation ?? false, phone: p.phone, registryId: p.registryId)
        }
    }

    public static func register(on routes: SecureRoutes, service: DisputeService, clock: any AppClock) {
        routes.get("/api/v1/disputes", .permitted(.viewDisputes)) { request, context in
            let paging = try Paging(request, keyset: true)
            let query = request.uri.queryParameters, selection = try selection(query.get("status"), now: clock.now())
            let (items, total) = try await service.list(by: context, selection, type: query.get("type")?.nilIfBlank, paging: paging)
            return try Response.json(ListPage(items: items.map(Item.init), total: total, paging: paging,
                                              next: .next(after: items, limit: paging.limit) { DisputeStore.position(of: $0, in: selection) }))
        }
        routes.post("/api/v1/disputes", .permitted(.reportDisputes)) { request, context in
            let body = try await request.decodeJSON(NewDispute.self, limit: 256 << 10)
            let dispute = try await service.register(.init(
                title: body.title, occurredOn: body.occurredOn, place: body.place, typeCode: body.typeCode, scale: body.scale ?? body.parties.count,
                summary: body.summary, unitCode: body.unitCode ?? context.staff.unitCode, violenceThreatened: body.violenceThreatened ?? false,
                parties: try parties(body)
            ), by: context)
            return try Response.json(Item(dispute), status: .created)
        }
        routes.get("/api/v1/dispute-figures", .permitted(.viewDisputes)) { request, context in
            let query = request.uri.queryParameters
            func day(_ name: String) throws -> Day? {
                try query.get(name)?.nilIfBlank.map { guard let d = Day($0) else { throw AppError.invalid("dispute_error_period") }; return d }
            }
            return try Response.json(try await service.figures(by: context, from: try day("from"), to: try day("to")))
        }
        routes.get("/api/v1/dispute-types", .permitted(.viewDisputes)) { _, _ in
            let items = try await service.types().map { Named(code: $0.code, nameZh: $0.nameZh, nameEn: $0.nameEn, kind: nil, days: $0.days) }
            return try Response.json(ListPage(items: items, total: items.count, paging: Paging(limit: max(items.count, 1), offset: 0)))
        }
        routes.get("/api/v1/mediation-bodies", .permitted(.viewDisputes)) { _, _ in
            let items = try await service.bodies().map { Named(code: $0.code, nameZh: $0.nameZh, nameEn: $0.nameEn, kind: $0.kind.rawValue, days: nil) }
            return try Response.json(ListPage(items: items, total: items.count, paging: Paging(limit: max(items.count, 1), offset: 0)))
        }
        routes.post("/api/v1/dispute-types", .permitted(.configureDisputes)) { request, context in
            let c = try await request.decodeJSON(Config.self, limit: 8 << 10)
            let t = try await service.saveType(code: c.code, nameZh: c.nameZh, nameEn: c.nameEn, days: c.days ?? 30, active: c.active ?? true, by: context)
            return try Response.json(Named(code: t.code, nameZh: t.nameZh, nameEn: t.nameEn, kind: nil, days: t.days), status: .created)
        }
        routes.post("/api/v1/mediation-bodies", .permitted(.configureDisputes)) { request, context in
            let c = try await request.decodeJSON(Config.self, limit: 8 << 10)
            guard let kind = try parseChoice(c.kind, MediationKind.self, invalidKey: "dispute_error_config_kind") else {
                throw AppError.invalid("dispute_error_config_kind")
            }
            let b = try await service.saveBody(code: c.code, nameZh: c.nameZh, nameEn: c.nameEn, kind: kind, active: c.active ?? true, by: context)
            return try Response.json(Named(code: b.code, nameZh: b.nameZh, nameEn: b.nameEn, kind: b.kind.rawValue, days: nil), status: .created)
        }
        routes.get("/api/v1/disputes/{dispute}", .permitted(.viewDisputes)) { _, context in
            let dispute = try await service.find(try context.parameters.require("dispute"), by: context)
            let events = try await service.events(of: dispute).map(CaseStepItem.init)
            let notices = try await service.notices(of: dispute).map(CaseNoticeItem.init)
            return try Response.json(Detail(dispute: Item(dispute), events: events, notices: notices))
        }
        routes.post("/api/v1/disputes/{dispute}/transitions", .permitted(.viewDisputes)) { request, context in
            let current = try await service.find(try context.parameters.require("dispute"), by: context)
            let step = try await request.decodeJSON(Step.self, limit: 64 << 10)
            let action = try MediationAction.named(step.action, text: step.text, body: step.body, outcome: step.outcome,
                                                   performanceDue: step.performanceDue, performed: step.performed ?? false)
            return try Response.json(Item(try await service.apply(action, to: current, by: context)))
        }
    }
}
