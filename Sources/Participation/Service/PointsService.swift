import Foundation
import Kernel
import SQLKit

/// A resident's points as staff and the portal show them.
public struct PointStatement: Sendable {
    public let person: PersonEntry
    public let account: PointAccount?
    public let entries: [PointEntry]
    public let catalogue: [PointService]
    public var balance: Int { account?.balance ?? 0 }
}

/// Volunteer points: earned for confirmed reports and volunteer hours, spent on services from
/// the community's catalogue (以诉求兑积分换服务); a card code lets the resident see the
/// balance on the portal with a phone.
public struct PointsService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let people: any PersonDirectory
    let workOrders: any CaseLookup
    let limiter: RateLimiter
    let store = PointStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, people: any PersonDirectory, workOrders: any CaseLookup, limiter: RateLimiter) {
        self.database = database
        self.clock = clock
        self.units = units
        self.people = people
        self.workOrders = workOrders
        self.limiter = limiter
    }

    /// The resident inside the viewer's jurisdiction (a sealed record only for those who may see it); 404 otherwise.
    public func resident(_ id: String, by actor: StaffContext) async throws -> PersonEntry {
        guard let p = try await people.people([id.trimmed])[id.trimmed], actor.scope.contains(p.gridCode),
              !p.sealed || actor.staff.can(.viewSealedRecords) else { throw AppError.notFound }
        return p
    }

    public func statement(_ person: PersonEntry) async throws -> PointStatement {
        let store = self.store, community = String(person.gridCode.prefix(12))
        return try await database.read { sql in
            let account = try await store.account(person.id, on: sql)
            return PointStatement(person: person, account: account, entries: try await store.entries(person.id, limit: 100, on: sql),
                                  catalogue: try await store.services(units: Self.unitsAbove(community), on: sql).filter(\.active))
        }
    }

    /// A community's catalogue also offers its street's and county's services.
    static func unitsAbove(_ community: String) -> [String] {
        [6, 9, 12].filter { community.count >= $0 }.map { String(community.prefix($0)) }
    }

    public func accounts(by actor: StaffContext, paging: Paging) async throws -> (items: [PointAccount], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.accounts(within: scope, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    /// Earn or spend: `report` with the work order's number (once per order), `volunteer` with
    /// hours, `redeem` with a service of the catalogue (refused below a zero balance).
    public func post(_ person: PersonEntry, kind: String, orderNumber: String?, hours: Double?, serviceId: String?, note: String,
                     by actor: StaffContext) async throws -> PointStatement {
        guard actor.staff.can(.awardPoints) else { throw AppError.forbiddenAction }
        guard let kind = PointKind(rawValue: kind.trimmed) else { throw AppError.invalid("points_error_kind").naming("kind") }
        let now = clock.now(), store = self.store, community = String(person.gridCode.prefix(12))
        let settings = try await database.read { try await ProjectStore().settings(on: $0) }
        var delta: Int, ref: String?, onceKey: String?, hoursValue: Double?
        switch kind {
        case .report:
            let number = (orderNumber ?? "").trimmed
            guard !number.isEmpty, number.count <= 40, let order = try await workOrders.status(number: number, within: actor.scope) else {
                throw AppError.invalid("points_error_order", [String(number.prefix(40))]).naming("order_number")
            }
            // A report earns its points once it was confirmed: verified and closed (and return-visited after).
            guard Self.confirmedStatuses.contains(order.status) else { throw AppError.conflict("points_error_not_confirmed", [number]) }
            (delta, ref, onceKey) = (settings.pointsPerReport, number, "report:\(number)")
        case .volunteer:
            guard let h = hours, h.isFinite, h >= 0.5, h <= 24 else { throw AppError.invalid("points_error_hours").naming("hours") }
            let rounded = (h * 2).rounded() / 2
            (delta, hoursValue) = (Int((rounded * Double(settings.pointsPerVolunteerHour)).rounded()), rounded)
        case .redeem:
            let id = (serviceId ?? "").trimmed
            guard let service = try await database.read({ try await store.service(id, on: $0) }), service.active,
                  Self.unitsAbove(community).contains(service.unitCode) else {
                throw AppError.invalid("points_error_service", [String(id.prefix(40))]).naming("service_id")
            }
            (delta, ref) = (-service.cost, service.id)
        }
        let entry = PointEntry(id: RecordID.make(now: now), residentId: person.id, delta: delta, kind: kind, ref: ref, hours: hoursValue,
                               note: String(note.trimmed.prefix(500)), enteredBy: actor.staff.id, enteredAt: now)
        let key = onceKey, event = actor.audit("points.\(kind.rawValue)", "resident", person.id, detail: "\(delta) \(ref ?? "")")
        try await database.transaction(recording: event, at: now) { sql in
            try await store.open(person.id, unitCode: community, at: now, on: sql)
            switch try await store.post(entry, onceKey: key, on: sql) {
            case .posted: break
            case .duplicate: throw AppError.conflict("points_error_credited")
            case .insufficient: throw AppError.conflict("points_error_balance")
            }
        }
        return try await statement(person)
    }

    /// A new card code for the resident's phone: shown once, kept as a hash; a new one replaces the old.
    public func issueCard(_ person: PersonEntry, phone: String, by actor: StaffContext) async throws -> String {
        guard actor.staff.can(.awardPoints) else { throw AppError.forbiddenAction }
        let phone = phone.trimmed
        guard PhoneNumber.isValid(phone) else { throw AppError.invalid("points_error_phone").naming("phone") }
        let now = clock.now(), code = BallotRules.makeCode(), store = self.store, community = String(person.gridCode.prefix(12))
        let event = actor.audit("points.card", "resident", person.id)
        try await database.transaction(recording: event, at: now) { sql in
            try await store.open(person.id, unitCode: community, at: now, on: sql)
            try await store.setCard(person.id, cardHash: Self.cardHash(code), phoneHash: Self.phoneHash(phone), at: now, on: sql)
        }
        return code
    }

    static let confirmedStatuses: Set<String> = ["closed", "visited"]

    static func cardHash(_ code: String) -> String { Secrets.sha256Hex("points-card:\(code)") }
    static func phoneHash(_ phone: String) -> String { Secrets.sha256Hex("points-phone:\(phone.filter(\.isNumber))") }

    /// The portal's look-up by phone and card code; wrong pairs count against the address and the phone.
    public func portalStatement(phone: String, code: String, from address: String) async throws -> PointStatement {
        let phone = phone.trimmed
        let counts = [(limiter.limits.trackFailuresPerAddress, address), (limiter.limits.trackFailuresPerSubject, "points \(phone.filter(\.isNumber).suffix(11))")]
        try await limiter.check(counts, code: "points_throttled")
        let store = self.store
        guard PhoneNumber.isValid(phone), let code = BallotRules.parse(code),
              let account = try await database.read({ try await store.account(cardHash: Self.cardHash(code), phoneHash: Self.phoneHash(phone), on: $0) }),
              let person = try await people.people([account.residentId])[account.residentId] else {
            try await limiter.charge(counts)
            throw AppError.invalid("points_error_card")
        }
        return try await statement(person)
    }

    public func catalogue(by actor: StaffContext) async throws -> [PointService] {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.services(within: scope, on: $0) }
    }

    public func addService(unitCode: String, name: String, cost: Int, by actor: StaffContext) async throws -> PointService {
        guard actor.staff.can(.awardPoints) else { throw AppError.forbiddenAction }
        let unit = unitCode.trimmed, name = name.trimmed, now = clock.now()
        try await units.requireUnit(unit, within: actor.scope, errorKey: "points_error_unit")
        guard !name.isEmpty, name.count <= 100 else { throw AppError.invalid("points_error_name").naming("name") }
        guard (1...100_000).contains(cost) else { throw AppError.invalid("points_error_cost").naming("cost") }
        let s = PointService(id: RecordID.make(now: now), unitCode: unit, name: name, cost: cost, active: true)
        let store = self.store, event = actor.audit("points.service", "point_service", s.id, detail: "\(unit) \(cost)")
        try await database.transaction(recording: event, at: now) { sql in
            try await store.insert(s, by: actor.staff.id, at: now, on: sql)
        }
        return s
    }
}
