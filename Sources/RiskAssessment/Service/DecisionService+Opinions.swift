import Foundation
import Kernel
import SQLKit

/// Forums and hearings, surveys, and the cases linked to a decision for its follow-up.
extension DecisionService {
    public struct SessionInput: Sendable {
        public var id: String?, kind: String, heldOn: String, place: String, participants: String, attendance: Int?, summary: String?

        public init(id: String?, kind: String, heldOn: String, place: String, participants: String, attendance: Int?, summary: String?) {
            self.id = id
            self.kind = kind
            self.heldOn = heldOn
            self.place = place
            self.participants = participants
            self.attendance = attendance
            self.summary = summary
        }
    }

    /// A forum is recorded at once (held, with its summary). A hearing is announced first, its
    /// date at least the notice days ahead and its participants published on the portal; once
    /// held (with its id) its attendance and summary are recorded.
    public func saveSession(_ input: SessionInput, on d: Decision, by actor: StaffContext) async throws -> OpinionSession {
        guard actor.staff.can(.runDecisions) else { throw AppError.forbiddenAction }
        guard [.proposed, .participation].contains(d.stage) else { throw AppError.conflict("decision_error_transition", ["session", d.stage.rawValue]) }
        let now = clock.now(), today = Day(date: now), store = self.store
        let summary = input.summary?.trimmed.nilIfBlank
        guard (summary?.count ?? 0) <= 20_000 else { throw AppError.invalid("decision_error_too_long", ["20000"]) }
        if let attendance = input.attendance, !(0...100_000).contains(attendance) { throw AppError.invalid("decision_error_attendance") }
        if let id = input.id?.nilIfBlank {
            let sessions = try await database.read { try await store.sessions(of: d.id, on: $0) }
            guard let hearing = sessions.first(where: { $0.id == id }) else { throw AppError.notFound }
            guard hearing.heldOn <= today else { throw AppError.conflict("decision_error_hearing_not_held", [hearing.heldOn.description]) }
            guard let summary, let attendance = input.attendance else { throw AppError.invalid("decision_error_session_record") }
            let event = actor.audit("decision.hearing_record", "decision", d.id, detail: id)
            try await database.transaction { sql in
                guard try await store.recordSession(id: id, decisionId: d.id, attendance: attendance, summary: summary, at: now, on: sql) else {
                    throw AppError.conflict("decision_error_session_recorded")
                }
                try await AuditLog().append(event, at: now, on: sql)
            }
            var recorded = hearing
            (recorded.attendance, recorded.summary, recorded.recordedAt) = (attendance, summary, now)
            return recorded
        }
        guard let kind = OpinionSession.Kind(rawValue: input.kind.trimmed) else { throw AppError.invalid("decision_error_session_kind", [input.kind]) }
        guard let heldOn = Day(input.heldOn.trimmed) else { throw AppError.invalid("decision_error_session_date") }
        let place = input.place.trimmed, participants = input.participants.trimmed
        guard !place.isEmpty, place.count <= 200 else { throw AppError.invalid("decision_error_session_place") }
        guard !participants.isEmpty, participants.count <= 4_000 else { throw AppError.invalid("decision_error_session_participants") }
        var session = OpinionSession(id: RecordID.make(now: now), decisionId: d.id, kind: kind, heldOn: heldOn, place: place, participants: participants,
                                     announcedAt: nil, attendance: nil, summary: nil, recordedAt: nil, createdAt: now)
        switch kind {
        case .forum:
            guard heldOn <= today else { throw AppError.invalid("decision_error_session_date") }
            guard let summary else { throw AppError.invalid("decision_error_session_record") }
            (session.attendance, session.summary, session.recordedAt) = (input.attendance, summary, now)
        case .hearing:
            let notice = try await settings().hearingNoticeDays
            guard heldOn >= today.adding(days: notice) else { throw AppError.invalid("decision_error_hearing_notice", [String(notice)]) }
            session.announcedAt = now
        }
        let event = actor.audit("decision.\(kind.rawValue)", "decision", d.id, detail: heldOn.description)
        try await database.transaction { [session] sql in
            try await store.insertSession(session, by: actor.staff.id, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return session
    }

    public func sessions(of d: Decision) async throws -> [OpinionSession] {
        let store = self.store
        return try await database.read { try await store.sessions(of: d.id, on: $0) }
    }

    public struct SurveyInput: Sendable {
        public var title: String, questions: String, respondents: Int, tally: [Attitude: Int], notes: String

        public init(title: String, questions: String, respondents: Int, tally: [Attitude: Int], notes: String) {
            self.title = title
            self.questions = questions
            self.respondents = respondents
            self.tally = tally
            self.notes = notes
        }
    }

    /// A tallied questionnaire: its answers to the attitude question count toward acceptance and the level.
    public func addSurvey(_ input: SurveyInput, on d: Decision, by actor: StaffContext) async throws -> OpinionSurvey {
        guard actor.staff.can(.runDecisions) else { throw AppError.forbiddenAction }
        guard d.stage.isOpen, d.concludedAt == nil || d.level == .medium else { throw AppError.conflict("decision_error_closed") }
        let title = input.title.trimmed, questions = input.questions.trimmed, notes = input.notes.trimmed
        guard !title.isEmpty, title.count <= 200 else { throw AppError.invalid("decision_error_survey_title") }
        guard questions.count <= 20_000, notes.count <= 20_000 else { throw AppError.invalid("decision_error_too_long", ["20000"]) }
        guard (1...1_000_000).contains(input.respondents), input.tally.values.allSatisfy({ (0...1_000_000).contains($0) }),
              input.tally.values.reduce(0, +) <= input.respondents else { throw AppError.invalid("decision_error_survey_tally") }
        let now = clock.now(), store = self.store
        let survey = OpinionSurvey(id: RecordID.make(now: now), decisionId: d.id, title: title, questions: questions, respondents: input.respondents,
                                   tally: input.tally, notes: notes, createdAt: now)
        let event = actor.audit("decision.survey", "decision", d.id, detail: "\(input.respondents)")
        try await database.transaction { sql in
            try await store.insertSurvey(survey, by: actor.staff.id, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return survey
    }

    public func surveys(of d: Decision) async throws -> [OpinionSurvey] {
        let store = self.store
        return try await database.read { try await store.surveys(of: d.id, on: $0) }
    }

    /// Links a work order, petition or dispute (by its number, within the caller's scope) that arose from the decision.
    public func link(caseType: String, number: String, to d: Decision, by actor: StaffContext) async throws -> DecisionLink {
        guard actor.staff.can(.runDecisions) else { throw AppError.forbiddenAction }
        guard let lookup = cases.first(where: { $0.caseType == caseType.trimmed }) else { throw AppError.invalid("decision_error_case_type", [caseType]) }
        let number = number.trimmed.uppercased()
        guard !number.isEmpty, number.count <= 64, let caseId = try await lookup.find(number: number, within: actor.scope) else {
            throw AppError.invalid("decision_error_case_number", [String(number.prefix(64))])
        }
        let now = clock.now(), store = self.store
        let link = DecisionLink(caseType: lookup.caseType, caseId: caseId, number: number, linkedAt: now)
        let event = actor.audit("decision.link", "decision", d.id, detail: "\(lookup.caseType) \(number)")
        try await database.transaction { sql in
            guard try await store.link(link, to: d.id, by: actor.staff.id, on: sql) else { throw AppError.conflict("decision_error_linked") }
            try await AuditLog().append(event, at: now, on: sql)
        }
        return link
    }

    public func links(of d: Decision) async throws -> [DecisionLink] {
        let store = self.store
        return try await database.read { try await store.links(of: d.id, on: $0) }
    }

    /// Linked cases per kind, every kind named (zero where none).
    public func linkCounts(_ links: [DecisionLink]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: cases.map { lookup in (lookup.caseType, links.filter { $0.caseType == lookup.caseType }.count) })
    }
}
