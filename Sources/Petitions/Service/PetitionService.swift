import Foundation
import Kernel
import SQLKit
import WorkOrders

/// The petition register: every petition gets a number and a statutory clock at once; each
/// step of the chain (acceptance, reply, review, re-review) is recorded with its reason, and
/// the next clock set by the rule it follows.
public struct PetitionService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    /// Where a petitioner's registry link is checked; nil refuses every link.
    let records: (any RecordDirectory)?
    let store = PetitionStore()
    let limiter: RateLimiter
    /// Where petition-class work orders wait to be taken over; nil where nothing is handed over.
    let workOrders: WorkOrderService?
    /// The portal's published response rate, read at most once every five minutes (`RecentValue`).
    let published = RecentValue<ResponseRate>(lifetime: 300)
    /// The response rates as last counted, by scope (`responseRate(within:)`).
    let rateCache = VersionedCache<ResponseRate>(capacity: 1_000)

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, records: (any RecordDirectory)? = nil,
                limits: PublicLimits = PublicLimits(), workOrders: WorkOrderService? = nil) {
        self.database = database
        self.clock = clock
        self.units = units
        self.records = records
        self.limiter = RateLimiter(database: database, clock: clock, limits: limits)
        self.workOrders = workOrders
    }

    public struct NewPetition: Sendable {
        public var channel: PetitionChannel
        public var petitionerName: String
        public var petitionerPhone: String?
        public var headcount: Int
        public var matter: String
        public var demands: String
        public var unitCode: String
        public var responsibleBody: String
        public var petitionerRegistryId: String?

        public init(channel: PetitionChannel, petitionerName: String, petitionerPhone: String?, headcount: Int, matter: String, demands: String,
                    unitCode: String, responsibleBody: String, petitionerRegistryId: String? = nil) {
            self.petitionerRegistryId = petitionerRegistryId
            self.channel = channel
            self.petitionerName = petitionerName
            self.petitionerPhone = petitionerPhone
            self.headcount = headcount
            self.matter = matter
            self.demands = demands
            self.unitCode = unitCode
            self.responsibleBody = responsibleBody
        }
    }

    /// Registers a petition in the caller's jurisdiction; the acceptance clock starts now.
    public func register(_ new: NewPetition, by actor: StaffContext) async throws -> Petition {
        guard actor.staff.can(.handlePetitions) else { throw AppError.forbiddenAction }
        let petition = try await checked(new, id: RecordID.make(now: clock.now()), workOrderId: nil, by: actor)
        return try await database.transaction { sql in
            try await self.insert(petition, event: actor.audit("petition.create", "petition", petition.id, detail: petition.channel.rawValue), on: sql)
        }
    }

    /// A petition-class work order taken over from the work-order module without re-typing: the
    /// order's text, contact and channel become the petition's; the order closes as handed over
    /// in the same transaction.
    public func takeOver(_ order: WorkOrder, unitCode: String?, responsibleBody: String?, by actor: StaffContext) async throws -> Petition {
        guard actor.staff.can(.handlePetitions), let workOrders else { throw AppError.forbiddenAction }
        let channel: PetitionChannel = switch order.channel {
        case .online, .open311: .online
        case .hotline: .phone
        case .mailbox: .letter
        case .window, .patrol: .visit
        }
        let new = NewPetition(channel: channel, petitionerName: order.contactName?.nilIfBlank ?? "—", petitionerPhone: order.contactPhone,
                              headcount: 1, matter: order.description, demands: order.description,
                              unitCode: unitCode?.nilIfBlank ?? actor.staff.unitCode, responsibleBody: responsibleBody?.nilIfBlank ?? actor.staff.department ?? "—")
        var petition = try await checked(new, id: RecordID.make(now: clock.now()), workOrderId: order.id, by: actor)
        // The order's receipt time starts the acceptance clock: the petitioner asked then.
        petition.receivedAt = order.createdAt
        petition.stageAt = order.createdAt
        let clock = PetitionClock.clock(for: .registered, stageAt: order.createdAt, replyDueAt: nil)
        petition.dueAt = clock?.due
        let prepared = petition, store = self.store
        let event = actor.audit("petition.take_over", "petition", prepared.id, detail: order.number)
        return try await database.transaction { sql in
            _ = try await workOrders.handOver(order, to: prepared.id, by: actor, on: sql)
            return try await Self.insert(prepared, event: event, store: store, on: sql)
        }
    }

    /// Petition-class work orders waiting to be taken over, oldest first.
    public func waitingHandovers(by actor: StaffContext, paging: Paging) async throws -> (items: [WorkOrder], total: Int) {
        guard let workOrders else { return ([], 0) }
        return try await workOrders.waitingHandovers(by: actor, paging: paging)
    }

    /// A work order waiting at the hand-over point, if the caller may see it.
    public func handoverOrder(_ id: String, by actor: StaffContext) async throws -> WorkOrder {
        guard let workOrders else { throw AppError.notFound }
        return try await workOrders.find(id, by: actor)
    }

    func checked(_ new: NewPetition, id: String, workOrderId: String?, by actor: StaffContext) async throws -> Petition {
        let name = new.petitionerName.trimmed, matter = new.matter.trimmed, demands = new.demands.trimmed, body = new.responsibleBody.trimmed
        guard !name.isEmpty, name.count <= 100 else { throw AppError.invalid("petition_error_name") }
        guard !matter.isEmpty, matter.count <= 4_000 else { throw AppError.invalid("petition_error_matter", ["4000"]) }
        guard !demands.isEmpty, demands.count <= 4_000 else { throw AppError.invalid("petition_error_demands", ["4000"]) }
        guard !body.isEmpty, body.count <= 100 else { throw AppError.invalid("petition_error_body") }
        guard (1...100_000).contains(new.headcount) else { throw AppError.invalid("petition_error_headcount") }
        let phone = new.petitionerPhone?.trimmed.nilIfBlank
        if let phone, !PhoneNumber.isValid(phone) { throw AppError.invalid("common_error_phone") }
        let unit = new.unitCode.trimmed
        try await units.requireUnit(unit, within: actor.scope, errorKey: "petition_error_unit")
        let link = new.petitionerRegistryId?.trimmed.nilIfBlank
        if let link, try await records?.known([link], within: actor.scope).contains(link) != true {
            throw AppError.invalid("petition_error_registry", [link])
        }
        let now = clock.now()
        let first = PetitionClock.clock(for: .registered, stageAt: now, replyDueAt: nil)
        return Petition(id: id, number: "", channel: new.channel, petitionerName: name, petitionerPhone: phone, headcount: new.headcount,
                        matter: matter, demands: demands, unitCode: unit, responsibleBody: body, status: .registered, receivedAt: now,
                        dueAt: first?.due, dueRule: first?.rule, stageAt: now, workOrderId: workOrderId, createdBy: actor.staff.id, updatedAt: now,
                        petitionerRegistryId: link)
    }

    func insert(_ petition: Petition, event: AuditEvent, on sql: any SQLDatabase) async throws -> Petition {
        try await Self.insert(petition, event: event, store: store, on: sql)
    }

    static func insert(_ petition: Petition, event: AuditEvent, store: PetitionStore, on sql: any SQLDatabase) async throws -> Petition {
        var numbered = petition
        numbered.number = try await PetitionStore.numbers.next(on: Day(date: petition.updatedAt), sql: sql)
        try await store.insert(numbered, on: sql)
        try await store.addEvent(petitionId: numbered.id, action: "register", from: nil, to: .registered, note: nil, actorId: numbered.createdBy,
                                 at: numbered.updatedAt, on: sql)
        try await AuditLog().append(event, at: numbered.updatedAt, on: sql)
        return numbered
    }

    /// A petition the caller may see; every such read is audited (the petitioner is named in it).
    public func find(_ id: String, by actor: StaffContext) async throws -> Petition {
        let petition = try await visible(id, by: actor)
        try await AuditLog().record(actor.audit("petition.view", "petition", petition.id), at: clock.now(), in: database)
        return petition
    }

    /// The petition if it lies in the caller's jurisdiction, not-found otherwise: a scope check
    /// for steps that do not show the petition (no read to audit).
    func visible(_ id: String, by actor: StaffContext) async throws -> Petition {
        let store = self.store
        guard let petition = try await database.read({ try await store.find(id: id, on: $0) }), actor.scope.contains(petition.unitCode) else {
            throw AppError.notFound
        }
        return petition
    }

    public func events(of petition: Petition) async throws -> [PetitionStore.Event] {
        let store = self.store
        return try await database.read { try await store.events(petitionId: petition.id, on: $0) }
    }

    public func list(by actor: StaffContext, _ selection: PetitionStore.Selection, channel: PetitionChannel?, paging: Paging) async throws
        -> (items: [Petition], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.list(within: scope, selection, channel: channel, limit: paging.limit, offset: paging.offset, after: paging.after, on: $0) }
    }

    /// Extensions need a supervisor's approval (the approver takes the step); the petition
    /// office takes every other.
    public static func permission(for action: PetitionAction) -> Permission {
        if case .extend = action { return .approveExtensions }
        return .handlePetitions
    }

    /// The steps of the statutory chain, in its order.
    static let steps: [PetitionAction] = [.accept(note: "x"), .decline(reason: "x"), .extend(days: 1, reason: "x"), .reply(text: "x"),
                                          .requestReview(note: "x"), .review(text: "x"), .requestReReview(note: "x"), .reReview(text: "x")]

    /// The steps `staff` may take on `petition` now: their role allows it and the petition stands where it starts.
    public static func offeredSteps(_ petition: Petition, to staff: Staff) -> [PetitionAction] {
        steps.filter { staff.can(permission(for: $0)) && $0.from == petition.status }
    }

    public func apply(_ action: PetitionAction, to current: Petition, by actor: StaffContext) async throws -> Petition {
        guard actor.staff.can(Self.permission(for: action)) else { throw AppError.forbiddenAction }
        let now = clock.now(), store = self.store
        let next = try PetitionLifecycle.apply(action, to: current, at: now)
        var event = actor.audit("petition.\(action.name)", "petition", current.id, detail: "\(current.status.rawValue)→\(next.status.rawValue)")
        if case .extend(let days, _) = action { event.detail = "+\(days)d" }
        let step = CaseStep(caseId: current.id, action: action.name, from: current.status.rawValue, to: next.status.rawValue,
                            note: action.note.trimmed, actorId: actor.staff.id)
        try await PetitionStore.casework.commit(step, audit: event, at: now, in: database) { sql in try await store.update(next, from: current, on: sql) }
        return next
    }

    /// The petition with this tracking code (or receipt number), if `phone` is the number it was
    /// registered with. A wrong reference and a wrong phone answer alike, and failures are
    /// counted per address, per phone and per reference across every process.
    public func track(reference: String, phone: String, from address: String) async throws -> Petition {
        let store = self.store
        return try await limiter.track(reference: reference, phone: phone, from: address, in: database,
                                       byCode: { try await store.find(trackingCode: $0, on: $1) },
                                       byNumber: { try await store.find(number: $0, on: $1) },
                                       phone: \.petitionerPhone)
    }

    /// The supervision notices about one petition, oldest first.
    public func notices(of petition: Petition) async throws -> [CaseNotice] {
        try await PetitionSupervision.clock.notices(of: petition.id, in: database)
    }
}
