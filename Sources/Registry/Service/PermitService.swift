import Foundation
import Kernel

/// Residence permits for floating residents: issue after six months' residence, renew a year at
/// a time from 30 days before expiry, cancel on departure with a reason. Every step audited.
public struct PermitService: Sendable {
    public let database: Database
    let clock: any AppClock
    let store = PermitStore()
    let residents = ResidentStore()

    public init(database: Database, clock: any AppClock) {
        self.database = database
        self.clock = clock
    }

    func today() -> Day { Day(date: clock.now()) }

    public func issue(residentId: String, basis: PermitBasis, arrivedOn: Day?, by actor: StaffContext) async throws -> ResidencePermit {
        let today = today(), now = clock.now()
        let store = self.store, residents = self.residents
        return try await database.transaction { sql in
            guard let resident = try await residents.find(id: residentId, on: sql), actor.scope.contains(resident.gridCode),
                  !resident.sealed || actor.staff.can(.viewSealedRecords)
            else { throw AppError.notFound }
            guard resident.populationType == .floating else { throw AppError.invalid("permit_error_not_floating") }
            if let arrivedOn, arrivedOn > today { throw AppError.invalid("permit_error_arrival_future") }
            var stored: Day?
            if arrivedOn == nil { stored = try await store.arrivedOn(residentId: residentId, on: sql) }
            guard let arrival = arrivedOn ?? stored else { throw AppError.invalid("permit_error_arrival_missing") }
            let eligible = PermitRules.eligibleFrom(arrivedOn: arrival)
            guard today >= eligible else { throw AppError.invalid("permit_error_too_soon", [eligible.description]) }
            if try await store.active(residentId: residentId, on: sql) != nil { throw AppError.conflict("permit_error_active") }
            let permit = ResidencePermit(id: RecordID.make(now: now), residentId: residentId, gridCode: resident.gridCode, basis: basis,
                                         issuedOn: today, expiresOn: PermitRules.expiry(from: today), status: .active)
            try await store.setArrivedOn(arrival, residentId: residentId, on: sql)
            try await store.insert(permit, on: sql)
            try await AuditLog().append(actor.audit("permit.issue", "resident", residentId, detail: "\(basis.rawValue) until \(permit.expiresOn)"), at: now, on: sql)
            return permit
        }
    }

    public func renew(permitId: String, by actor: StaffContext) async throws -> ResidencePermit {
        try await change(permitId, by: actor) { permit, today in
            guard today >= PermitRules.renewalOpens(for: permit) else {
                throw AppError.invalid("permit_error_renew_early", [PermitRules.renewalOpens(for: permit).description])
            }
            permit.expiresOn = PermitRules.expiry(from: max(permit.expiresOn, today))
            return ("permit.renew", "until \(permit.expiresOn)")
        }
    }

    public func cancel(permitId: String, reason: String, by actor: StaffContext) async throws -> ResidencePermit {
        let reason = reason.trimmed
        guard !reason.isEmpty, reason.count <= 200 else { throw AppError.invalid("permit_error_reason") }
        return try await change(permitId, by: actor) { permit, today in
            permit.status = .cancelled
            permit.cancelledOn = today
            permit.cancelReason = reason
            return ("permit.cancel", reason)
        }
    }

    /// Loads an active permit in scope, applies `edit`, stores it and audits what `edit` names.
    func change(_ permitId: String, by actor: StaffContext,
                _ edit: @Sendable @escaping (inout ResidencePermit, Day) throws -> (action: String, detail: String)) async throws -> ResidencePermit {
        let today = today(), now = clock.now()
        let store = self.store
        return try await database.transaction { sql in
            guard var permit = try await store.find(id: permitId, on: sql), actor.scope.contains(permit.gridCode) else { throw AppError.notFound }
            guard permit.status == .active else { throw AppError.invalid("permit_error_not_active") }
            let (action, detail) = try edit(&permit, today)
            try await store.update(permit, on: sql)
            try await AuditLog().append(actor.audit(action, "resident", permit.residentId, detail: detail), at: now, on: sql)
            return permit
        }
    }

    /// Not-found unless the permit exists inside the caller's scope: checked before a request
    /// body is read, so callers outside the scope learn nothing from validation errors.
    public func requireVisible(_ permitId: String, by actor: StaffContext) async throws {
        let store = self.store
        guard let permit = try await database.read({ try await store.find(id: permitId, on: $0) }), actor.scope.contains(permit.gridCode) else {
            throw AppError.notFound
        }
    }

    /// Active permits in the caller's scope whose renewal window is open.
    public func due(_ actor: StaffContext, paging: Paging) async throws -> (items: [ResidencePermit], total: Int) {
        let until = PermitRules.dueUntil(today: today())
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.expiring(within: scope, until: until, limit: paging.limit, offset: paging.offset, on: $0) }
    }
}
