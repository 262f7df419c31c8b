import Foundation
import Kernel
import SQLKit

/// The rules of the population register: valid, consistent identifiers; one record per person;
/// masked by default; every full view audited; sealed records only for the roles the law names.
public struct ResidentService: Sendable {
    public let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let store = ResidentStore()
    let audit = AuditLog()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory) {
        self.database = database
        self.clock = clock
        self.units = units
    }

    public struct Input: Sendable {
        public var name: String
        public var idNumber: String
        public var sex: CitizenID.Sex?
        public var birthDate: String?
        public var ethnicity: String?
        public var phone: String?
        public var registeredAddress: String
        public var currentAddress: String
        public var populationType: PopulationType?
        public var gridCode: String
        public var sealed: Bool

        public init(name: String, idNumber: String, sex: CitizenID.Sex?, birthDate: String?, ethnicity: String?, phone: String?,
                    registeredAddress: String, currentAddress: String, populationType: PopulationType?, gridCode: String, sealed: Bool = false) {
            self.name = name
            self.idNumber = idNumber
            self.sex = sex
            self.birthDate = birthDate
            self.ethnicity = ethnicity
            self.phone = phone
            self.registeredAddress = registeredAddress
            self.currentAddress = currentAddress
            self.populationType = populationType
            self.gridCode = gridCode
            self.sealed = sealed
        }
    }

    /// Checks every field and returns the record to store; throws the first problem found.
    public static func validate(_ input: Input, today: Day) throws -> Resident {
        let name = input.name.trimmed
        guard !name.isEmpty, name.count <= 50 else { throw AppError.invalid("resident_error_name") }
        let id: CitizenID
        do {
            id = try CitizenID(input.idNumber, today: today)
        } catch let problem as CitizenID.Problem {
            switch problem {
            case .checkDigit(let expected): throw AppError.invalid("resident_error_id_check", [String(expected)])
            case .birthDate: throw AppError.invalid("resident_error_id_birth")
            default: throw AppError.invalid("resident_error_id_format")
            }
        }
        if let sex = input.sex, sex != id.sex { throw AppError.invalid("resident_error_sex_mismatch") }
        if let text = input.birthDate, !text.isEmpty {
            guard let day = Day(text) else { throw AppError.invalid("resident_error_date", [text]) }
            guard day == id.birthDate else { throw AppError.invalid("resident_error_birth_mismatch", [id.birthDate.description]) }
        }
        if let phone = input.phone, !phone.isEmpty, !PhoneNumber.isValid(phone) { throw AppError.invalid("resident_error_phone") }
        guard let type = input.populationType else { throw AppError.invalid("resident_error_type") }
        guard !input.currentAddress.trimmed.isEmpty else { throw AppError.invalid("resident_error_address") }
        return Resident(
            id: RecordID.make(), name: name, idNumber: id.value, sex: id.sex, birthDate: id.birthDate,
            ethnicity: input.ethnicity?.nilIfBlank ?? "汉族", phone: input.phone?.nilIfBlank,
            registeredAddress: input.registeredAddress.trimmed,
            currentAddress: input.currentAddress.trimmed, populationType: type,
            gridCode: input.gridCode, sealed: input.sealed
        )
    }

    public func create(_ input: Input, by actor: StaffContext) async throws -> Resident {
        let now = clock.now()
        let resident = try Self.validate(input, today: Day(date: now))
        // A record registered sealed would vanish from its registrar's sight; sealing is a step
        // of its own, by the roles the law names.
        if resident.sealed, !actor.staff.can(.sealRecords) { throw AppError.invalid("resident_error_seal_role", code: "seal_not_permitted") }
        try await units.requireUnit(resident.gridCode, codeLength: 15, within: actor.scope, errorKey: "resident_error_grid")
        let store = self.store, audit = self.audit
        let event = actor.audit("resident.create", "resident", resident.id, detail: resident.gridCode)
        let scope = actor.scope
        let elsewhere = try await database.transaction { sql -> Resident? in
            if let existing = try await store.find(idNumber: resident.idNumber, on: sql) {
                // One ID number is one person: point to the record if the caller may see it.
                guard scope.contains(existing.gridCode) else { return existing }
                throw AppError.conflict("resident_error_duplicate_link", ["/api/v1/residents/\(existing.id)"])
            }
            try await store.insert([resident], at: now, on: sql)
            try await audit.append(event, at: now, on: sql)
            return nil
        }
        if let elsewhere { try await refuseRegisteredElsewhere(elsewhere, attemptedGrid: resident.gridCode, by: actor) }
        return resident
    }

    /// The number is registered where the caller cannot see. The caller hears only that it cannot
    /// be registered here (saying where would show a record they may not see); someone whose
    /// jurisdiction holds both grids finds the conflict in their list, and the attempt is audited.
    func refuseRegisteredElsewhere(_ existing: Resident, attemptedGrid: String, by actor: StaffContext) async throws -> Never {
        let now = clock.now()
        let conflict = ResidentConflictStore.Conflict(
            id: RecordID.make(now: now), residentId: existing.id, existingGrid: existing.gridCode, attemptedGrid: attemptedGrid,
            commonUnit: ResidentConflictStore.commonUnit(existing.gridCode, attemptedGrid), attemptedBy: actor.staff.id, createdAt: now)
        let event = actor.audit("resident.duplicate_elsewhere", "resident", existing.id, detail: attemptedGrid)
        let audit = self.audit
        try await database.transaction { sql in
            try await ResidentConflictStore().insert(conflict, on: sql)
            try await audit.append(event, at: now, on: sql)
        }
        throw AppError.conflict("resident_error_duplicate")
    }

    /// Registration conflicts the caller may resolve: those whose two grids both lie in their jurisdiction.
    public func conflicts(by actor: StaffContext, paging: Paging) async throws -> (items: [ResidentConflictStore.Conflict], total: Int) {
        let scope = actor.scope
        return try await database.read { try await ResidentConflictStore().list(within: scope, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    public func list(_ filter: ResidentStore.Filter, paging: Paging) async throws -> (items: [Resident], total: Int) {
        let store = self.store
        return try await database.read { try await store.list(filter, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    /// Exports leave the system: each one is written to the audit log with its size.
    public func recordExport(of code: String, rows: Int, by actor: StaffContext) async throws {
        let now = clock.now()
        let event = actor.audit("resident.export", "unit", code, detail: "\(rows) rows, masked")
        try await audit.record(event, at: now, in: database)
    }

    /// One resident the caller may see. `full` reveals the ID number and phone, and is audited.
    public func view(id: String, full: Bool, by actor: StaffContext) async throws -> Resident {
        let store = self.store
        guard let resident = try await database.read({ try await store.find(id: id, on: $0) }),
              actor.scope.contains(resident.gridCode),
              !resident.sealed || actor.staff.can(.viewSealedRecords)
        else { throw AppError.notFound }
        if full {
            guard actor.staff.can(.viewFullIdentifiers) else { throw AppError.notFound }
            let now = clock.now()
            let event = actor.audit("resident.view_full", "resident", resident.id)
            try await audit.record(event, at: now, in: database)
        }
        return resident
    }
}
