import Foundation
import Kernel
import SQLKit

/// Public comments and their answers; the expert pool, drawing experts and their opinions.
extension DecisionService {
    public func comments(of d: Decision) async throws -> [DecisionComment] {
        let store = self.store
        return try await database.read { try await store.comments(of: d.id, on: $0) }
    }

    /// Which of a decision's comments a list shows: every one, or those still waiting for an answer.
    public enum CommentsShown: String, Sendable, CaseIterable {
        case all, unanswered
        public var labelKey: String { "decision_comments_\(rawValue)" }
    }

    /// A page of the decision's comments in the order they came, and how many `shown` holds: a city's renovation draws
    /// thousands, and every one of them was listed (and given its answer form) on every view of the decision.
    public func comments(of d: Decision, _ shown: CommentsShown, paging: Paging) async throws -> (items: [DecisionComment], total: Int) {
        let store = self.store
        return try await database.read {
            try await store.comments(of: d.id, unanswered: shown == .unanswered, limit: paging.limit, offset: paging.offset, on: $0)
        }
    }

    /// A page of the comments the portal publishes, newest first (a resident sent back to it finds theirs on top), and how
    /// many there are: a city's renovation draws thousands, and a public page listed them all on every read.
    public func publishedComments(of d: Decision, paging: Paging) async throws -> (items: [DecisionComment], total: Int) {
        let store = self.store
        return try await database.read {
            try await store.comments(of: d.id, unanswered: false, newestFirst: true, limit: paging.limit, offset: paging.offset, on: $0)
        }
    }

    /// How many comments `shown` holds.
    public func commentCount(of d: Decision, _ shown: CommentsShown) async throws -> Int {
        let store = self.store
        return try await database.read { try await store.commentCount(of: d.id, unanswered: shown == .unanswered, on: $0) }
    }

    /// A decision the public may read: in participation, or published.
    public func publicDecision(_ id: String) async throws -> Decision {
        let store = self.store
        guard let d = try await database.read({ try await store.find(id: id, on: $0) }), [.participation, .published].contains(d.stage) else {
            throw AppError.notFound
        }
        return d
    }

    public func publicList(limit: Int) async throws -> [Decision] {
        let store = self.store, now = clock.now()
        return try await database.read { sql in
            try await store.list(within: nil, .participation, now: now, limit: limit, offset: 0, on: sql).items
        }
    }

    /// A resident's comment from the portal, while the period runs; `limiter` counts it against the address.
    public func comment(on d: Decision, author: String, body: String, limiter: RateLimiter, from address: String) async throws -> DecisionComment {
        let now = clock.now()
        guard d.stage == .participation, let end = d.commentsEndAt, now <= end else { throw AppError.conflict("decision_error_comments_closed") }
        let author = author.trimmed, body = body.trimmed
        guard author.count <= 50 else { throw AppError.invalid("decision_error_author") }
        guard !body.isEmpty, body.count <= 4_000 else { throw AppError.invalid("decision_error_comment", ["4000"]) }
        try await limiter.spend([(limiter.limits.portalPerAddress, address)])
        let c = DecisionComment(id: RecordID.make(now: now), decisionId: d.id, author: author.isEmpty ? "—" : author, body: body, createdAt: now)
        let store = self.store
        try await database.transaction { try await store.addComment(c, on: $0) }
        return c
    }

    public func answer(comment commentId: String, on d: Decision, text: String, by actor: StaffContext) async throws {
        guard actor.staff.can(.runDecisions) else { throw AppError.forbiddenAction }
        let text = text.trimmed
        guard !text.isEmpty, text.count <= 4_000 else { throw AppError.invalid("decision_error_text") }
        let now = clock.now(), store = self.store
        let event = actor.audit("decision.answer", "decision", d.id, detail: commentId)
        try await database.transaction { sql in
            guard try await store.answer(commentId: commentId, decisionId: d.id, text: text, by: actor.staff.id, at: now, on: sql) else {
                throw AppError.conflict("decision_error_answered")
            }
            try await AuditLog().append(event, at: now, on: sql)
        }
    }

