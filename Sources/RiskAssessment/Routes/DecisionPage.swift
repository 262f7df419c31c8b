import Foundation
import Kernel

/// `decision.mustache`: one decision's procedure: the gate checklist, the steps the viewer may take,
/// the assessment and its risks, comments, experts, forums and hearings, surveys, linked cases,
/// notices and history.
struct DecisionPage: PageModel {
    struct GateLine: Encodable, Sendable { let label: String, ok: Bool, code: String }
    struct Step: Encodable, Sendable {
        let name: String, step: String, url: String, label: String, textLabel: String
        let needsDays: Bool, needsScores: Bool, needsLawful: Bool, needsMeeting: Bool
        let conclusions: [PageChoice]
    }
    struct Comment: Encodable, Sendable { let id: String, author: String, body: String, at: String, answer: String, mayAnswer: Bool }
    struct Expert: Encodable, Sendable {
        let id: String, name: String, field: String, organisation: String, conflict: Bool, conflictNote: String, opinion: String, pending: Bool, mayRecord: Bool
    }
    struct Score: Encodable, Sendable { let value: String, selected: Bool }
    struct Risk: Encodable, Sendable {
        let id: String, title: String, likelihood: String, impact: String, score: String, mitigation: String, owner: String, status: String, statusValue: String
        let likelihoods: [Score], impacts: [Score]
        let statuses: [PageChoice]
    }
    struct Session: Encodable, Sendable {
        let id: String, kind: String, heldOn: String, place: String, participants: String, attendance: String, summary: String, announced: String, mayRecord: Bool
    }
    struct Survey: Encodable, Sendable { let title: String, respondents: String, questions: String, notes: String, tally: [LabelledCount] }
    struct AttitudeField: Encodable, Sendable { let name: String, label: String }
    struct Link: Encodable, Sendable { let type: String, number: String, at: String }
    struct LinkCount: Encodable, Sendable { let type: String, count: String }

    let d: DecisionRecord
    let a: AssessmentFiguresRow
    let gate: [GateLine]
    let gateOpen: Bool, gatePasses: Bool
    let steps: [Step]
    let hasSteps: Bool
    let chairs: [PageChoice]
    let today: String
    let comments: [Comment]
    /// The comments' lists (every one, those awaiting an answer) with their counts, and the pager through the one shown.
    let commentTabs: [PageTab]
    let commentsTotal: String, commentsPrev: String, commentsNext: String
    let experts: [Expert]
    let mayDraw: Bool
    let risks: [Risk]
    let sessions: [Session]
    let mayAddSessions: Bool
    let sessionKinds: [PageChoice]
    let surveys: [Survey]
    let mayAddSurveys: Bool
    let attitudeFields: [AttitudeField]
    let links: [Link]
    let linkCounts: [LinkCount]
    let caseTypes: [PageChoice]
    let mayLink: Bool, mayEditRisks: Bool, mayVisit: Bool
    let scores = (1...5).map(String.init)
    let events: [CaseHistoryRow], notices: [CaseNoticeRow]
    let hasNotices: Bool
    let historyId = "decision-events", noticesId = "decision-notices"
    let paths = DecisionPath.links
    let error: String?

    /// What the page shows besides the decision, read by the route through the service.
    struct Facts: Sendable {
        var assessment: DecisionService.Assessment
        var comments: [DecisionComment] = []
        var commentsShown = DecisionService.CommentsShown.all
        var commentCounts: [DecisionService.CommentsShown: Int] = [:]
        var commentsPager: [String: String] = [:]
        var drawn: [DrawnExpert] = []
        var sessions: [OpinionSession] = []
        var surveys: [OpinionSurvey] = []
        var links: [DecisionLink] = []
        var linkCounts: [String: Int] = [:]
        var caseTypes: [String] = []
        var history: [StepLog.Entry] = []
        var notices: [CaseNotice] = []
    }

