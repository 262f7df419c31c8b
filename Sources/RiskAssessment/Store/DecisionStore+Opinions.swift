import Foundation
import Kernel
import SQLKit

/// SQL for forums and hearings, surveys, and links to the cases a decision gave rise to.
extension DecisionStore {
    struct SessionRow: Decodable {
        let id: String, decision_id: String, kind: String, held_on: String, place: String, participants: String, announced_at: Int64?
        let attendance: Int?, summary: String?, recorded_at: Int64?, created_at: Int64
        var session: OpinionSession {
            OpinionSession(id: id, decisionId: decision_id, kind: OpinionSession.Kind(rawValue: kind) ?? .forum,
                           heldOn: Day(held_on) ?? Day(date: Date(epochSeconds: created_at)), place: place, participants: participants,
                           announcedAt: announced_at.map(Date.init(epochSeconds:)), attendance: attendance, summary: summary,
                           recordedAt: recorded_at.map(Date.init(epochSeconds:)), createdAt: Date(epochSeconds: created_at))
        }
    }

    func sessions(of decisionId: String, on sql: any SQLDatabase) async throws -> [OpinionSession] {
        try await sql.select().columns("id", "decision_id", "kind", "held_on", "place", "participants", "announced_at", "attendance", "summary",
                                       "recorded_at", "created_at")
            .from("decision_sessions").where("decision_id", .equal, decisionId).orderBy("held_on").orderBy("id").all(decoding: SessionRow.self).map(\.session)
    }

    func insertSession(_ s: OpinionSession, by staffId: String, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "decision_sessions")
            .columns("id", "decision_id", "kind", "held_on", "place", "participants", "announced_at", "attendance", "summary", "recorded_at", "created_by", "created_at")
            .values(SQLBind(s.id), SQLBind(s.decisionId), SQLBind(s.kind.rawValue), SQLBind(s.heldOn.description), SQLBind(s.place), SQLBind(s.participants),
                    SQLBind(s.announcedAt?.epochSeconds), SQLBind(s.attendance), SQLBind(s.summary), SQLBind(s.recordedAt?.epochSeconds), SQLBind(staffId),
                    SQLBind(s.createdAt.epochSeconds)).run()
    }

    /// Writes a hearing's record once; false when there is no such hearing or it has its record.
    func recordSession(id: String, decisionId: String, attendance: Int, summary: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("decision_sessions").set("attendance", to: attendance).set("summary", to: summary).set("recorded_at", to: now.epochSeconds)
            .where("id", .equal, id).where("decision_id", .equal, decisionId).where("summary", .is, SQLLiteral.null)
            .returning("id").all().count == 1
    }

    struct SurveyRow: Decodable {
        let id: String, decision_id: String, title: String, questions: String, respondents: Int, support: Int, neutral: Int, object: Int
        let strongly_object: Int, notes: String, created_at: Int64
        var survey: OpinionSurvey {
            OpinionSurvey(id: id, decisionId: decision_id, title: title, questions: questions, respondents: respondents,
                          tally: [.support: support, .neutral: neutral, .object: object, .stronglyObject: strongly_object], notes: notes,
                          createdAt: Date(epochSeconds: created_at))
        }
    }

    func surveys(of decisionId: String, on sql: any SQLDatabase) async throws -> [OpinionSurvey] {
        try await sql.select().columns("id", "decision_id", "title", "questions", "respondents", "support", "neutral", "object", "strongly_object", "notes", "created_at")
            .from("decision_surveys").where("decision_id", .equal, decisionId).orderBy("created_at").orderBy("id").all(decoding: SurveyRow.self).map(\.survey)
    }

    func insertSurvey(_ s: OpinionSurvey, by staffId: String, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "decision_surveys")
            .columns("id", "decision_id", "title", "questions", "respondents", "support", "neutral", "object", "strongly_object", "notes", "created_by", "created_at")
            .values(SQLBind(s.id), SQLBind(s.decisionId), SQLBind(s.title), SQLBind(s.questions), SQLBind(s.respondents), SQLBind(s.tally[.support] ?? 0),
                    SQLBind(s.tally[.neutral] ?? 0), SQLBind(s.tally[.object] ?? 0), SQLBind(s.tally[.stronglyObject] ?? 0), SQLBind(s.notes),
                    SQLBind(staffId), SQLBind(s.createdAt.epochSeconds)).run()
    }

    struct LinkRow: Decodable {
        let case_type: String, case_id: String, number: String, linked_at: Int64
        var link: DecisionLink { DecisionLink(caseType: case_type, caseId: case_id, number: number, linkedAt: Date(epochSeconds: linked_at)) }
    }

    func links(of decisionId: String, on sql: any SQLDatabase) async throws -> [DecisionLink] {
        try await sql.select().columns("case_type", "case_id", "number", "linked_at").from("decision_links").where("decision_id", .equal, decisionId)
            .orderBy("case_type").orderBy("linked_at").all(decoding: LinkRow.self).map(\.link)
    }

    /// Links a case once; false when it is linked already.
    func link(_ l: DecisionLink, to decisionId: String, by staffId: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.insert(into: "decision_links").columns("decision_id", "case_type", "case_id", "number", "linked_by", "linked_at")
            .values(SQLBind(decisionId), SQLBind(l.caseType), SQLBind(l.caseId), SQLBind(l.number), SQLBind(staffId), SQLBind(l.linkedAt.epochSeconds))
            .ignoringConflicts(with: ["decision_id", "case_type", "case_id"]).returning("decision_id").all().count == 1
    }
}
