import Foundation
import Kernel

/// A correction or update of a resident's record: only the fields given change; the whole record
/// is checked again as if it were new (so a corrected ID number must still agree with sex and
/// birth date, which follow from it).
public struct ResidentChanges: Sendable {
    public var name: String?
    public var idNumber: String?
    public var ethnicity: String?
    /// "" clears the phone number.
    public var phone: String?
    public var registeredAddress: String?
    public var currentAddress: String?
    public var populationType: PopulationType?
    public var gridCode: String?
    public var sealed: Bool?

    public init(name: String? = nil, idNumber: String? = nil, ethnicity: String? = nil, phone: String? = nil,
                registeredAddress: String? = nil, currentAddress: String? = nil, populationType: PopulationType? = nil,
                gridCode: String? = nil, sealed: Bool? = nil) {
        self.name = name
        self.idNumber = idNumber
        self.ethnicity = ethnicity
        self.phone = phone
        self.registeredAddress = registeredAddress
        self.currentAddress = currentAddress
        self.populationType = populationType
        self.gridCode = gridCode
        self.sealed = sealed
    }

    /// The record after the changes, validated; its identity (record id) is kept.
    func applied(to r: Resident, today: Day) throws -> Resident {
        let input = ResidentService.Input(
            name: name ?? r.name, idNumber: idNumber ?? r.idNumber, sex: nil, birthDate: nil, ethnicity: ethnicity ?? r.ethnicity,
            phone: phone ?? r.phone, registeredAddress: registeredAddress ?? r.registeredAddress,
            currentAddress: currentAddress ?? r.currentAddress, populationType: populationType ?? r.populationType,
            gridCode: gridCode ?? r.gridCode, sealed: sealed ?? r.sealed
        )
        var updated = try ResidentService.validate(input, today: today)
        updated.id = r.id
        updated.buildingCode = updated.gridCode == r.gridCode ? r.buildingCode : nil
        return updated
    }

    /// The names of the fields that differ, for the audit log (never the values).
    static func changedFields(_ a: Resident, _ b: Resident) -> [String] {
        var fields: [String] = []
        if a.name != b.name { fields.append("name") }
        if a.idNumber != b.idNumber { fields.append("id_number") }
        if a.ethnicity != b.ethnicity { fields.append("ethnicity") }
        if a.phone != b.phone { fields.append("phone") }
        if a.registeredAddress != b.registeredAddress { fields.append("registered_address") }
        if a.currentAddress != b.currentAddress { fields.append("current_address") }
        if a.populationType != b.populationType { fields.append("population_type") }
        if a.gridCode != b.gridCode { fields.append("grid_code") }
        if a.sealed != b.sealed { fields.append("sealed") }
        return fields
    }
}

extension ResidentService {
    /// Applies `changes` to a resident the caller has found (`view`: visible to them) and may
    /// manage. Moving grids stays inside
    /// the caller's jurisdiction and is refused while the person shares a household (the
    /// household moves as one). Correcting an ID number or sealing a record needs the roles that
    /// may see full numbers or sealed records.
    public func update(_ current: Resident, _ changes: ResidentChanges, by actor: StaffContext) async throws -> Resident {
        let id = current.id
        if changes.idNumber != nil, !actor.staff.can(.viewFullIdentifiers) { throw AppError.notFound }
        if let sealed = changes.sealed, sealed != current.sealed, !actor.staff.can(.sealRecords) {
            throw AppError.invalid("resident_error_seal_role", code: "seal_not_permitted")
        }
        let now = clock.now()
        let updated = try changes.applied(to: current, today: Day(date: now))
        if updated.gridCode != current.gridCode {
            try await units.requireUnit(updated.gridCode, codeLength: 15, within: actor.scope, errorKey: "resident_error_grid")
        }
        let fields = ResidentChanges.changedFields(current, updated)
        guard !fields.isEmpty else { return current }
        let store = self.store, audit = self.audit, scope = actor.scope
        let event = actor.audit("resident.update", "resident", id, detail: fields.joined(separator: ","))
        let elsewhere = try await database.transaction { sql -> Resident? in
            if updated.idNumber != current.idNumber, let other = try await store.find(idNumber: updated.idNumber, on: sql) {
                guard scope.contains(other.gridCode) else { return other }
                throw AppError.conflict("resident_error_duplicate_link", ["/api/v1/residents/\(other.id)"])
            }
            if updated.gridCode != current.gridCode, try await store.householdCompanions(of: id, on: sql) > 0 {
                throw AppError.invalid("resident_error_move_household")
            }
            try await store.update(updated, at: now, on: sql)
            try await audit.append(event, at: now, on: sql)
            return nil
        }
        if let elsewhere { try await refuseRegisteredElsewhere(elsewhere, attemptedGrid: updated.gridCode, by: actor) }
        return updated
    }
}

extension ResidentService {
    /// Seals or unseals a minor's record (未成年人轻罪记录封存) that the caller has found (`view`),
    /// with the reason, by the roles the law names. Audited either way.
    public func seal(_ current: Resident, sealed: Bool, reason: String, by actor: StaffContext) async throws -> Resident {
        guard actor.staff.can(.sealRecords) else { throw AppError.invalid("resident_error_seal_role", code: "seal_not_permitted") }
        let reason = reason.trimmed
        guard !reason.isEmpty, reason.count <= 1_000 else { throw AppError.invalid("resident_error_seal_reason", code: "seal_reason_required") }
        guard sealed != current.sealed else { return current }
        var changed = current
        changed.sealed = sealed
        let updated = changed, now = clock.now(), store = self.store, audit = self.audit
        let event = actor.audit(sealed ? "resident.seal" : "resident.unseal", "resident", current.id, detail: reason)
        try await database.transaction { sql in
            try await store.update(updated, at: now, on: sql)
            try await audit.append(event, at: now, on: sql)
        }
        return updated
    }
}