    init(_ dec: Decision, facts f: Facts, viewer: Staff, error: AppError?, now: Date, views: ViewRenderer, locale: AppLocale) {
        func t(_ key: String, _ args: [String] = []) -> String { views.t(key, locale, args) }
        let runs = viewer.can(.runDecisions) && dec.stage.isOpen
        let refusals = Set(f.assessment.refusals)
        let today = Day(date: now)
        d = DecisionRecord(dec, now: now, views: views, locale: locale)
        a = AssessmentFiguresRow(f.assessment, views: views, locale: locale)
        gate = DecisionGate.Refusal.allCases.map { GateLine(label: t($0.checkKey), ok: !refusals.contains($0), code: $0.rawValue) }
        (gateOpen, gatePasses) = (dec.stage.isOpen, refusals.isEmpty)
        let offered = DecisionService.offeredSteps(dec, to: viewer)
        steps = offered.map { name in
            // The step_form partial posts `step` as the action to `url`.
            Step(name: name, step: name, url: DecisionPath.step(dec.id).path, label: t("decision_step_\(name)"), textLabel: t("decision_text_\(name)"),
                 needsDays: name == "open_participation", needsScores: ["conclude", "reassess"].contains(name), needsLawful: name == "review_legality",
                 needsMeeting: name == "decide",
                 conclusions: (name == "reassess" ? AssessedLevel.low.conclusions : Conclusion.allCases).map { PageChoice(value: $0.rawValue, label: t($0.labelKey)) })
        }
        hasSteps = !offered.isEmpty
        chairs = ChairDecision.allCases.map { PageChoice(value: $0.rawValue, label: t($0.labelKey)) }
        self.today = today.description
        comments = f.comments.map { Comment(id: $0.id, author: $0.author, body: $0.body, at: TimeLeft.clock($0.createdAt), answer: $0.answer ?? "",
                                            mayAnswer: runs && $0.answer == nil) }
        commentTabs = DecisionService.CommentsShown.allCases.map {
            PageTab(value: $0.rawValue, label: "\(t($0.labelKey)) \(f.commentCounts[$0] ?? 0)", active: $0 == f.commentsShown)
        }
        commentsTotal = views.t("pager_total", locale, [String(f.commentCounts[f.commentsShown] ?? 0)])
        (commentsPrev, commentsNext) = (f.commentsPager["prev"] ?? "", f.commentsPager["next"] ?? "")
        experts = f.drawn.map { e in
            Expert(id: e.expert.id, name: e.expert.name, field: e.expert.field, organisation: e.expert.organisation, conflict: e.conflict == true,
                   conflictNote: e.conflictNote ?? "", opinion: e.opinion ?? "", pending: e.conflict == nil, mayRecord: runs && e.conflict == nil)
        }
        mayDraw = runs && [.participation, .argumentation].contains(dec.stage)
        risks = f.assessment.risks.map { r in
            Risk(id: r.id, title: r.title, likelihood: String(r.likelihood), impact: String(r.impact), score: String(r.score), mitigation: r.mitigation,
                 owner: r.owner, status: t(r.status.labelKey), statusValue: r.status.rawValue,
                 likelihoods: (1...5).map { Score(value: String($0), selected: $0 == r.likelihood) },
                 impacts: (1...5).map { Score(value: String($0), selected: $0 == r.impact) },
                 statuses: RiskPoint.Status.allCases.map { PageChoice(value: $0.rawValue, label: t($0.labelKey), selected: $0 == r.status) })
        }
        sessions = f.sessions.map { s in
            Session(id: s.id, kind: t(s.kind.labelKey), heldOn: s.heldOn.description, place: s.place, participants: s.participants,
                    attendance: s.attendance.map(String.init) ?? "", summary: s.summary ?? "", announced: s.announcedAt.map(TimeLeft.clock) ?? "",
                    mayRecord: runs && !s.isRecorded && s.heldOn <= today)
        }
        mayAddSessions = runs && [.proposed, .participation].contains(dec.stage)
        sessionKinds = OpinionSession.Kind.allCases.map { PageChoice(value: $0.rawValue, label: t($0.labelKey)) }
        surveys = f.surveys.map { s in
            Survey(title: s.title, respondents: String(s.respondents), questions: s.questions, notes: s.notes,
                   tally: Attitude.allCases.map { LabelledCount(label: t($0.labelKey), count: String(s.tally[$0] ?? 0)) })
        }
        mayAddSurveys = runs && (dec.concludedAt == nil || dec.level == .medium)
        attitudeFields = Attitude.allCases.map { AttitudeField(name: "tally_\($0.rawValue)", label: t($0.labelKey)) }
        links = f.links.map { Link(type: t("decision_case_\($0.caseType)"), number: $0.number, at: TimeLeft.clock($0.linkedAt)) }
        linkCounts = f.linkCounts.sorted { $0.key < $1.key }.map { LinkCount(type: t("decision_case_\($0.key)"), count: String($0.value)) }
        caseTypes = f.caseTypes.map { PageChoice(value: $0, label: t("decision_case_\($0)")) }
        (mayLink, mayEditRisks, mayVisit) = (viewer.can(.runDecisions), runs, viewer.can(.recordVisits) && dec.stage.isOpen)
        events = views.historyRows(f.history, action: { t("decision_step_\($0)") },
                                   status: { DecisionStage(rawValue: $0).map { t($0.labelKey) } ?? $0 })
        notices = views.noticeRows(f.notices, locale: locale) { DecisionClock.Rule(rawValue: $0).map { t($0.labelKey) } }
        hasNotices = !f.notices.isEmpty
        self.error = error.map { t($0.messageKey, $0.args) }
    }
}
