import Foundation
import Kernel

/// `portal_decisions.mustache`: decisions open to the public, for residents.
struct PortalDecisionsPage: PageModel {
    struct Row: Encodable, Sendable { let url: String, number: String, title: String, kind: String, commentsEnd: String }
    let decisions: [Row]

    init(_ items: [Decision], views: ViewRenderer, locale: AppLocale) {
        decisions = items.map { d in
            Row(url: DecisionPath.portal(d.id).path, number: d.number, title: d.title, kind: views.t(d.kind.labelKey, locale),
                commentsEnd: d.commentsEndAt.map(TimeLeft.clock) ?? "")
        }
    }
}

/// `portal_decision.mustache`: one decision with its hearings, the comment form while
/// participation is open, and a page of the comments with their published answers (commenters' names masked).
struct PortalDecisionPage: PageModel {
    struct Head: Encodable, Sendable { let number: String, title: String, summary: String, kind: String, stage: String, commentsEnd: String, commentUrl: String }
    struct Comment: Encodable, Sendable { let author: String, body: String, at: String, answer: String }
    struct Hearing: Encodable, Sendable { let heldOn: String, place: String, participants: String, summary: String }
    let d: Head
    let open: Bool
    let comments: [Comment]
    let pager: PagePager
    let hearings: [Hearing]
    let hasHearings: Bool, sent: Bool
    let author: String, body: String
    let error: String?

    init(_ decision: Decision, comments: [DecisionComment], pager: PagePager, sessions: [OpinionSession], sent: Bool,
         values: [String: String], error: AppError?, views: ViewRenderer, locale: AppLocale, now: Date) {
        d = Head(number: decision.number, title: decision.title, summary: decision.summary, kind: views.t(decision.kind.labelKey, locale),
                 stage: views.t(decision.stage.labelKey, locale), commentsEnd: decision.commentsEndAt.map(TimeLeft.clock) ?? "",
                 commentUrl: DecisionPath.portalComments(decision.id).path)
        open = decision.stage == .participation && (decision.commentsEndAt.map { now <= $0 } ?? false)
        self.comments = comments.map { c in
            Comment(author: c.author == "—" ? c.author : MaskedName.of(c.author), body: c.body, at: TimeLeft.clock(c.createdAt), answer: c.answer ?? "")
        }
        self.pager = pager
        hearings = sessions.filter { $0.kind == .hearing }.map { h in
            Hearing(heldOn: h.heldOn.description, place: h.place, participants: h.participants, summary: h.summary ?? "")
        }
        hasHearings = !hearings.isEmpty
        self.sent = sent
        (author, body) = (values["author"] ?? "", values["body"] ?? "")
        self.error = views.message(error, locale)
    }
}
