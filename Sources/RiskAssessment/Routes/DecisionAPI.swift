import Foundation
import Hummingbird
import Kernel

/// `/api/v1/decisions` and `/api/v1/experts`: the procedure, the assessment and its gate.
public enum DecisionAPI {
    struct Item: Encodable, Sendable {
        struct MeetingItem: Encodable, Sendable {
            let heldOn: String, attendees: String, minutes: String, votesFor: Int, votesAgainst: Int, votesAbstain: Int, chair: String, chairReason: String?
        }
        let id: String, number: String, title: String, kind: String, summary: String, unitCode: String, grids: [String], estimatedHouseholds: Int
        let leader: String, assessor: String, status: String, commentDays: Int?, shortPeriodReason: String?, commentsEndAt: Date?
        let participationClosedAt: Date?, argumentationClosedAt: Date?, concludedAt: Date?, conclusion: String?, riskLevel: String?
        let riskLevelRule: String?, assessmentRound: Int, legalitySubmittedAt: Date?, legalityReviewedAt: Date?, lawful: Bool?, meeting: MeetingItem?
        let decidedAt: Date?, publishedAt: Date?, dueAt: Date?, dueRule: String?, createdAt: Date
        /// Why the decision could not be taken now (empty once it could, or after the meeting).
        let gate: [String]

        init(_ d: Decision) {
            id = d.id
            number = d.number
            title = d.title
            kind = d.kind.rawValue
            summary = d.summary
            unitCode = d.unitCode
            grids = d.grids
            estimatedHouseholds = d.estimatedHouseholds
            leader = d.leader
            assessor = d.assessor
            status = d.stage.rawValue
            commentDays = d.commentDays
            shortPeriodReason = d.shortPeriodReason
            commentsEndAt = d.commentsEndAt
            participationClosedAt = d.participationClosedAt
            argumentationClosedAt = d.argumentationClosedAt
            concludedAt = d.concludedAt
            conclusion = d.conclusion?.rawValue
            riskLevel = d.level?.rawValue
            riskLevelRule = d.levelRule
            assessmentRound = d.assessmentRound
            legalitySubmittedAt = d.legalitySubmittedAt
            legalityReviewedAt = d.legalityReviewedAt
            lawful = d.lawful
            meeting = d.meeting.map { m in
                MeetingItem(heldOn: m.heldOn.description, attendees: m.attendees, minutes: m.minutes, votesFor: m.votesFor, votesAgainst: m.votesAgainst,
                            votesAbstain: m.votesAbstain, chair: m.chair.rawValue, chairReason: m.chairReason)
            }
            decidedAt = d.decidedAt
            publishedAt = d.publishedAt
            dueAt = d.dueAt
            dueRule = d.dueRule?.rawValue
            createdAt = d.createdAt
            gate = d.stage.isOpen ? DecisionGate.refusals(d).map(\.rawValue) : []
        }
    }

    struct CommentItem: Encodable, Sendable {
        let id: String, author: String, body: String, createdAt: Date, answer: String?, answeredAt: Date?
        init(_ c: DecisionComment) {
            id = c.id
            author = c.author
            body = c.body
            createdAt = c.createdAt
            answer = c.answer
            answeredAt = c.answeredAt
        }
    }

    struct ExpertItem: Encodable, Sendable {
        let id: String, name: String, field: String, organisation: String, unitCode: String
        init(_ e: Expert) {
            id = e.id
            name = e.name
            field = e.field
            organisation = e.organisation
            unitCode = e.unitCode
        }
    }

    struct DrawnItem: Encodable, Sendable {
        let expert: ExpertItem, conflict: Bool?, conflictNote: String?, opinion: String?, opinionAt: Date?
        init(_ d: DrawnExpert) {
            expert = ExpertItem(d.expert)
            conflict = d.conflict
            conflictNote = d.conflictNote
            opinion = d.opinion
            opinionAt = d.opinionAt
        }
    }

    struct RiskItem: Encodable, Sendable {
        let id: String, title: String, likelihood: Int, impact: Int, score: Int, mitigation: String, owner: String, status: String, updatedAt: Date
        init(_ r: RiskPoint) {
            id = r.id
            title = r.title
            likelihood = r.likelihood
            impact = r.impact
            score = r.score
            mitigation = r.mitigation
            owner = r.owner
            status = r.status.rawValue
            updatedAt = r.updatedAt
        }
    }

