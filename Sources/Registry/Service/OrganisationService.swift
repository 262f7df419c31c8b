import Foundation
import Kernel

/// Organisations: a valid unified social credit code (GB 32100), one record per code, in a grid
/// inside the registering clerk's jurisdiction.
public struct OrganisationService: Sendable {
    public let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let store = OrganisationStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory) {
        self.database = database
        self.clock = clock
        self.units = units
    }

    public struct Input: Sendable {
        public var name: String, creditCode: String, kind: OrganisationKind?, legalRepresentative: String, address: String, gridCode: String

        public init(name: String, creditCode: String, kind: OrganisationKind?, legalRepresentative: String, address: String, gridCode: String) {
            self.name = name
            self.creditCode = creditCode
            self.kind = kind
            self.legalRepresentative = legalRepresentative
            self.address = address
            self.gridCode = gridCode
        }
    }

    /// Checks the fields (not the grid's place in the tree) and returns the record to store.
    public static func validate(_ input: Input) throws -> Organisation {
        let name = input.name.trimmed
        guard !name.isEmpty, name.count <= 100 else { throw AppError.invalid("organisation_error_name") }
        let code: SocialCreditCode
        do {
            code = try SocialCreditCode(input.creditCode)
        } catch SocialCreditCode.Problem.checkCharacter(let expected) {
            throw AppError.invalid("organisation_error_code_check", [String(expected)])
        } catch {
            throw AppError.invalid("organisation_error_code_format")
        }
        guard let kind = input.kind else { throw AppError.invalid("organisation_error_kind") }
        guard !input.legalRepresentative.trimmed.isEmpty else { throw AppError.invalid("organisation_error_representative") }
        guard !input.address.trimmed.isEmpty else { throw AppError.invalid("resident_error_address") }
        return Organisation(id: RecordID.make(), name: name, creditCode: code.value, kind: kind,
                            legalRepresentative: input.legalRepresentative.trimmed, address: input.address.trimmed, gridCode: input.gridCode)
    }

    public func create(_ input: Input, by actor: StaffContext) async throws -> Organisation {
        let organisation = try Self.validate(input)
        try await units.requireUnit(input.gridCode, codeLength: 15, within: actor.scope, errorKey: "resident_error_grid")
        let name = organisation.name, code = organisation.creditCode
        let now = clock.now()
        let store = self.store
        let event = actor.audit("organisation.create", "organisation", organisation.id, detail: "\(code) \(name)")
        try await database.transaction { sql in
            if try await store.find(creditCode: organisation.creditCode, on: sql) != nil {
                throw AppError.conflict("organisation_error_duplicate", [organisation.creditCode])
            }
            try await store.insert([organisation], at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return organisation
    }

    public func list(_ actor: StaffContext, grid: String? = nil, kind: OrganisationKind?, name: String?, paging: Paging) async throws -> (items: [Organisation], total: Int) {
        if let grid, !actor.scope.contains(grid) { return ([], 0) }
        let store = self.store, scope = grid.map(Scope.init(rootCode:)) ?? actor.scope
        return try await database.read { try await store.list(within: scope, kind: kind, name: name, limit: paging.limit, offset: paging.offset, on: $0) }
    }
}
