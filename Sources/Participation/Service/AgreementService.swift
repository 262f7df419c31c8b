import Foundation
import Kernel
import SQLKit

/// The three agreements posted publicly, and the annual review of star households.
public struct AgreementService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let households: any HouseholdDirectory
    let store = AgreementStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, households: any HouseholdDirectory) {
        self.database = database
        self.clock = clock
        self.units = units
        self.households = households
    }

    var today: Day { Day(date: clock.now()) }

    public func post(unitCode: String, parties: String, category: String, title: String, body: String, signatories: String, signedOn: Day?, endsOn: Day?,
                     by actor: StaffContext) async throws -> Agreement {
        guard actor.staff.can(.keepCouncilRecords) else { throw AppError.forbiddenAction }
        let unit = unitCode.trimmed, now = clock.now(), signed = signedOn ?? today
        try await units.requireUnit(unit, codeLength: 12, within: actor.scope, errorKey: "pact_error_unit")
        guard let parties = Agreement.Parties(rawValue: parties.trimmed) else { throw AppError.invalid("pact_error_parties").naming("parties") }
        guard let category = Agreement.Category(rawValue: category.trimmed) else { throw AppError.invalid("pact_error_category").naming("category") }
        let (title, body, signatories) = (title.trimmed, body.trimmed, signatories.trimmed)
        guard !title.isEmpty, title.count <= 200 else { throw AppError.invalid("pact_error_title").naming("title") }
        guard !body.isEmpty, body.count <= 20_000 else { throw AppError.invalid("pact_error_body").naming("body") }
        guard !signatories.isEmpty, signatories.count <= 2_000 else { throw AppError.invalid("pact_error_signatories").naming("signatories") }
        guard signed <= today, endsOn.map({ $0 >= signed }) ?? true else { throw AppError.invalid("pact_error_days").naming("ends_on") }
        let a = Agreement(id: RecordID.make(now: now), unitCode: unit, parties: parties, category: category, title: title, body: body, signatories: signatories,
                          signedOn: signed, endsOn: endsOn, createdBy: actor.staff.id, createdAt: now)
        let store = self.store, event = actor.audit("agreement.post", "agreement", a.id, detail: "\(unit) \(parties.rawValue)")
        try await database.transaction(recording: event, at: now) { sql in
            try await store.insert(a, on: sql)
        }
        return a
    }

    public func list(by actor: StaffContext, paging: Paging) async throws -> (items: [Agreement], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.list(within: scope, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    /// Agreements are posted publicly: those in force today.
    public func publicList(paging: Paging) async throws -> (items: [Agreement], total: Int) {
        let store = self.store, today = self.today
        // In force in the query: filtered after its first page, those ended or not yet signed hid the ones in force behind them.
        return try await database.read { try await store.list(within: nil, inForceOn: today, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    /// A household's stars for a year: one per criterion met, reviewed once a year.
    public func review(household id: String, year: Int, criteria: [String], note: String, by actor: StaffContext) async throws -> StarHousehold {
        guard actor.staff.can(.keepCouncilRecords) else { throw AppError.forbiddenAction }
        guard let grid = try await households.grid(ofHousehold: id.trimmed), actor.scope.contains(grid) else {
            throw AppError.invalid("star_error_household", [String(id.prefix(64))]).naming("household_id")
        }
        guard (today.year - 1...today.year).contains(year) else { throw AppError.invalid("star_error_year").naming("year") }
        var met = Set<StarCriterion>()
        for c in criteria.prefix(10) {
            guard let criterion = StarCriterion(rawValue: c.trimmed) else { throw AppError.invalid("star_error_criterion", [String(c.prefix(40))]).naming("criteria") }
            met.insert(criterion)
        }
        guard let stars = CouncilRules.stars(met) else { throw AppError.invalid("star_error_criterion", [""]).naming("criteria") }
        let now = clock.now()
        let s = StarHousehold(householdId: id.trimmed, year: year, gridCode: grid, stars: stars, criteria: StarCriterion.allCases.filter(met.contains).map(\.rawValue),
                              note: String(note.trimmed.prefix(1_000)), reviewedBy: actor.staff.id, reviewedAt: now)
        let store = self.store, event = actor.audit("star.review", "household", s.householdId, detail: "\(year) \(stars)")
        try await database.transaction(recording: event, at: now) { sql in
            guard try await store.insert(s, on: sql) else { throw AppError.conflict("star_error_reviewed") }
        }
        return s
    }

    public func stars(by actor: StaffContext?, year: Int, paging: Paging) async throws -> (items: [(StarHousehold, HouseholdEntry?)], total: Int) {
        let store = self.store, scope = actor?.scope
        let (items, total) = try await database.read { try await store.stars(within: scope, year: year, limit: paging.limit, offset: paging.offset, on: $0) }
        let entries = try await households.households(items.map(\.householdId))
        return (items.map { ($0, entries[$0.householdId]) }, total)
    }
}