    struct SessionItem: Encodable, Sendable {
        let id: String, kind: String, heldOn: String, place: String, participants: String, announcedAt: Date?, attendance: Int?, summary: String?
        init(_ s: OpinionSession) {
            id = s.id
            kind = s.kind.rawValue
            heldOn = s.heldOn.description
            place = s.place
            participants = s.participants
            announcedAt = s.announcedAt
            attendance = s.attendance
            summary = s.summary
        }
    }

    struct SurveyItem: Encodable, Sendable {
        let id: String, title: String, questions: String, respondents: Int, tally: [String: Int], notes: String, createdAt: Date
        init(_ s: OpinionSurvey) {
            id = s.id
            title = s.title
            questions = s.questions
            respondents = s.respondents
            tally = Dictionary(uniqueKeysWithValues: Attitude.allCases.map { ($0.rawValue, s.tally[$0] ?? 0) })
            notes = s.notes
            createdAt = s.createdAt
        }
    }

    struct LinkItem: Encodable, Sendable {
        let caseType: String, caseId: String, number: String, linkedAt: Date
        init(_ l: DecisionLink) {
            caseType = l.caseType
            caseId = l.caseId
            number = l.number
            linkedAt = l.linkedAt
        }
    }

    struct Detail: Encodable, Sendable {
        /// The first page of the comments in the order they came, `comments_total` of them in all, `unanswered_comments` still
        /// waiting (`/api/v1/decisions/{decision}/comments` pages through them).
        let decision: Item, events: [CaseStepItem], notices: [CaseNoticeItem], comments: [CommentItem], commentsTotal: Int, unansweredComments: Int
        let experts: [DrawnItem], risks: [RiskItem]
        let sessions: [SessionItem], surveys: [SurveyItem], links: [LinkItem]
        /// Work orders, petitions and disputes linked to the decision, by kind.
        let linkedCases: [String: Int]
    }

    struct AssessmentItem: Encodable, Sendable {
        let decisionId: String, affectedHouseholds: Int, householdsVisited: Int, respondents: Int, visitRate: Double?, minimumVisitRate: Double
        let attitudes: [String: Int], worstRiskScore: Int?, indices: AssessmentIndices, weights: [Double], riskLevel: String, riskLevelRule: String
        let provisional: Bool, conclusion: String?, assessmentRound: Int, risks: [RiskItem], gate: [String]

        init(_ a: DecisionService.Assessment) {
            decisionId = a.decision.id
            affectedHouseholds = a.figures.affectedHouseholds
            householdsVisited = a.figures.visited
            respondents = a.figures.respondents
            visitRate = a.figures.visitRate.map { ($0 * 10_000).rounded() / 10_000 }
            minimumVisitRate = a.settings.minimumVisitRate
            attitudes = Dictionary(uniqueKeysWithValues: Attitude.allCases.map { ($0.rawValue, a.figures.attitudes[$0] ?? 0) })
            worstRiskScore = a.figures.worstRiskScore
            indices = a.indices
            weights = a.settings.weights
            riskLevel = a.level.rawValue
            riskLevelRule = a.levelRule
            provisional = a.provisional
            conclusion = a.decision.conclusion?.rawValue
            assessmentRound = a.decision.assessmentRound
            risks = a.risks.map(RiskItem.init)
            gate = a.decision.stage.isOpen ? a.refusals.map(\.rawValue) : []
        }
    }

    struct VisitItem: Encodable, Sendable {
        let householdId: String, gridCode: String, attitude: String, concerns: String, visitedAt: Date
        init(_ v: Visit) {
            householdId = v.householdId
            gridCode = v.gridCode
            attitude = v.attitude.rawValue
            concerns = v.concerns
            visitedAt = v.visitedAt
        }
    }

    struct NewDecision: Decodable {
        let title: String, kind: String, summary: String, unitCode: String?, affectedUnits: [String], estimatedHouseholds: Int?, leader: String, assessor: String
    }
    struct NewVisit: Decodable { let householdId: String; let attitude: String; let concerns: String? }
    struct NewRisk: Decodable {
        let id: String?; let title: String; let likelihood: Int; let impact: Int; let mitigation: String?; let owner: String?; let status: String?
    }
    struct NewExpert: Decodable { let name: String; let field: String; let organisation: String? }
    struct Draw: Decodable { let field: String; let count: Int? }
    struct Opinion: Decodable { let expertId: String; let conflict: Bool; let conflictNote: String?; let opinion: String? }
    struct Answer: Decodable { let commentId: String; let text: String }

