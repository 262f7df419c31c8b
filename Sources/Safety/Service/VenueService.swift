import Foundation
import Kernel
import SQLKit

/// Key venues and their inspections, where repeat-violation rules propose measures for a person
/// to decide; and safety responsibility agreements with organisations.
public struct VenueService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let records: (any RecordDirectory)?
    let store = VenueStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, records: (any RecordDirectory)?) {
        self.database = database
        self.clock = clock
        self.units = units
        self.records = records
    }

    /// An organisation link must name one registered in the grid.
    func requireOrganisation(_ id: String?, in grid: String) async throws -> String? {
        guard let id = id?.trimmed.nilIfBlank else { return nil }
        guard try await records?.known([id], within: Scope(rootCode: grid)).contains(id) == true else { throw AppError.invalid("venue_error_organisation", [id]) }
        return id
    }

    public func add(name: String, kind: String, organisationId: String?, gridCode: String, address: String, licence: String, by actor: StaffContext) async throws -> Venue {
        guard actor.staff.can(.keepSafetyRecords) else { throw AppError.forbiddenAction }
        let name = name.trimmed, address = address.trimmed, licence = licence.trimmed, grid = gridCode.trimmed
        guard !name.isEmpty, name.count <= 200 else { throw AppError.invalid("venue_error_name") }
        guard let kind = VenueKind(rawValue: kind.trimmed) else { throw AppError.invalid("venue_error_kind", [kind]) }
        guard !address.isEmpty, address.count <= 200, licence.count <= 100 else { throw AppError.invalid("venue_error_address") }
        try await units.requireUnit(grid, codeLength: 15, within: actor.scope, errorKey: "venue_error_grid")
        let organisation = try await requireOrganisation(organisationId, in: grid)
        let now = clock.now(), store = self.store
        let v = Venue(id: RecordID.make(now: now), name: name, kind: kind, organisationId: organisation, gridCode: grid, address: address, licence: licence, createdAt: now)
        let event = actor.audit("venue.create", "venue", v.id, detail: kind.rawValue)
        try await database.transaction { sql in
            try await store.insert(v, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return v
    }

    public func find(_ id: String, by actor: StaffContext) async throws -> Venue {
        let store = self.store
        guard let v = try await database.read({ try await store.find(id: id, on: $0) }), actor.scope.contains(v.gridCode) else { throw AppError.notFound }
        return v
    }

    public func list(by actor: StaffContext, kind: String?, paging: Paging) async throws -> (items: [Venue], total: Int) {
        let kind = try kind?.nilIfBlank.map { value -> VenueKind in
            guard let k = VenueKind(rawValue: value) else { throw AppError.invalid("venue_error_kind", [value]) }
            return k
        }
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.list(within: scope, kind: kind, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    public func inspections(of v: Venue) async throws -> [Inspection] {
        let store = self.store
        return try await database.read { try await store.inspections(of: v.id, on: $0) }
    }

    public func proposals(of v: Venue) async throws -> [VenueProposal] {
        let store = self.store
        return try await database.read { try await store.proposals(of: v.id, on: $0) }
    }

    public func rules() async throws -> [VenueRule] {
        let store = self.store
        return try await database.read { try await store.rules(on: $0) }
    }

    /// Records an inspection and the measures the rules now propose, in one transaction so two
    /// inspections at once cannot both miss the repeat.
    public func inspect(_ v: Venue, on day: String?, findings: String, violations: [String], minors: Int, by actor: StaffContext) async throws -> (Inspection, [VenueProposal]) {
        guard actor.staff.can(.keepSafetyRecords) else { throw AppError.forbiddenAction }
        let now = clock.now()
        let inspectedOn = try day?.nilIfBlank.map { text -> Day in
            guard let d = Day(text.trimmed), d <= Day(date: now), d >= Day(date: now).adding(days: -366) else { throw AppError.invalid("venue_error_date") }
            return d
        } ?? Day(date: now)
        let findings = findings.trimmed
        guard !findings.isEmpty, findings.count <= 8_000 else { throw AppError.invalid("venue_error_findings") }
        let found = try Array(Set(violations.map { code -> Violation in
            guard let v = Violation(rawValue: code.trimmed) else { throw AppError.invalid("venue_error_violation", [code]) }
            return v
        })).sorted { $0.rawValue < $1.rawValue }
        guard (0...10_000).contains(minors), minors == 0 || found.contains(.admittingMinors) else { throw AppError.invalid("venue_error_minors") }
        let inspection = Inspection(id: RecordID.make(now: now), venueId: v.id, inspectedOn: inspectedOn, inspector: actor.staff.id, findings: findings,
                                    violations: found, minors: minors, createdAt: now)
        let store = self.store
        let event = actor.audit("venue.inspect", "venue", v.id, detail: found.map(\.rawValue).joined(separator: ","))
        let proposals = try await database.transaction { sql in
            try await store.insert(inspection, on: sql)
            let rules = try await store.rules(on: sql)
            let history = try await store.inspections(of: v.id, since: inspectedOn.adding(days: -(rules.map(\.windowDays).max() ?? 1)), on: sql)
            let proposals = VenueRules.fired(rules, kind: v.kind, latest: inspection, history: history).map { rule in
                VenueProposal(id: RecordID.make(now: now), venueId: v.id, inspectionId: inspection.id, ruleId: rule.id, measure: rule.measure, status: .proposed,
                              decidedBy: nil, decisionNote: nil, createdAt: now)
            }
            for p in proposals { try await store.insert(p, on: sql) }
            try await AuditLog().append(event, at: now, on: sql)
            return proposals
        }
        return (inspection, proposals)
    }

    public func decide(proposal id: String, on v: Venue, accepted: Bool, note: String, by actor: StaffContext) async throws {
        guard actor.staff.can(.decideVenueMeasures) else { throw AppError.forbiddenAction }
        let note = note.trimmed
        guard !note.isEmpty, note.count <= 4_000 else { throw AppError.invalid("venue_error_decision_note") }
        let now = clock.now(), store = self.store
        let event = actor.audit(accepted ? "venue.measure_accept" : "venue.measure_reject", "venue", v.id, detail: id)
        try await database.transaction { sql in
            guard try await store.decide(proposal: id, venueId: v.id, accepted: accepted, note: note, by: actor.staff.id, on: sql) else {
                throw AppError.conflict("venue_error_decided")
            }
            try await AuditLog().append(event, at: now, on: sql)
        }
    }

    public func sign(organisationId: String, gridCode: String, year: Int, signedOn: String, signatory: String, terms: String, by actor: StaffContext) async throws -> SafetyAgreement {
        guard actor.staff.can(.keepSafetyRecords) else { throw AppError.forbiddenAction }
        let grid = gridCode.trimmed, signatory = signatory.trimmed, terms = terms.trimmed, now = clock.now()
        try await units.requireUnit(grid, codeLength: 15, within: actor.scope, errorKey: "venue_error_grid")
        guard let organisation = try await requireOrganisation(organisationId, in: grid) else { throw AppError.invalid("venue_error_organisation", [organisationId]) }
        guard (2000...2100).contains(year), let signed = Day(signedOn.trimmed), signed <= Day(date: now) else { throw AppError.invalid("agreement_error_date") }
        guard !signatory.isEmpty, signatory.count <= 100, !terms.isEmpty, terms.count <= 20_000 else { throw AppError.invalid("agreement_error_terms") }
        let a = SafetyAgreement(id: RecordID.make(now: now), organisationId: organisation, gridCode: grid, year: year, signedOn: signed, signatory: signatory,
                                terms: terms, createdAt: now, records: [])
        let store = self.store, event = actor.audit("agreement.sign", "safety_agreement", a.id, detail: "\(organisation) \(year)")
        try await database.transaction { sql in
            guard try await store.insert(a, on: sql) else { throw AppError.conflict("agreement_error_signed", [String(year)]) }
            try await AuditLog().append(event, at: now, on: sql)
        }
        return a
    }

    public func agreements(by actor: StaffContext, year: Int?, paging: Paging) async throws -> (items: [SafetyAgreement], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.agreements(within: scope, year: year, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    public func agreement(_ id: String, by actor: StaffContext) async throws -> SafetyAgreement {
        let store = self.store, scope = actor.scope
        guard let a = try await database.read({ try await store.agreements(within: scope, year: nil, id: id, limit: 1, offset: 0, on: $0) }).items.first else {
            throw AppError.notFound
        }
        return a
    }

    /// An inspection under the agreement, or its annual assessment (one a year).
    public func record(_ kind: String, on day: String, findings: String, passed: Bool, to a: SafetyAgreement, by actor: StaffContext) async throws -> SafetyAgreement {
        guard actor.staff.can(.keepSafetyRecords) else { throw AppError.forbiddenAction }
        guard let kind = AgreementRecord.Kind(rawValue: kind.trimmed) else { throw AppError.invalid("agreement_error_kind", [kind]) }
        let now = clock.now(), findings = findings.trimmed
        guard let on = Day(day.trimmed), on <= Day(date: now), on >= a.signedOn else { throw AppError.invalid("agreement_error_date") }
        guard !findings.isEmpty, findings.count <= 8_000 else { throw AppError.invalid("agreement_error_findings") }
        if kind == .assessment, a.records.contains(where: { $0.kind == .assessment }) { throw AppError.conflict("agreement_error_assessed") }
        let record = AgreementRecord(kind: kind, on: on, findings: findings, passed: passed, createdAt: now)
        let store = self.store, event = actor.audit("agreement.\(kind.rawValue)", "safety_agreement", a.id, detail: passed ? "passed" : "failed")
        try await database.transaction { sql in
            try await store.addRecord(record, to: a.id, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        var updated = a
        updated.records.append(record)
        return updated
    }
}
