import Foundation
import Kernel

/// `proposals.mustache`: proposals in scope with their review forms, the window's form, and
/// the form that puts the shortlisted ones of a community to a ballot.
struct ProposalsPage: PageModel {
    struct Row: Encodable, Sendable {
        let id: String, title: String, body: String, unitCode: String, proposer: String, phone: String, channel: String, status: String, group: String
        let note: String, reviewUrl: String, open: Bool, shortlisted: Bool, ballot: String
    }
    let proposals: [Row]
    let total: String
    let statuses: [PageChoice], reviews: [PageChoice], rules: [PageChoice]
    let mayRun: Bool
    let hasShortlisted: Bool
    let unitCode: String, title: String, body: String, proposerName: String, proposerPhone: String
    let formUrl: String, ballotUrl: String, listUrl: String, prev: String, next: String
    let error: String?

    init(_ items: [Proposal], total: Int, status: Proposal.Status?, pager: [String: String], values: [String: String], viewer: Staff, error: AppError?,
         views: ViewRenderer, locale: AppLocale) {
        proposals = items.map { p in
            Row(id: p.id, title: p.title, body: p.body, unitCode: p.unitCode, proposer: p.proposerName, phone: PhoneNumber.masked(p.proposerPhone),
                channel: views.t("proposal_channel_\(p.channel.rawValue)", locale), status: views.t("proposal_status_\(p.status.rawValue)", locale),
                group: p.groupLabel ?? "", note: p.reviewNote ?? "", reviewUrl: ParticipationPath.proposalReview(p.id).path,
                open: p.status == .received || p.status == .shortlisted, shortlisted: p.status == .shortlisted,
                ballot: p.ballotId.map { BallotPath.ballot($0).path } ?? "")
        }
        self.total = views.t("pager_total", locale, [String(total)])
        statuses = Proposal.Status.allCases.map { PageChoice(value: $0.rawValue, label: views.t("proposal_status_\($0.rawValue)", locale), selected: $0 == status) }
        reviews = [Proposal.Status.shortlisted, .declined].map { PageChoice(value: $0.rawValue, label: views.t("proposal_status_\($0.rawValue)", locale)) }
        rules = BallotRule.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale)) }
        mayRun = viewer.can(.runBallots)
        hasShortlisted = items.contains { $0.status == .shortlisted }
        unitCode = values["unit_code"] ?? (viewer.unitCode.count == 12 ? viewer.unitCode : "")
        (title, body, proposerName, proposerPhone) = (values["title"] ?? "", values["body"] ?? "", values["proposer_name"] ?? "", values["proposer_phone"] ?? "")
        (formUrl, ballotUrl, listUrl) = (ParticipationPath.proposals.path, ParticipationPath.proposalBallot.path, ParticipationPath.proposals.path)
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// `council.mustache`: the council's members and meetings in scope, with the forms to add a
/// member and record a meeting.
struct CouncilPage: PageModel {
    struct Member: Encodable, Sendable { let id: String, unitCode: String, name: String, post: String, since: String, serving: Bool }
    struct Meeting: Encodable, Sendable { let url: String, heldOn: String, unitCode: String, topic: String, attendance: String, quorate: Bool }
    let members: [Member]
    let meetings: [Meeting]
    let mayKeep: Bool
    let unitCode: String, today: String
    let membersUrl: String, meetingsUrl: String, prev: String, next: String
    let rule: String
    let error: String?

    init(members list: [CouncilMember], meetings: [CouncilMeeting], pager: [String: String], viewer: Staff, error: AppError?, settings: ParticipationSettings,
         today: Day, views: ViewRenderer, locale: AppLocale) {
        members = list.map { Member(id: $0.id, unitCode: $0.unitCode, name: $0.name, post: $0.post, since: $0.since.description, serving: $0.serves(on: today)) }
        self.meetings = meetings.map { Meeting(url: ParticipationPath.meeting($0.id).path, heldOn: $0.heldOn.description, unitCode: $0.unitCode, topic: $0.topic,
                                               attendance: "\($0.attendees.count)/\($0.membersTotal)", quorate: $0.quorumMet) }
        mayKeep = viewer.can(.keepCouncilRecords)
        (unitCode, self.today) = (viewer.unitCode.count == 12 ? viewer.unitCode : "", today.description)
        (membersUrl, meetingsUrl) = (ParticipationPath.councilMembers.path, ParticipationPath.council.path)
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        rule = views.t("council_quorum_rule", locale, ["\(settings.councilQuorumNumerator)/\(settings.councilQuorumDenominator)"])
        self.error = views.message(error, locale)
    }
}

/// `council_meeting.mustache`: one meeting's attendance, minutes and motions, and the motion form.
struct MeetingPage: PageModel {
    struct Motion: Encodable, Sendable { let title: String, yes: String, no: String, abstain: String, carried: Bool, project: String }
    let unitCode: String, heldOn: String, topic: String, minutes: String, attendance: String, quorate: Bool
    let attendees: [String]
    let motions: [Motion]
    let mayVote: Bool
    let motionsUrl: String, listUrl: String
    let error: String?

    init(_ r: MeetingRecord, viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        let m = r.meeting
        (unitCode, heldOn, topic, minutes) = (m.unitCode, m.heldOn.description, m.topic, m.minutes)
        (attendance, quorate) = ("\(m.attendees.count)/\(m.membersTotal)", m.quorumMet)
        attendees = r.attendees.map { $0.post.isEmpty ? $0.name : "\($0.name)（\($0.post)）" }
        motions = r.motions.map { Motion(title: $0.title, yes: String($0.yes), no: String($0.no), abstain: String($0.abstain), carried: $0.carried,
                                         project: $0.projectId.map { ParticipationPath.project($0).path } ?? "") }
        mayVote = viewer.can(.keepCouncilRecords) && m.quorumMet
        (motionsUrl, listUrl) = (ParticipationPath.meetingMotions(m.id).path, ParticipationPath.council.path)
        self.error = views.message(error, locale)
    }
}

/// The portal's proposals: the form and every proposal's title and status, names masked.
struct PortalProposalsPage: PageModel {
    struct Row: Encodable, Sendable { let title: String, unitCode: String, proposer: String, status: String, on: String }
    let proposals: [Row]
    let communities: [PageChoice]
    /// The streets to pick first where a city's communities are too many for one list, and the one picked.
    let streets: [PageChoice], hasStreets: Bool, street: String, streetFirst: Bool
    let title: String, body: String, proposerName: String
    let url: String
    let sent: Bool
    let error: String?

    init(_ items: [Proposal], choice: ProposalService.CommunityChoice, values: [String: String], sent: Bool, error: AppError?, views: ViewRenderer,
         locale: AppLocale) {
        proposals = items.map { Row(title: $0.title, unitCode: $0.unitCode, proposer: MaskedName.of($0.proposerName),
                                    status: views.t("proposal_status_\($0.status.rawValue)", locale), on: Day(date: $0.createdAt).description) }
        communities = choice.communities.map { PageChoice(value: $0.code, label: $0.name, selected: $0.code == values["unit_code"]) }
        streets = choice.streets.map { PageChoice(value: $0.code, label: $0.name, selected: $0.code == choice.street) }
        (hasStreets, street, streetFirst) = (!streets.isEmpty, choice.street ?? "", !choice.streets.isEmpty && choice.street == nil)
        (title, body, proposerName) = (values["title"] ?? "", values["body"] ?? "", values["proposer_name"] ?? "")
        url = ParticipationPath.portalProposals.path
        self.sent = sent
        self.error = views.message(error, locale)
    }
}
