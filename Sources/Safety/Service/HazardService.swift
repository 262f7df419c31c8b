import Foundation
import Kernel
import SQLKit

/// Hazards from patrol to verified rectification, each on its supervised clock.
public struct HazardService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let records: (any RecordDirectory)?
    /// Where a work order converted into a hazard is found by its number.
    let workOrders: (any CaseLookup)?
    let store = HazardStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, records: (any RecordDirectory)?, workOrders: (any CaseLookup)?) {
        self.database = database
        self.clock = clock
        self.units = units
        self.records = records
        self.workOrders = workOrders
    }

    public struct NewHazard: Sendable {
        public var gridCode: String, place: String, organisationId: String?, kind: String, level: String, description: String, responsibleUnit: String
        public var workOrderNumber: String?
        public var photo: HazardPhoto?

        public init(gridCode: String, place: String, organisationId: String?, kind: String, level: String, description: String, responsibleUnit: String,
                    workOrderNumber: String?, photo: HazardPhoto? = nil) {
            self.gridCode = gridCode
            self.place = place
            self.organisationId = organisationId
            self.kind = kind
            self.level = level
            self.description = description
            self.responsibleUnit = responsibleUnit
            self.workOrderNumber = workOrderNumber
            self.photo = photo
        }
    }

    public func report(_ new: NewHazard, by actor: StaffContext) async throws -> Hazard {
        guard actor.staff.can(.reportHazards) else { throw AppError.forbiddenAction }
        let grid = new.gridCode.trimmed, place = new.place.trimmed, description = new.description.trimmed, unit = new.responsibleUnit.trimmed
        guard let kind = HazardKind(rawValue: new.kind.trimmed) else { throw AppError.invalid("hazard_error_kind", [new.kind]) }
        guard let level = HazardLevel(rawValue: new.level.trimmed) else { throw AppError.invalid("hazard_error_level", [new.level]) }
        guard !place.isEmpty, place.count <= 200 else { throw AppError.invalid("hazard_error_place") }
        guard !description.isEmpty, description.count <= 8_000 else { throw AppError.invalid("hazard_error_description") }
        guard !unit.isEmpty, unit.count <= 100 else { throw AppError.invalid("hazard_error_responsible") }
        try await units.requireUnit(grid, codeLength: 15, within: actor.scope, errorKey: "hazard_error_grid")
        let organisation = new.organisationId?.trimmed.nilIfBlank
        if let organisation, try await records?.known([organisation], within: Scope(rootCode: grid)).contains(organisation) != true {
            throw AppError.invalid("hazard_error_organisation", [organisation])
        }
        let order = new.workOrderNumber?.trimmed.uppercased().nilIfBlank
        if let order, try await workOrders?.find(number: order, within: actor.scope) == nil { throw AppError.invalid("hazard_error_work_order", [String(order.prefix(64))]) }
        let now = clock.now(), id = RecordID.make(now: now), store = self.store
        let (due, rule) = HazardLifecycle.firstClock(level: level, at: now)
        let event = actor.audit("hazard.report", "hazard", id, detail: "\(kind.rawValue) \(level.rawValue)")
        return try await database.transaction { sql in
            let h = Hazard(id: id, number: try await HazardStore.numbers.next(on: Day(date: now), sql: sql), gridCode: grid, place: place, organisationId: organisation,
                           kind: kind, level: level, description: description, responsibleUnit: unit, workOrderNumber: order, status: .reported, plan: nil,
                           dueAt: due, dueRule: rule, rectifiedAt: nil, closedAt: nil, createdBy: actor.staff.id, createdAt: now, updatedAt: now)
            try await store.insert(h, on: sql)
            if let photo = new.photo { try await store.savePhoto(photo, of: id, at: now, on: sql) }
            try await HazardStore.steps.add(id, action: "report", from: nil, to: h.status.rawValue, note: order.map { "← \($0)" }, actorId: actor.staff.id, at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
            return h
        }
    }

    public func find(_ id: String, by actor: StaffContext) async throws -> Hazard {
        let store = self.store
        guard let h = try await database.read({ try await store.find(id: id, on: $0) }), actor.scope.contains(h.gridCode) else { throw AppError.notFound }
        return h
    }

    public func list(by actor: StaffContext, _ selection: HazardStore.Selection, paging: Paging) async throws -> (items: [Hazard], total: Int) {
        let store = self.store, scope = actor.scope, now = clock.now()
        return try await database.read { try await store.list(within: scope, selection, now: now, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    public func photo(of h: Hazard) async throws -> HazardPhoto? {
        let store = self.store
        return try await database.read { try await store.photo(of: h.id, on: $0) }
    }

    public func hasPhoto(_ h: Hazard) async throws -> Bool {
        let store = self.store
        return try await database.read { try await store.hasPhoto(h.id, on: $0) }
    }

    public func events(of h: Hazard) async throws -> [StepLog.Entry] {
        try await database.read { try await HazardStore.steps.entries(of: h.id, on: $0) }
    }

    public func notices(of h: Hazard) async throws -> [CaseNotice] {
        try await SafetySupervision.hazards.notices(of: h.id, in: database)
    }

    public func apply(_ action: HazardAction, to current: Hazard, by actor: StaffContext) async throws -> Hazard {
        guard actor.staff.can(action.permission) else { throw AppError.forbiddenAction }
        let now = clock.now(), store = self.store
        let next = try HazardLifecycle.apply(action, to: current, at: now)
        let event = actor.audit("hazard.\(action.name)", "hazard", current.id, detail: "\(current.status.rawValue)→\(next.status.rawValue)")
        let step = CaseStep(caseId: current.id, action: action.name, from: current.status.rawValue, to: next.status.rawValue, note: action.text.trimmed,
                            actorId: actor.staff.id)
        try await HazardStore.casework.commit(step, audit: event, at: now, in: database) { sql in try await store.update(next, from: current, on: sql) }
        return next
    }

    /// A quarter's hazards (`2026-Q4`) by kind and level.
    public func quarter(_ text: String, by actor: StaffContext) async throws -> (from: Day, to: Day, rows: [HazardStore.QuarterRow]) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), (2000...2100).contains(year), parts[1].count == 2, parts[1].first == "Q",
              let q = Int(parts[1].dropFirst()), (1...4).contains(q) else { throw AppError.invalid("hazard_error_quarter") }
        let from = Day(year: year, month: 3 * q - 2, day: 1), to = q == 4 ? Day(year: year + 1, month: 1, day: 1) : Day(year: year, month: 3 * q + 1, day: 1)
        let store = self.store, scope = actor.scope, now = clock.now()
        let last = to.adding(days: -1)
        let rows = try await database.read { try await store.quarter(within: scope, from: from, to: last, now: now, on: $0) }
        return (from, last, rows)
    }
}