    public func experts(by actor: StaffContext, field: String?, paging: Paging) async throws -> (items: [Expert], total: Int) {
        let store = self.store, unit = actor.staff.unitCode
        return try await database.read { try await store.experts(visibleFrom: unit, field: field, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    public func addExpert(name: String, field: String, organisation: String, by actor: StaffContext) async throws -> Expert {
        guard actor.staff.can(.manageExperts) else { throw AppError.forbiddenAction }
        let name = name.trimmed, field = field.trimmed, organisation = organisation.trimmed
        guard !name.isEmpty, name.count <= 50 else { throw AppError.invalid("decision_error_expert_name") }
        guard !field.isEmpty, field.count <= 50 else { throw AppError.invalid("decision_error_expert_field") }
        guard organisation.count <= 200 else { throw AppError.invalid("decision_error_too_long", ["200"]) }
        let now = clock.now(), store = self.store
        let expert = Expert(id: RecordID.make(now: now), name: name, field: field, organisation: organisation, unitCode: actor.staff.unitCode, active: true)
        let event = actor.audit("expert.create", "expert", expert.id, detail: field)
        try await database.transaction { sql in
            try await store.insertExpert(expert, at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return expert
    }

    public func drawn(for d: Decision) async throws -> [DrawnExpert] {
        let store = self.store
        return try await database.read { try await store.drawn(for: d.id, on: $0) }
    }

    /// Draws `count` experts of `field` at random from the pool the deciding unit may use,
    /// leaving out those already drawn; all of them when fewer are left.
    public func drawExperts(field: String, count: Int, for d: Decision, by actor: StaffContext) async throws -> [DrawnExpert] {
        guard actor.staff.can(.runDecisions) else { throw AppError.forbiddenAction }
        guard [.participation, .argumentation].contains(d.stage) else { throw AppError.conflict("decision_error_transition", ["draw_experts", d.stage.rawValue]) }
        guard (1...15).contains(count) else { throw AppError.invalid("decision_error_expert_count", ["15"]) }
        let field = field.trimmed, now = clock.now(), store = self.store
        let event = actor.audit("decision.draw_experts", "decision", d.id, detail: "\(field)×\(count)")
        try await database.transaction { sql in
            let pool = try await store.experts(visibleFrom: d.unitCode, field: field, limit: 1_000, offset: 0, on: sql).items
            let already = Set(try await store.drawn(for: d.id, on: sql).map(\.expert.id))
            let chosen = pool.filter { !already.contains($0.id) }.shuffled().prefix(count).map(\.id)
            guard !chosen.isEmpty else { throw AppError.invalid("decision_error_no_experts", [field]) }
            try await store.draw(chosen, for: d.id, at: now, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return try await drawn(for: d)
    }

    /// The expert's declaration of interests and, without a conflict, the written opinion.
    public func recordOpinion(expert expertId: String, conflict: Bool, note: String?, opinion: String?, on d: Decision, by actor: StaffContext) async throws {
        guard actor.staff.can(.runDecisions) else { throw AppError.forbiddenAction }
        let note = note?.trimmed.nilIfBlank, opinion = opinion?.trimmed.nilIfBlank
        if conflict, note == nil { throw AppError.invalid("decision_error_conflict_note") }
        if !conflict, opinion == nil { throw AppError.invalid("decision_error_opinion") }
        guard (note?.count ?? 0) <= 4_000, (opinion?.count ?? 0) <= 20_000 else { throw AppError.invalid("decision_error_too_long", ["20000"]) }
        let now = clock.now(), store = self.store
        let event = actor.audit("decision.expert_opinion", "decision", d.id, detail: "\(expertId) conflict=\(conflict)")
        try await database.transaction { sql in
            guard try await store.recordOpinion(decisionId: d.id, expertId: expertId, conflict: conflict, note: note, opinion: conflict ? nil : opinion, at: now, on: sql) else {
                throw AppError.conflict("decision_error_opinion_given")
            }
            try await AuditLog().append(event, at: now, on: sql)
        }
    }
}
