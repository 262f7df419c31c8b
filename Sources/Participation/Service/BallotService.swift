import Foundation
import Kernel
import SQLKit

/// Ballots, one household one vote: slips with one-time codes for every eligible household,
/// votes on the portal with a code or on paper entered by staff, and the tally under the rule.
public struct BallotService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let households: any HouseholdDirectory
    let limiter: RateLimiter
    let store = BallotStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, households: any HouseholdDirectory, limiter: RateLimiter) {
        self.database = database
        self.clock = clock
        self.units = units
        self.households = households
        self.limiter = limiter
    }

    public func create(unitCode: String, title: String, options: [String], opensAt: Date, closesAt: Date, rule: String, by actor: StaffContext) async throws -> Ballot {
        guard actor.staff.can(.runBallots) else { throw AppError.forbiddenAction }
        let unit = unitCode.trimmed, title = title.trimmed, now = clock.now()
        try await units.requireUnit(unit, codeLength: 12, within: actor.scope, errorKey: "ballot_error_unit")
        guard !title.isEmpty, title.count <= 200 else { throw AppError.invalid("ballot_error_title") }
        let options = options.map(\.trimmed).filter { !$0.isEmpty }
        guard (2...20).contains(options.count), Set(options).count == options.count, options.allSatisfy({ $0.count <= 100 }) else {
            throw AppError.invalid("ballot_error_options")
        }
        guard let rule = BallotRule(rawValue: rule.trimmed) else { throw AppError.invalid("ballot_error_rule", [rule]) }
        guard closesAt > opensAt, closesAt.timeIntervalSince(opensAt) <= 60 * 86_400, opensAt >= now.addingTimeInterval(-86_400),
              opensAt <= now.addingTimeInterval(180 * 86_400) else { throw AppError.invalid("ballot_error_times") }
        let b = Ballot(id: RecordID.make(now: now), unitCode: unit, title: title, options: options, opensAt: opensAt, closesAt: closesAt, rule: rule,
                       householdsEligible: nil, codesIssuedAt: nil, createdBy: actor.staff.id, createdAt: now)
        let store = self.store, event = actor.audit("ballot.create", "ballot", b.id, detail: unit)
        try await database.transaction(recording: event, at: now) { sql in
            try await store.insert(b, on: sql)
        }
        return b
    }

    public func find(_ id: String, by actor: StaffContext) async throws -> Ballot {
        let store = self.store
        // Seen from the unit's jurisdiction and by the grid workers inside it, who hand out the slips.
        guard let b = try await database.read({ try await store.find(id: id, on: $0) }),
              actor.scope.contains(b.unitCode) || actor.staff.unitCode.hasPrefix(b.unitCode) else {
            throw AppError.notFound
        }
        return b
    }

    public func list(by actor: StaffContext, paging: Paging) async throws -> (items: [Ballot], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.list(within: scope, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    /// The slips: one code per household of the unit, frozen now, returned once and kept only as hashes.
    public func issueCodes(_ b: Ballot, by actor: StaffContext) async throws -> [(household: HouseholdEntry, code: String)] {
        guard actor.staff.can(.runBallots) else { throw AppError.forbiddenAction }
        let now = clock.now()
        guard b.codesIssuedAt == nil else { throw AppError.conflict("ballot_error_codes_issued") }
        guard now < b.closesAt else { throw AppError.conflict("ballot_error_closed") }
        let grids = try await units.grids(under: b.unitCode).map(\.code)
        var entries: [HouseholdEntry] = []
        while true {
            let page = try await households.list(inGrids: grids, within: Scope(rootCode: b.unitCode), limit: 1_000, offset: entries.count)
            entries += page.items
            if page.items.isEmpty || entries.count >= page.total || entries.count >= 200_000 { break }
        }
        guard !entries.isEmpty else { throw AppError.invalid("ballot_error_no_households") }
        let slips = entries.map { (household: $0, code: BallotRules.makeCode()) }
        let store = self.store, event = actor.audit("ballot.codes", "ballot", b.id, detail: String(slips.count))
        try await database.transaction(recording: event, at: now) { sql in
            guard try await store.issue(slips.map { ($0.household.id, Secrets.sha256Hex("\(b.id):\($0.code)")) }, for: b.id, at: now, on: sql) else {
                throw AppError.conflict("ballot_error_codes_issued")
            }
        }
        return slips
    }

    func optionIndex(_ option: String, in b: Ballot) throws -> Int {
        guard let index = b.options.firstIndex(of: option.trimmed) else { throw AppError.invalid("ballot_error_option", [String(option.prefix(100))]) }
        return index
    }

    /// A paper ballot entered by staff, with who entered it.
    public func paperVote(_ b: Ballot, household: String, option: String, by actor: StaffContext) async throws -> Tally {
        guard actor.staff.can(.enterVotes) else { throw AppError.forbiddenAction }
        let now = clock.now()
        guard b.phase(at: now) == .open else { throw AppError.conflict("ballot_error_not_open") }
        let index = try optionIndex(option, in: b), household = household.trimmed, store = self.store
        let event = actor.audit("ballot.paper_vote", "ballot", b.id, detail: household)
        try await database.transaction(recording: event, at: now) { sql in
            guard let voter = try await store.voter(ballot: b.id, household: household, codeHash: nil, on: sql) else {
                throw AppError.invalid("ballot_error_household", [String(household.prefix(64))])
            }
            guard !voter.voted, try await store.vote(ballot: b.id, household: household, codeHash: nil, option: index, channel: .paper, by: actor.staff.id,
                                                     at: now, on: sql) else { throw AppError.conflict("ballot_error_already_voted") }
        }
        return try await tally(b)
    }

    /// A household's vote on the portal with its code. A code that is not one counts against the
    /// address and the ballot; a household that has voted is told so, whichever way it voted.
    public func portalVote(ballot id: String, code: String, option: String, from address: String) async throws {
        let store = self.store, now = clock.now()
        guard let b = try await database.read({ try await store.find(id: id, on: $0) }) else { throw AppError.notFound }
        guard b.phase(at: now) == .open else { throw AppError.conflict("ballot_error_not_open") }
        let index = try optionIndex(option, in: b)
        let counts = [(limiter.limits.trackFailuresPerAddress, address), (limiter.limits.trackFailuresPerSubject, "ballot \(b.id)")]
        try await limiter.check(counts, code: "ballot_throttled")
        guard let code = BallotRules.parse(code) else {
            try await limiter.charge(counts)
            throw AppError.invalid("ballot_error_code")
        }
        let hash = Secrets.sha256Hex("\(b.id):\(code)")
        let voted = try await database.transaction { sql in
            try await store.vote(ballot: b.id, household: nil, codeHash: hash, option: index, channel: .portal, by: nil, at: now, on: sql)
        }
        if voted { return }
        if try await database.read({ try await store.voter(ballot: b.id, household: nil, codeHash: hash, on: $0) }) != nil {
            throw AppError.conflict("ballot_error_already_voted")
        }
        try await limiter.charge(counts)
        throw AppError.invalid("ballot_error_code")
    }

    public func tally(_ b: Ballot) async throws -> Tally {
        let store = self.store
        let counts = try await database.read { try await store.counts(ballot: b.id, on: $0) }
        let votes = Dictionary(uniqueKeysWithValues: b.options.enumerated().map { ($0.element, counts[$0.offset] ?? 0) })
        return BallotRules.tally(options: b.options, votes: votes, eligible: b.householdsEligible ?? 0, rule: b.rule)
    }

    /// Ballots the public may see: open ones, and closed ones with their results.
    public func publicList(limit: Int) async throws -> [Ballot] {
        let store = self.store, now = clock.now()
        // Those not yet open left out in the query: left out of its first `limit`, they hid the open ones behind them.
        return try await database.read { try await store.list(within: nil, openedBy: now, limit: limit, offset: 0, on: $0) }.items
    }

    public func publicBallot(_ id: String) async throws -> Ballot {
        let store = self.store, now = clock.now()
        guard let b = try await database.read({ try await store.find(id: id, on: $0) }), b.phase(at: now) != .scheduled else { throw AppError.notFound }
        return b
    }
}
