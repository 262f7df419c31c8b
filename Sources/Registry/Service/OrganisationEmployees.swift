import Foundation
import Kernel

/// Changes to an organisation and its employees (谁用工谁负责): the employer's clerk records who
/// works there; each employee is a resident the clerk may see.
extension OrganisationService {
    /// Not-found unless the organisation lies inside the caller's scope (checked before a body is read).
    public func visible(_ id: String, by actor: StaffContext) async throws -> Organisation {
        let store = self.store
        guard let organisation = try await database.read({ try await store.find(id: id, on: $0) }), actor.scope.contains(organisation.gridCode) else {
            throw AppError.notFound
        }
        return organisation
    }

    /// Fields left nil keep their value; the result is checked like a new registration.
    public func update(_ current: Organisation, with input: Input, by actor: StaffContext) async throws -> Organisation {
        var checked = try Self.validate(input)
        checked.id = current.id
        let updated = checked
        if updated.gridCode != current.gridCode {
            try await units.requireUnit(updated.gridCode, codeLength: 15, within: actor.scope, errorKey: "resident_error_grid")
        }
        let now = clock.now(), store = self.store
        let event = actor.audit("organisation.update", "organisation", current.id, detail: updated.creditCode)
        try await database.transaction { sql in
            if updated.creditCode != current.creditCode, try await store.find(creditCode: updated.creditCode, on: sql) != nil {
                throw AppError.conflict("organisation_error_duplicate", [updated.creditCode])
            }
            try await store.update(updated, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return updated
    }

    public func employees(of organisation: Organisation, by actor: StaffContext, paging: Paging) async throws -> (items: [EmployeeStore.Employee], total: Int) {
        let includeSealed = actor.staff.can(.viewSealedRecords)
        return try await database.read {
            try await EmployeeStore().list(organisationId: organisation.id, includeSealed: includeSealed, limit: paging.limit, offset: paging.offset, on: $0)
        }
    }

    public func addEmployee(_ residentId: String, to organisation: Organisation, position: String, since: Day,
                            by actor: StaffContext) async throws {
        let position = position.trimmed
        guard !position.isEmpty, position.count <= 50 else { throw AppError.invalid("employee_error_position") }
        guard since <= Day(date: clock.now()) else { throw AppError.invalid("employee_error_since") }
        let now = clock.now(), scope = actor.scope, sealedAllowed = actor.staff.can(.viewSealedRecords)
        let event = actor.audit("organisation.employee_add", "organisation", organisation.id, detail: residentId)
        try await database.transaction { sql in
            guard let resident = try await ResidentStore().find(id: residentId, on: sql), scope.contains(resident.gridCode),
                  !resident.sealed || sealedAllowed
            else { throw AppError.invalid("employee_error_resident", [residentId]) }
            let employees = EmployeeStore()
            if try await employees.exists(organisationId: organisation.id, residentId: residentId, on: sql) {
                throw AppError.conflict("employee_error_duplicate")
            }
            try await employees.insert(organisationId: organisation.id, residentId: residentId, position: position, since: since, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
    }

    public func endEmployment(_ residentId: String, at organisation: Organisation, on day: Day, by actor: StaffContext) async throws {
        let now = clock.now()
        let event = actor.audit("organisation.employee_leave", "organisation", organisation.id, detail: residentId)
        try await database.transaction { sql in
            guard try await EmployeeStore().end(organisationId: organisation.id, residentId: residentId, on: day, on: sql) else {
                throw AppError.invalid("employee_error_not_employed")
            }
            try await AuditLog().append(event, at: now, on: sql)
        }
    }
}
