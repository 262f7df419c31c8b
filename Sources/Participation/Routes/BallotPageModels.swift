import Foundation
import Kernel

/// The count as the staff page and the portal show it (partial `ballot_tally`).
struct TallyModel: Encodable, Sendable, Equatable {
    struct Result: Encodable, Sendable, Equatable { let option: String, votes: String, carried: Bool }
    let eligible: String, voted: String, turnout: String, quorum: String, carried: String
    let results: [Result]

    init(_ t: Tally, views: ViewRenderer, locale: AppLocale) {
        (eligible, voted) = (String(t.eligible), String(t.voted))
        turnout = t.turnout.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
        quorum = views.t(t.quorumMet ? "ballot_quorum_met" : "ballot_quorum_not_met", locale)
        carried = t.carried ?? ""
        results = t.results.map { Result(option: $0.option, votes: String($0.votes), carried: $0.option == t.carried) }
    }
}

/// `ballots.mustache`: the ballots in scope and the form to open one.
struct BallotListPage: PageModel {
    struct Row: Encodable, Sendable { let url: String, title: String, unitCode: String, phase: String, closes: String }
    let ballots: [Row]
    let total: String
    let mayCreate: Bool
    let rules: [PageChoice]
    let unitCode: String, title: String, options: String, opensOn: String, closesOn: String
    let listUrl: String
    let prev: String, next: String
    let error: String?

    init(_ items: [Ballot], total: Int, pager: [String: String], values: [String: String], viewer: Staff, error: AppError?, views: ViewRenderer,
         locale: AppLocale, now: Date) {
        ballots = items.map { Row(url: BallotPath.ballot($0.id).path, title: $0.title, unitCode: $0.unitCode,
                                  phase: views.t("ballot_phase_\($0.phase(at: now).rawValue)", locale), closes: TimeLeft.clock($0.closesAt)) }
        self.total = views.t("pager_total", locale, [String(total)])
        mayCreate = viewer.can(.runBallots)
        rules = BallotRule.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0.rawValue == values["rule"]) }
        unitCode = values["unit_code"] ?? (viewer.unitCode.count == 12 ? viewer.unitCode : "")
        (title, options, opensOn, closesOn) = (values["title"] ?? "", values["options"] ?? "", values["opens_on"] ?? "", values["closes_on"] ?? "")
        listUrl = BallotPath.list.path
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// `ballot.mustache`: one ballot with its count, the slips and the paper votes.
struct BallotPage: PageModel {
    struct Head: Encodable, Sendable {
        let title: String, unitCode: String, rule: String, phase: String, opens: String, closes: String, codesUrl: String, paperUrl: String, portal: String
    }
    let b: Head
    let tally: TallyModel
    let options: [PageChoice]
    let mayIssue: Bool, mayEnter: Bool
    let codesIssued: String
    let listUrl: String
    let error: String?

    init(_ ballot: Ballot, tally t: Tally, viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale, now: Date) {
        let phase = ballot.phase(at: now)
        b = Head(title: ballot.title, unitCode: ballot.unitCode, rule: views.t(ballot.rule.labelKey, locale), phase: views.t("ballot_phase_\(phase.rawValue)", locale),
                 opens: TimeLeft.clock(ballot.opensAt), closes: TimeLeft.clock(ballot.closesAt), codesUrl: BallotPath.codes(ballot.id).path,
                 paperUrl: BallotPath.paperVotes(ballot.id).path, portal: BallotPath.portal(ballot.id).path)
        tally = TallyModel(t, views: views, locale: locale)
        options = ballot.options.map { PageChoice(value: $0, label: $0) }
        mayIssue = viewer.can(.runBallots) && ballot.codesIssuedAt == nil && now < ballot.closesAt
        mayEnter = viewer.can(.enterVotes) && phase == .open && ballot.codesIssuedAt != nil
        codesIssued = ballot.codesIssuedAt.map(TimeLeft.clock) ?? ""
        listUrl = BallotPath.list.path
        self.error = views.message(error, locale)
    }
}

/// `ballot_slips.mustache`: one printable slip per household, each code shown this once.
struct BallotSlipsPage: PageModel {
    struct Slip: Encodable, Sendable { let address: String, head: String, code: String }
    let title: String, closes: String, portal: String, url: String
    let slips: [Slip]

    init(_ b: Ballot, slips: [(household: HouseholdEntry, code: String)]) {
        (title, closes, portal, url) = (b.title, TimeLeft.clock(b.closesAt), BallotPath.portal(b.id).path, BallotPath.ballot(b.id).path)
        self.slips = slips.map { Slip(address: $0.household.address, head: $0.household.head, code: $0.code) }
    }
}

/// `portal_ballots.mustache`: open ballots and closed ones with results, for residents.
struct PortalBallotsPage: PageModel {
    struct Row: Encodable, Sendable { let url: String, title: String, phase: String, closes: String }
    let ballots: [Row]

    init(_ items: [Ballot], views: ViewRenderer, locale: AppLocale, now: Date) {
        ballots = items.map { Row(url: BallotPath.portal($0.id).path, title: $0.title, phase: views.t("ballot_phase_\($0.phase(at: now).rawValue)", locale),
                                  closes: TimeLeft.clock($0.closesAt)) }
    }
}

/// `portal_ballot.mustache`: vote with the slip's code while open; the results once closed, never before.
struct PortalBallotPage: PageModel {
    struct Head: Encodable, Sendable { let title: String, unitCode: String, rule: String, closes: String, voteUrl: String }
    struct Option: Encodable, Sendable { let value: String, i: String }
    let b: Head
    let options: [Option]
    let open: Bool, closed: Bool, voted: Bool
    let tally: TallyModel?
    let error: String?

    /// `tally` is read only for a closed ballot: results are published when households have all voted.
    init(_ ballot: Ballot, tally: Tally?, voted: Bool, error: AppError?, views: ViewRenderer, locale: AppLocale, now: Date) {
        b = Head(title: ballot.title, unitCode: ballot.unitCode, rule: views.t(ballot.rule.labelKey, locale), closes: TimeLeft.clock(ballot.closesAt),
                 voteUrl: BallotPath.portalVote(ballot.id).path)
        options = ballot.options.enumerated().map { Option(value: $0.element, i: String($0.offset)) }
        closed = ballot.phase(at: now) == .closed
        open = !closed
        self.voted = voted
        self.tally = closed ? tally.map { TallyModel($0, views: views, locale: locale) } : nil
        self.error = views.message(error, locale)
    }
}