    static func selection(_ value: String?) throws -> DecisionStore.Selection {
        guard let value = value?.nilIfBlank else { return .open }
        guard let selection = DecisionStore.Selection(rawValue: value) else { throw AppError.invalid("decision_error_selection", [value]) }
        return selection
    }

    struct NewSession: Decodable {
        let id: String?; let kind: String?; let heldOn: String?; let place: String?; let participants: String?; let attendance: Int?; let summary: String?
    }
    struct NewSurvey: Decodable {
        let title: String; let questions: String?; let respondents: Int; let tally: [String: Int]; let notes: String?
    }
    struct NewLink: Decodable { let caseType: String; let number: String }

    static func detail(_ d: Decision, service: DecisionService) async throws -> Detail {
        let links = try await service.links(of: d), first = Paging(limit: 100, offset: 0)
        let comments = try await service.comments(of: d, .all, paging: first), unanswered = try await service.commentCount(of: d, .unanswered)
        return Detail(decision: Item(d), events: try await service.events(of: d).map(CaseStepItem.init),
                      notices: try await service.notices(of: d).map(CaseNoticeItem.init), comments: comments.items.map(CommentItem.init),
                      commentsTotal: comments.total, unansweredComments: unanswered, experts: try await service.drawn(for: d).map(DrawnItem.init),
                      risks: try await service.risks(of: d).map(RiskItem.init),
                      sessions: try await service.sessions(of: d).map(SessionItem.init), surveys: try await service.surveys(of: d).map(SurveyItem.init),
                      links: links.map(LinkItem.init), linkedCases: service.linkCounts(links))
    }

    /// A survey's tally by attitude; an unknown answer is refused, not dropped.
    static func tally(_ raw: [String: Int]) throws -> [Attitude: Int] {
        try Dictionary(uniqueKeysWithValues: raw.map { key, value in
            guard let attitude = Attitude(rawValue: key) else { throw AppError.invalid("decision_error_attitude", [key]) }
            return (attitude, value)
        })
    }

