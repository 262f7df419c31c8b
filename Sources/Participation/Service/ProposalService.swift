import Foundation
import Kernel
import SQLKit

/// Residents' proposals (民情征集): taken on the portal (throttled) or at the window, shortlisted
/// or declined by staff, and the shortlisted ones of a community put to one ballot.
public struct ProposalService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let ballots: BallotService
    let limiter: RateLimiter
    let store = ProposalStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, ballots: BallotService, limiter: RateLimiter) {
        self.database = database
        self.clock = clock
        self.units = units
        self.ballots = ballots
        self.limiter = limiter
    }

    func make(unitCode: String, title: String, body: String, name: String, phone: String, channel: Proposal.Channel, by staffId: String?) async throws -> Proposal {
        let unit = unitCode.trimmed, title = title.trimmed, body = body.trimmed, name = name.trimmed, phone = phone.trimmed
        guard unit.count == 12, try await units.unitName(code: unit) != nil else { throw AppError.invalid("proposal_error_unit", [String(unit.prefix(20))]).naming("unit_code") }
        guard !title.isEmpty, title.count <= 100 else { throw AppError.invalid("proposal_error_title").naming("title") }
        guard !body.isEmpty, body.count <= 4_000 else { throw AppError.invalid("proposal_error_body").naming("body") }
        guard !name.isEmpty, name.count <= 50 else { throw AppError.invalid("proposal_error_name").naming("proposer_name") }
        guard PhoneNumber.isValid(phone) else { throw AppError.invalid("proposal_error_phone").naming("proposer_phone") }
        let now = clock.now()
        return Proposal(id: RecordID.make(now: now), unitCode: unit, title: title, body: body, proposerName: name, proposerPhone: phone, channel: channel,
                        status: .received, enteredBy: staffId, createdAt: now)
    }

    /// From the portal: throttled per address like every public form.
    public func submit(unitCode: String, title: String, body: String, name: String, phone: String, from address: String) async throws -> Proposal {
        let counts = [(limiter.limits.portalPerAddress, "proposal \(address)")]
        try await limiter.check(counts, code: "proposal_throttled")
        let p = try await make(unitCode: unitCode, title: title, body: body, name: name, phone: phone, channel: .portal, by: nil)
        let store = self.store
        try await database.transaction { try await store.insert(p, on: $0) }
        try await limiter.charge(counts)
        return p
    }

    /// At the window: entered by staff for a resident of their jurisdiction.
    public func enter(unitCode: String, title: String, body: String, name: String, phone: String, by actor: StaffContext) async throws -> Proposal {
        guard actor.staff.can(.runBallots) else { throw AppError.forbiddenAction }
        guard actor.scope.contains(unitCode.trimmed) else { throw AppError.invalid("proposal_error_unit", [String(unitCode.prefix(20))]).naming("unit_code") }
        let p = try await make(unitCode: unitCode, title: title, body: body, name: name, phone: phone, channel: .window, by: actor.staff.id)
        let store = self.store, event = actor.audit("proposal.enter", "proposal", p.id, detail: p.unitCode)
        try await database.transaction(recording: event, at: p.createdAt) { sql in
            try await store.insert(p, on: sql)
        }
        return p
    }

    public func find(_ id: String, by actor: StaffContext) async throws -> Proposal {
        let store = self.store
        guard let p = try await database.read({ try await store.find(id: id, on: $0) }),
              actor.scope.contains(p.unitCode) || actor.staff.unitCode.hasPrefix(p.unitCode) else { throw AppError.notFound }
        return p
    }

    public func list(by actor: StaffContext, status: Proposal.Status?, paging: Paging) async throws -> (items: [Proposal], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.list(within: scope, status: status, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    public func review(_ p: Proposal, status: String, group: String?, note: String, by actor: StaffContext) async throws -> Proposal {
        guard actor.staff.can(.runBallots) else { throw AppError.forbiddenAction }
        guard let status = Proposal.Status(rawValue: status.trimmed), [.shortlisted, .declined].contains(status) else {
            throw AppError.invalid("proposal_error_status").naming("status")
        }
        let note = note.trimmed, group = group.map(\.trimmed).flatMap { $0.isEmpty ? nil : String($0.prefix(100)) }
        guard status == .shortlisted || !note.isEmpty else { throw AppError.invalid("proposal_error_reason").naming("note") }
        let now = clock.now(), store = self.store, event = actor.audit("proposal.review", "proposal", p.id, detail: status.rawValue)
        try await database.transaction(recording: event, at: now) { sql in
            guard try await store.review(p.id, status: status, group: group, note: String(note.prefix(1_000)), on: sql) else {
                throw AppError.conflict("proposal_error_reviewed")
            }
        }
        var next = p
        (next.status, next.groupLabel, next.reviewNote) = (status, group, note)
        return next
    }

    /// One ballot whose options are the shortlisted proposals (grouped ones once, by their group's label).
    public func toBallot(_ ids: [String], unitCode: String, title: String, opensAt: Date, closesAt: Date, rule: String, by actor: StaffContext) async throws -> Ballot {
        guard actor.staff.can(.runBallots) else { throw AppError.forbiddenAction }
        let store = self.store, unit = unitCode.trimmed
        let chosen = try await database.read { try await store.find(ids: Array(Set(ids).prefix(40)), on: $0) }
        guard chosen.count == Set(ids).count, chosen.allSatisfy({ $0.unitCode == unit && $0.status == .shortlisted }) else {
            throw AppError.invalid("proposal_error_not_shortlisted").naming("proposal_ids")
        }
        var options: [String] = []
        for p in chosen { let option = p.groupLabel ?? p.title; if !options.contains(option) { options.append(option) } }
        let ballot = try await ballots.create(unitCode: unit, title: title, options: options, opensAt: opensAt, closesAt: closesAt, rule: rule, by: actor)
        let now = clock.now(), event = actor.audit("proposal.ballot", "ballot", ballot.id, detail: chosen.map(\.id).joined(separator: ","))
        try await database.transaction(recording: event, at: now) { sql in
            _ = try await store.ballot(chosen.map(\.id), ballotId: ballot.id, on: sql)
        }
        return ballot
    }

    /// What the portal lists: every proposal's title and status (of one street's communities when `street` is given), the
    /// proposer's name masked, no phone.
    public func publicList(street: String?, limit: Int) async throws -> [Proposal] {
        let store = self.store, scope = street.map(Scope.init(rootCode:))
        return try await database.read { try await store.page(within: scope, limit: limit, on: $0) }
    }

    /// Where a resident picks their community on the portal: the streets to pick from first (none where every community
    /// fits one list), the street picked (nil until one is), and the communities offered.
    public struct CommunityChoice: Sendable {
        public let streets: [(code: String, name: String)], street: String?, communities: [(code: String, name: String)]
    }

    /// The most communities one list offers.
    static let communitiesListed = 500

    /// Every community while there are no more than one list offers; otherwise those of the street picked, once one is. A city
    /// holds thousands, and the list offered its first 500: a resident of any other could not send a proposal at all.
    public func communityChoice(street: String?) async throws -> CommunityChoice {
        let listed = Self.communitiesListed
        guard try await units.count(level: "community", under: "") > listed else {
            return CommunityChoice(streets: [], street: nil, communities: try await units.units(level: "community", under: "", limit: listed, offset: 0))
        }
        let streets = try await units.units(level: "street", under: "", limit: 5_000, offset: 0)
        guard let street, streets.contains(where: { $0.code == street }) else { return CommunityChoice(streets: streets, street: nil, communities: []) }
        return CommunityChoice(streets: streets, street: street, communities: try await units.units(level: "community", under: street, limit: listed, offset: 0))
    }
}
