import Foundation
import Hummingbird
import Kernel

/// What the participation context serves, built once by the app.
public struct ParticipationServices: Sendable {
    public let ballots: BallotService
    public let projects: ProjectService
    public let commitments: CommitmentService
    public let points: PointsService
    public let proposals: ProposalService
    public let council: CouncilService
    public let agreements: AgreementService
    public let clock: any AppClock
    public let views: ViewRenderer

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, households: any HouseholdDirectory, people: any PersonDirectory,
                workOrders: any CaseLookup, limits: PublicLimits, views: ViewRenderer) {
        let limiter = RateLimiter(database: database, clock: clock, limits: limits)
        ballots = BallotService(database: database, clock: clock, units: units, households: households, limiter: limiter)
        projects = ProjectService(database: database, clock: clock, units: units)
        commitments = CommitmentService(database: database, clock: clock, units: units)
        points = PointsService(database: database, clock: clock, units: units, people: people, workOrders: workOrders, limiter: limiter)
        proposals = ProposalService(database: database, clock: clock, units: units, ballots: ballots, limiter: limiter)
        council = CouncilService(database: database, clock: clock, units: units)
        agreements = AgreementService(database: database, clock: clock, units: units, households: households)
        self.clock = clock
        self.views = views
    }
}

public enum ParticipationRoutes {
    public static func register(on routes: SecureRoutes, services: ParticipationServices) {
        BallotAPI.register(on: routes, service: services.ballots)
        BallotPages.register(on: routes, services: services)
        BallotPortalPages.register(on: routes, services: services)
        ProjectAPI.register(on: routes, service: services.projects)
        CommitmentAPI.register(on: routes, service: services.commitments)
        PointsAPI.register(on: routes, service: services.points)
        DeliberationAPI.register(on: routes, proposals: services.proposals, council: services.council, projects: services.projects)
        AgreementAPI.register(on: routes, service: services.agreements)
        ProjectPages.register(on: routes, services: services)
        CommitmentPages.register(on: routes, services: services)
        PointPages.register(on: routes, services: services)
        DeliberationPages.register(on: routes, services: services)
        AgreementPages.register(on: routes, services: services)
        ParticipationHubPage.register(on: routes, services: services)
        ParticipationPortalPages.register(on: routes, services: services)
    }
}

/// `/api/v1/ballots`: create, issue the slips, enter paper votes, count.
public enum BallotAPI {
    struct Item: Encodable, Sendable {
        let id: String, unitCode: String, title: String, options: [String], opensAt: Date, closesAt: Date, rule: String, phase: String
        let householdsEligible: Int?, codesIssuedAt: Date?
        init(_ b: Ballot, now: Date) {
            (id, unitCode, title, options, opensAt, closesAt) = (b.id, b.unitCode, b.title, b.options, b.opensAt, b.closesAt)
            (rule, phase, householdsEligible, codesIssuedAt) = (b.rule.rawValue, b.phase(at: now).rawValue, b.householdsEligible, b.codesIssuedAt)
        }
    }
    struct TallyItem: Encodable, Sendable {
        struct Result: Encodable, Sendable { let option: String, votes: Int }
        let ballotId: String, rule: String, householdsEligible: Int, householdsVoted: Int, turnout: Double?, quorumMet: Bool, carried: String?
        let results: [Result], closed: Bool
        init(_ b: Ballot, _ t: Tally, now: Date) {
            (ballotId, rule, householdsEligible, householdsVoted) = (b.id, b.rule.rawValue, t.eligible, t.voted)
            turnout = t.turnout.map { ($0 * 10_000).rounded() / 10_000 }
            (quorumMet, carried, closed) = (t.quorumMet, t.carried, b.phase(at: now) == .closed)
            results = t.results.map { Result(option: $0.option, votes: $0.votes) }
        }
    }
    struct Slip: Encodable, Sendable { let householdId: String, code: String }
    struct Slips: Encodable, Sendable { let items: [Slip], total: Int }
    struct NewBallot: Decodable { let unitCode: String; let title: String; let options: [String]; let opensAt: Date; let closesAt: Date; let rule: String? }
    struct PaperVote: Decodable { let householdId: String; let option: String }

    public static func register(on routes: SecureRoutes, service: BallotService) {
        routes.get("/api/v1/ballots", .permitted(.viewJurisdiction)) { request, context in
            let paging = try Paging(request), now = service.clock.now()
            let (items, total) = try await service.list(by: context, paging: paging)
            return try Response.json(ListPage(items: items.map { Item($0, now: now) }, total: total, paging: paging))
        }
        routes.post("/api/v1/ballots", .permitted(.runBallots)) { request, context in
            let b = try await request.decodeJSON(NewBallot.self, limit: 16 << 10)
            let ballot = try await service.create(unitCode: b.unitCode, title: b.title, options: b.options, opensAt: b.opensAt, closesAt: b.closesAt,
                                                  rule: b.rule ?? BallotRule.residentsMeeting.rawValue, by: context)
            return try Response.json(Item(ballot, now: service.clock.now()), status: .created)
        }
        routes.get("/api/v1/ballots/{ballot}/tally", .permitted(.viewJurisdiction)) { _, context in
            let b = try await service.find(try context.parameters.require("ballot"), by: context)
            return try Response.json(TallyItem(b, try await service.tally(b), now: service.clock.now()))
        }
        routes.post("/api/v1/ballots/{ballot}/codes", .permitted(.runBallots)) { _, context in
            let b = try await service.find(try context.parameters.require("ballot"), by: context)
            let slips = try await service.issueCodes(b, by: context)
            return try Response.json(Slips(items: slips.map { Slip(householdId: $0.household.id, code: $0.code) }, total: slips.count), status: .created)
        }
        routes.post("/api/v1/ballots/{ballot}/paper-votes", .permitted(.enterVotes)) { request, context in
            let b = try await service.find(try context.parameters.require("ballot"), by: context)
            let vote = try await request.decodeJSON(PaperVote.self, limit: 4 << 10)
            return try Response.json(TallyItem(b, try await service.paperVote(b, household: vote.householdId, option: vote.option, by: context), now: service.clock.now()),
                                     status: .created)
        }
    }
}