    public static func register(on routes: SecureRoutes, service: DecisionService) {
        routes.get("/api/v1/decisions", .permitted(.viewDecisions)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.list(by: context, try selection(request.uri.queryParameters.get("status")), paging: paging)
            return try Response.json(ListPage(items: items.map(Item.init), total: total, paging: paging))
        }
        routes.post("/api/v1/decisions", .permitted(.runDecisions)) { request, context in
            let body = try await request.decodeJSON(NewDecision.self, limit: 128 << 10)
            let d = try await service.propose(.init(title: body.title, kind: body.kind, summary: body.summary, unitCode: body.unitCode ?? context.staff.unitCode,
                                                    affectedUnits: body.affectedUnits, estimatedHouseholds: body.estimatedHouseholds ?? 0,
                                                    leader: body.leader, assessor: body.assessor), by: context)
            return try Response.json(Item(d), status: .created)
        }
        routes.get("/api/v1/decisions/{decision}", .permitted(.viewDecisions)) { _, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            return try Response.json(try await detail(d, service: service))
        }
        routes.post("/api/v1/decisions/{decision}/transitions", .permitted(.viewDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let step = try await request.decodeJSON(DecisionStepInput.self, limit: 64 << 10)
            return try Response.json(Item(try await service.apply(try step.decisionAction(), to: d, by: context)))
        }
        routes.post("/api/v1/decisions/{decision}/visits", .permitted(.recordVisits)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let body = try await request.decodeJSON(NewVisit.self, limit: 16 << 10)
            let visit = try await service.recordVisit(to: d, household: body.householdId, attitude: body.attitude, concerns: body.concerns ?? "", by: context)
            return try Response.json(VisitItem(visit), status: .created)
        }
        routes.post("/api/v1/decisions/{decision}/risks", .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let body = try await request.decodeJSON(NewRisk.self, limit: 16 << 10)
            let risk = try await service.saveRisk(.init(id: body.id, title: body.title, likelihood: body.likelihood, impact: body.impact,
                                                        mitigation: body.mitigation ?? "", owner: body.owner ?? "", status: body.status), on: d, by: context)
            return try Response.json(RiskItem(risk), status: body.id == nil ? .created : .ok)
        }
        routes.get("/api/v1/decisions/{decision}/assessment", .permitted(.viewDecisions)) { _, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            return try Response.json(AssessmentItem(try await service.assessment(of: d, by: context)))
        }
        routes.post("/api/v1/decisions/{decision}/experts", .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let body = try await request.decodeJSON(Draw.self, limit: 4 << 10)
            let drawn = try await service.drawExperts(field: body.field, count: body.count ?? 3, for: d, by: context)
            return try Response.json(ListPage(items: drawn.map(DrawnItem.init), total: drawn.count, paging: Paging(limit: max(drawn.count, 1), offset: 0)),
                                     status: .created)
        }
        routes.post("/api/v1/decisions/{decision}/expert-opinions", .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let body = try await request.decodeJSON(Opinion.self, limit: 64 << 10)
            try await service.recordOpinion(expert: body.expertId, conflict: body.conflict, note: body.conflictNote, opinion: body.opinion, on: d, by: context)
            return try Response.json(try await detail(d, service: service), status: .created)
        }
        routes.get("/api/v1/decisions/{decision}/comments", .permitted(.viewDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let shown = try request.queryEnum("show", DecisionService.CommentsShown.self, invalidKey: "decision_error_comments_shown") ?? .all
            let paging = try Paging(request, defaultLimit: 100)
            let (items, total) = try await service.comments(of: d, shown, paging: paging)
            return try Response.json(ListPage(items: items.map(CommentItem.init), total: total, paging: paging))
        }
        routes.post("/api/v1/decisions/{decision}/comment-answers", .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let body = try await request.decodeJSON(Answer.self, limit: 16 << 10)
            try await service.answer(comment: body.commentId, on: d, text: body.text, by: context)
            // The comments still waiting, a page of them (every comment was listed again after each answer).
            let first = Paging(limit: 100, offset: 0), (items, total) = try await service.comments(of: d, .unanswered, paging: first)
            return try Response.json(ListPage(items: items.map(CommentItem.init), total: total, paging: first), status: .created)
        }
        routes.post("/api/v1/decisions/{decision}/sessions", .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let b = try await request.decodeJSON(NewSession.self, limit: 64 << 10)
            let session = try await service.saveSession(.init(id: b.id, kind: b.kind ?? "", heldOn: b.heldOn ?? "", place: b.place ?? "",
                                                              participants: b.participants ?? "", attendance: b.attendance, summary: b.summary), on: d, by: context)
            return try Response.json(SessionItem(session), status: b.id == nil ? .created : .ok)
        }
        routes.post("/api/v1/decisions/{decision}/surveys", .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let b = try await request.decodeJSON(NewSurvey.self, limit: 64 << 10)
            let survey = try await service.addSurvey(.init(title: b.title, questions: b.questions ?? "", respondents: b.respondents, tally: try tally(b.tally),
                                                           notes: b.notes ?? ""), on: d, by: context)
            return try Response.json(SurveyItem(survey), status: .created)
        }
        routes.post("/api/v1/decisions/{decision}/links", .permitted(.runDecisions)) { request, context in
            let d = try await service.find(try context.parameters.require("decision"), by: context)
            let b = try await request.decodeJSON(NewLink.self, limit: 4 << 10)
            return try Response.json(LinkItem(try await service.link(caseType: b.caseType, number: b.number, to: d, by: context)), status: .created)
        }
        routes.get("/api/v1/experts", .permitted(.runDecisions)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.experts(by: context, field: request.uri.queryParameters.get("field")?.nilIfBlank, paging: paging)
            return try Response.json(ListPage(items: items.map(ExpertItem.init), total: total, paging: paging))
        }
        routes.post("/api/v1/experts", .permitted(.manageExperts)) { request, context in
            let body = try await request.decodeJSON(NewExpert.self, limit: 8 << 10)
            let e = try await service.addExpert(name: body.name, field: body.field, organisation: body.organisation ?? "", by: context)
            return try Response.json(ExpertItem(e), status: .created)
        }
        routes.get("/api/v1/assessment-settings", .permitted(.viewDecisions)) { _, _ in
            try Response.json(try await service.settings())
        }
        routes.post("/api/v1/assessment-settings", .permitted(.configureAssessment)) { request, context in
            let body = try await request.decodeJSON(AssessmentSettings.self, limit: 16 << 10)
            return try Response.json(try await service.saveSettings(body, by: context))
        }
    }
}
