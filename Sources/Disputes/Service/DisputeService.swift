import Foundation
import Kernel
import SQLKit

/// The dispute register and its mediation: a number, a risk level and a clock at registration;
/// every step with its minutes, terms, reason or decision.
public struct DisputeService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    /// Where parties' registry links are checked; nil refuses every link.
    let records: (any RecordDirectory)?
    let store = DisputeStore()
    /// The figures as last counted, by scope and period (`figures(by:from:to:)`).
    let figureCache = VersionedCache<DisputeFigures>(capacity: 1_000)

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, records: (any RecordDirectory)? = nil) {
        self.database = database
        self.clock = clock
        self.units = units
        self.records = records
    }

    public struct NewDispute: Sendable {
        public var title: String, occurredOn: String, place: String, typeCode: String, scale: Int, summary: String, unitCode: String
        public var violenceThreatened: Bool
        public var parties: [DisputeParty]

        public init(title: String, occurredOn: String, place: String, typeCode: String, scale: Int, summary: String, unitCode: String,
                    violenceThreatened: Bool, parties: [DisputeParty]) {
            self.title = title
            self.occurredOn = occurredOn
            self.place = place
            self.typeCode = typeCode
            self.scale = scale
            self.summary = summary
            self.unitCode = unitCode
            self.violenceThreatened = violenceThreatened
            self.parties = parties
        }
    }

    public func types() async throws -> [DisputeType] {
        let store = self.store
        return try await database.read { try await store.types(on: $0) }
    }

    public func bodies() async throws -> [MediationBody] {
        let store = self.store
        return try await database.read { try await store.bodies(on: $0) }
    }

    /// Registers a dispute found in the caller's jurisdiction, with its early-warning level.
    public func register(_ new: NewDispute, by actor: StaffContext) async throws -> Dispute {
        guard actor.staff.can(.reportDisputes) else { throw AppError.forbiddenAction }
        let title = new.title.trimmed, place = new.place.trimmed, summary = new.summary.trimmed, unit = new.unitCode.trimmed
        let now = clock.now()
        guard !title.isEmpty, title.count <= 200 else { throw AppError.invalid("dispute_error_title") }
        guard !place.isEmpty, place.count <= 200 else { throw AppError.invalid("dispute_error_place") }
        guard !summary.isEmpty, summary.count <= 8_000 else { throw AppError.invalid("dispute_error_summary", ["8000"]) }
        guard let occurred = Day(new.occurredOn.trimmed), occurred <= Day(date: now) else { throw AppError.invalid("dispute_error_date") }
        let parties = new.parties.map { p in
            DisputeParty(name: p.name.trimmed, role: p.role, isOrganisation: p.isOrganisation, phone: p.phone?.trimmed.nilIfBlank,
                         registryId: p.registryId?.trimmed.nilIfBlank)
        }
        guard parties.count >= 2, parties.count <= 500, parties.allSatisfy({ !$0.name.isEmpty && $0.name.count <= 100 }) else {
            throw AppError.invalid("dispute_error_parties")
        }
        if let bad = parties.compactMap(\.phone).first(where: { !PhoneNumber.isValid($0) }) { throw AppError.invalid("dispute_error_phone", [bad]) }
        guard new.scale >= parties.count, new.scale <= 1_000_000 else { throw AppError.invalid("dispute_error_scale", [String(parties.count)]) }
        guard let type = try await types().first(where: { $0.code == new.typeCode }) else { throw AppError.invalid("dispute_error_type", [new.typeCode]) }
        try await units.requireUnit(unit, within: actor.scope, errorKey: "dispute_error_unit")
        // A party linked to the registry must be a resident or organisation the caller may see.
        let links = parties.compactMap(\.registryId)
        let known = try await records?.known(links, within: actor.scope) ?? []
        if let unknown = links.first(where: { !known.contains($0) }) { throw AppError.invalid("dispute_error_registry", [unknown]) }
        let store = self.store, id = RecordID.make(now: now)
        let event = actor.audit("dispute.create", "dispute", id, detail: type.code)
        return try await database.transaction { sql in
            let since = now.addingTimeInterval(-Double(EarlyWarning.repeatWindowDays) * 86_400)
            let repeated = try await store.hasRecent(type: type.code, unit: unit, since: since, on: sql)
            let (level, reasons) = EarlyWarning.assess(scale: new.scale, parties: parties.count, violenceThreatened: new.violenceThreatened,
                                                      repeated: repeated, typeCode: type.code)
            var dispute = Dispute(id: id, number: try await DisputeStore.numbers.next(on: Day(date: now), sql: sql), title: title, occurredOn: occurred,
                                  place: place, typeCode: type.code, scale: new.scale, summary: summary, unitCode: unit,
                                  violenceThreatened: new.violenceThreatened, riskLevel: level, riskReasons: reasons, createdBy: actor.staff.id,
                                  createdAt: now, updatedAt: now, parties: parties)
            let first = DisputeClock.clock(of: dispute, typeDays: type.days)
            dispute.dueAt = first?.due
            dispute.dueRule = first?.rule
            try await store.insert(dispute, on: sql)
            try await store.addEvent(disputeId: id, action: "register", from: nil, to: .registered, note: reasons.isEmpty ? nil : level.rawValue,
                                     actorId: actor.staff.id, at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
            return dispute
        }
    }

    /// A dispute the caller may see, parties and all; each such read is audited.
    public func find(_ id: String, by actor: StaffContext) async throws -> Dispute {
        let store = self.store
        guard let dispute = try await database.read({ try await store.find(id: id, on: $0) }), actor.scope.contains(dispute.unitCode) else {
            throw AppError.notFound
        }
        try await AuditLog().record(actor.audit("dispute.view", "dispute", dispute.id), at: clock.now(), in: database)
        return dispute
    }

    public func events(of dispute: Dispute) async throws -> [DisputeStore.Event] {
        let store = self.store
        return try await database.read { try await store.events(disputeId: dispute.id, on: $0) }
    }

    /// The supervision notices about one dispute, oldest first.
    public func notices(of dispute: Dispute) async throws -> [CaseNotice] {
        try await DisputeSupervision.clock.notices(of: dispute.id, in: database)
    }

    public func list(by actor: StaffContext, _ selection: DisputeStore.Selection, type: String?, paging: Paging) async throws -> (items: [Dispute], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.list(within: scope, selection, type: type, limit: paging.limit, offset: paging.offset, after: paging.after, on: $0) }
    }

    /// The steps of mediation, in the order a case goes through them.
    static let steps: [MediationAction] = [.assign(body: "x", note: "x"), .session(minutes: "x"), .agree(terms: "x", performanceDue: nil),
                                           .fail(reason: "x"), .refer(to: .court, reason: "x"), .requestConfirmation(note: "x"),
                                           .followUp(performed: true, note: "x"), .escalate(reason: "x"), .decide(body: "x", decision: "x")]

    /// The steps `staff` may take on `dispute` now: their role allows it and the dispute stands where it starts.
    public static func offeredSteps(_ dispute: Dispute, to staff: Staff) -> [MediationAction] {
        steps.filter { staff.can(permission(for: $0)) && $0.from.contains(dispute.status) }
    }

    /// Mediators run the case; the leading group's decision is a leader's or supervisor's to record.
    public static func permission(for action: MediationAction) -> Permission {
        if case .decide = action { return .decideEscalations }
        return .mediateDisputes
    }

    public func apply(_ action: MediationAction, to current: Dispute, by actor: StaffContext) async throws -> Dispute {
        guard actor.staff.can(Self.permission(for: action)) else { throw AppError.forbiddenAction }
        switch action {
        case .assign(let body, _), .decide(let body, _):
            guard try await bodies().contains(where: { $0.code == body.trimmed }) else { throw AppError.invalid("dispute_error_body") }
        default: break
        }
        let now = clock.now(), store = self.store
        var next = try MediationLifecycle.apply(action, to: current, at: now)
        let typeDays = try await types().first { $0.code == current.typeCode }?.days ?? 30
        let clock = DisputeClock.clock(of: next, typeDays: typeDays)
        next.dueAt = clock?.due
        next.dueRule = clock?.rule
        let updated = next
        let event = actor.audit("dispute.\(action.name)", "dispute", current.id, detail: "\(current.status.rawValue)→\(next.status.rawValue)")
        let step = CaseStep(caseId: current.id, action: action.name, from: current.status.rawValue, to: updated.status.rawValue,
                            note: action.note.trimmed, actorId: actor.staff.id)
        try await DisputeStore.casework.commit(step, audit: event, at: now, in: database) { sql in try await store.update(updated, from: current, on: sql) }
        return updated
    }
}
