import Foundation
import Kernel

/// Households: exactly one head, every member a resident of the same grid that the caller may
/// see, nobody in two households.
public struct HouseholdService: Sendable {
    public let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let store = HouseholdStore()
    let residents = ResidentStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory) {
        self.database = database
        self.clock = clock
        self.units = units
    }

    public func create(gridCode: String, address: String, members: [Household.Member], by actor: StaffContext) async throws -> Household {
        guard actor.scope.contains(gridCode), gridCode.count == 15 else { throw AppError.invalid("resident_error_grid", [gridCode]) }
        guard !address.trimmed.isEmpty else { throw AppError.invalid("resident_error_address") }
        guard members.filter({ $0.relation == .head }).count == 1 else { throw AppError.invalid("household_error_head") }
        guard Set(members.map(\.residentId)).count == members.count, !members.isEmpty else { throw AppError.invalid("household_error_repeat") }
        let household = Household(id: RecordID.make(), gridCode: gridCode, address: address.trimmed, members: members)
        let now = clock.now()
        let store = self.store, residents = self.residents
        let event = actor.audit("household.create", "household", household.id, detail: "\(gridCode) \(members.count) members")
        try await database.transaction { sql in
            for member in members {
                guard let resident = try await residents.find(id: member.residentId, on: sql), resident.gridCode == gridCode else {
                    throw AppError.invalid("household_error_member", [member.residentId])
                }
            }
            let housed = try await store.alreadyHoused(members.map(\.residentId), on: sql)
            if let first = housed.first { throw AppError.conflict("household_error_housed", [first]) }
            try await store.insert(household, at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return household
    }

    public func list(_ actor: StaffContext, grid: String?, address: String? = nil, paging: Paging) async throws -> (items: [HouseholdStore.Summary], total: Int) {
        if let grid, !actor.scope.contains(grid) { return ([], 0) }
        let scope = grid.map(Scope.init(rootCode:)) ?? actor.scope
        let store = self.store
        return try await database.read { try await store.list(within: scope, address: address, limit: paging.limit, offset: paging.offset, on: $0) }
    }
}

/// Registered households per grid, for the sizing guide of the jurisdiction pages.
public struct RegistryHouseholdCounts: HouseholdCounts {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func households(in gridCode: String) async throws -> Int {
        try await database.read { try await HouseholdStore().count(within: Scope(rootCode: gridCode), on: $0) }
    }
}
