import Foundation
import Kernel
import SQLKit

/// Changes to a household after registration: members join and leave, the head changes, and the
/// household moves (address, grid) as one, its members' grid with it.
extension HouseholdService {
    public struct Detail: Sendable {
        public let household: Household
        public let members: [(resident: Resident, relation: Relation)]
    }

    /// Not-found unless the household lies inside the caller's scope (checked before a body is read).
    public func visible(_ id: String, by actor: StaffContext) async throws -> Household {
        let store = self.store
        guard let household = try await database.read({ try await store.find(id: id, on: $0) }), actor.scope.contains(household.gridCode) else {
            throw AppError.notFound
        }
        return household
    }

    /// Members as the caller may see them: sealed records only for the roles the law names.
    public func detail(_ household: Household, by actor: StaffContext) async throws -> Detail {
        let residents = self.residents, includeSealed = actor.staff.can(.viewSealedRecords)
        let members = try await database.read { sql in
            var found: [(Resident, Relation)] = []
            for member in household.members {
                if let resident = try await residents.find(id: member.residentId, on: sql), includeSealed || !resident.sealed {
                    found.append((resident, member.relation))
                }
            }
            return found
        }
        return Detail(household: household, members: members.map { (resident: $0.0, relation: $0.1) })
    }

    public func addMember(_ residentId: String, relation: Relation, to household: Household, by actor: StaffContext) async throws {
        guard relation != .head else { throw AppError.invalid("household_error_head") }
        try await change(household, "household.member_add", residentId, by: actor) { sql, store in
            guard let resident = try await self.residents.find(id: residentId, on: sql), resident.gridCode == household.gridCode else {
                throw AppError.invalid("household_error_member", [residentId])
            }
            if let first = try await store.alreadyHoused([residentId], on: sql).first { throw AppError.conflict("household_error_housed", [first]) }
            try await store.addMember(residentId, relation: relation, to: household.id, on: sql)
        }
    }

    /// A member leaves (迁出). The head leaves only after another member has become head.
    public func removeMember(_ residentId: String, from household: Household, by actor: StaffContext) async throws {
        guard let member = household.members.first(where: { $0.residentId == residentId }) else {
            throw AppError.invalid("household_error_not_member", [residentId])
        }
        guard member.relation != .head else { throw AppError.invalid("household_error_head_leaves") }
        try await change(household, "household.member_remove", residentId, by: actor) { sql, store in
            try await store.removeMember(residentId, from: household.id, on: sql)
        }
    }

    /// Makes a member the head; the former head takes `formerHeadRelation`.
    public func changeHead(to residentId: String, formerHeadRelation: Relation, in household: Household, by actor: StaffContext) async throws {
        guard household.members.contains(where: { $0.residentId == residentId && $0.relation != .head }) else {
            throw AppError.invalid("household_error_not_member", [residentId])
        }
        guard formerHeadRelation != .head, let head = household.members.first(where: { $0.relation == .head }) else {
            throw AppError.invalid("household_error_head")
        }
        try await change(household, "household.head_change", residentId, by: actor) { sql, store in
            try await store.setRelation(.head, of: residentId, on: sql)
            try await store.setRelation(formerHeadRelation, of: head.residentId, on: sql)
        }
    }

    /// Moves the household to a new address and, within the caller's jurisdiction, a new grid.
    public func move(_ household: Household, address: String, gridCode: String, by actor: StaffContext) async throws -> Household {
        guard !address.trimmed.isEmpty else { throw AppError.invalid("resident_error_address") }
        guard gridCode.count == 15, actor.scope.contains(gridCode), try await units.unitName(code: gridCode) != nil else {
            throw AppError.invalid("resident_error_grid", [gridCode])
        }
        var moved = household
        moved.address = address.trimmed
        moved.gridCode = gridCode
        let target = moved
        try await change(household, "household.move", gridCode, by: actor) { sql, store in
            try await store.move(target, on: sql)
        }
        return target
    }

    /// One audited write to a household.
    func change(_ household: Household, _ action: String, _ detail: String, by actor: StaffContext,
                _ body: @escaping @Sendable (any SQLDatabase, HouseholdStore) async throws -> Void) async throws {
        let now = clock.now(), store = self.store
        let event = actor.audit(action, "household", household.id, detail: detail)
        try await database.transaction { sql in
            try await body(sql, store)
            try await AuditLog().append(event, at: now, on: sql)
        }
    }
}
