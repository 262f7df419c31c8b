import Foundation
import Kernel

/// Houses in buildings and the tenancies in them; the landlord answers for registration.
public struct HouseService: Sendable {
    public let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let store = HouseStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory) {
        self.database = database
        self.clock = clock
        self.units = units
    }

    public struct HouseInput: Sendable {
        public var buildingCode: String, unit: String, number: String, use: HouseUse?, area: Double, owner: String

        public init(buildingCode: String, unit: String, number: String, use: HouseUse?, area: Double, owner: String) {
            self.buildingCode = buildingCode
            self.unit = unit
            self.number = number
            self.use = use
            self.area = area
            self.owner = owner
        }
    }

    /// Checks the fields (not the building's place in the tree) and returns the record to store.
    public static func validate(_ input: HouseInput) throws -> House {
        guard input.buildingCode.count == 18, input.buildingCode.allSatisfy(\.isASCII) else {
            throw AppError.invalid("house_error_building", [input.buildingCode])
        }
        guard !input.number.trimmed.isEmpty else { throw AppError.invalid("house_error_number") }
        guard let use = input.use else { throw AppError.invalid("house_error_use") }
        guard input.area > 0, input.area <= 100_000 else { throw AppError.invalid("house_error_area") }
        guard !input.owner.trimmed.isEmpty else { throw AppError.invalid("house_error_owner") }
        return House(id: RecordID.make(), gridCode: String(input.buildingCode.prefix(15)), buildingCode: input.buildingCode,
                     unit: input.unit.trimmed, number: input.number.trimmed, use: use, area: input.area, owner: input.owner.trimmed)
    }

    public func create(_ input: HouseInput, by actor: StaffContext) async throws -> House {
        try await units.requireUnit(input.buildingCode, codeLength: 18, within: actor.scope, errorKey: "house_error_building")
        let house = try Self.validate(input)
        let now = clock.now()
        let store = self.store
        try await database.transaction { sql in
            if try await store.exists(buildingCode: house.buildingCode, unit: house.unit, number: house.number, on: sql) {
                throw AppError.conflict("house_error_duplicate")
            }
            try await store.insert([house], at: now, on: sql)
            try await AuditLog().append(actor.audit("house.create", "house", house.id, detail: "\(house.buildingCode) \(house.unit)-\(house.number)"), at: now, on: sql)
        }
        return house
    }

    /// Not-found unless the house lies inside the caller's scope (checked before a body is read).
    public func visibleHouse(_ id: String, by actor: StaffContext) async throws -> House {
        let store = self.store
        guard let house = try await database.read({ try await store.find(id: id, on: $0) }), actor.scope.contains(house.gridCode) else {
            throw AppError.notFound
        }
        return house
    }

    public func addRental(to house: House, landlord: String, tenantIds: [String], from: Day, to: Day, registered: Bool,
                          by actor: StaffContext) async throws -> Rental {
        guard !landlord.trimmed.isEmpty else { throw AppError.invalid("rental_error_landlord") }
        guard from <= to else { throw AppError.invalid("rental_error_dates") }
        guard !tenantIds.isEmpty, Set(tenantIds).count == tenantIds.count else { throw AppError.invalid("rental_error_tenants") }
        let rental = Rental(id: RecordID.make(), houseId: house.id, gridCode: house.gridCode, landlord: landlord.trimmed,
                            tenantIds: tenantIds, fromOn: from, toOn: to, registered: registered)
        let now = clock.now()
        let store = self.store
        try await database.transaction { sql in
            for id in tenantIds {
                guard let tenant = try await ResidentStore().find(id: id, on: sql), actor.scope.contains(tenant.gridCode) else {
                    throw AppError.invalid("rental_error_tenant", [id])
                }
            }
            try await store.insert(rental, at: now, on: sql)
            try await AuditLog().append(actor.audit("rental.create", "house", house.id, detail: "\(tenantIds.count) tenants \(from)–\(to)"), at: now, on: sql)
        }
        return rental
    }

    /// Houses in the caller's scope, optionally one grid (or building), use and owner/number text.
    public func list(_ actor: StaffContext, grid: String? = nil, use: HouseUse? = nil, q: String? = nil, paging: Paging) async throws -> (items: [House], total: Int) {
        if let grid, !actor.scope.contains(grid) { return ([], 0) }
        let store = self.store, scope = grid.map(Scope.init(rootCode:)) ?? actor.scope
        return try await database.read { try await store.list(within: scope, use: use, q: q, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    public func rentals(of house: House) async throws -> [Rental] {
        let store = self.store
        return try await database.read { try await store.rentals(where: "house_id", equals: house.id, on: $0) }
    }

    /// Unit, number, use, area and owner may be corrected; the building is where the house is.
    public func update(_ current: House, with input: HouseInput, by actor: StaffContext) async throws -> House {
        var checked = try Self.validate(HouseInput(buildingCode: current.buildingCode, unit: input.unit, number: input.number, use: input.use,
                                                   area: input.area, owner: input.owner))
        checked.id = current.id
        let updated = checked, now = clock.now(), store = self.store
        let event = actor.audit("house.update", "house", current.id, detail: "\(updated.buildingCode) \(updated.unit)-\(updated.number)")
        try await database.transaction { sql in
            if updated.placeKey != current.placeKey,
               try await store.exists(buildingCode: updated.buildingCode, unit: updated.unit, number: updated.number, on: sql) {
                throw AppError.conflict("house_error_duplicate")
            }
            try await store.update(updated, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return updated
    }

    /// Not-found unless the tenancy lies inside the caller's scope.
    public func visibleRental(_ id: String, by actor: StaffContext) async throws -> Rental {
        let store = self.store
        guard let rental = try await database.read({ try await store.rentals(where: "id", equals: id, on: $0).first }),
              actor.scope.contains(rental.gridCode) else { throw AppError.notFound }
        return rental
    }

    /// The tenants left before the agreed end (人走): the tenancy ends on `day`.
    public func endRental(_ id: String, on day: Day, by actor: StaffContext) async throws -> Rental {
        let rental = try await visibleRental(id, by: actor)
        let store = self.store
        guard day >= rental.fromOn, day <= rental.toOn else { throw AppError.invalid("rental_error_end", [rental.fromOn.description, rental.toOn.description]) }
        let now = clock.now()
        let event = actor.audit("rental.end", "rental", id, detail: day.description)
        try await database.transaction { sql in
            try await store.endRental(id, on: day, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        var ended = rental
        ended.toOn = day
        return ended
    }

    public func endedTenancies(_ actor: StaffContext, paging: Paging) async throws -> (items: [HouseStore.EndedTenancy], total: Int) {
        let store = self.store, scope = actor.scope, today = Day(date: clock.now())
        return try await database.read { try await store.endedTenancies(within: scope, today: today, limit: paging.limit, offset: paging.offset, on: $0) }
    }
}
