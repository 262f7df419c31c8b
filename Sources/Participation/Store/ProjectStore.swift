import Foundation
import Kernel
import SQLKit

/// SQL for projects, their ledgers, disclosures, finishes and evaluations, and the settings.
public struct ProjectStore: Sendable {
    public init() {}

    static let columns = ["id", "unit_code", "title", "plan", "budget_fen", "ballot_id", "status", "round", "started_on", "finished_on", "accepted_on",
                          "created_by", "created_at"]

    struct Row: Decodable {
        let id: String, unit_code: String, title: String, plan: String, budget_fen: Int64, ballot_id: String?, status: String, round: Int
        let started_on: String, finished_on: String?, accepted_on: String?, created_by: String?, created_at: Int64
        var project: Project {
            Project(id: id, unitCode: unit_code, title: title, plan: plan, budgetFen: budget_fen, ballotId: ballot_id,
                    status: Project.Status(rawValue: status) ?? .inProgress, round: round, startedOn: Day(started_on) ?? Day(year: 1970, month: 1, day: 1),
                    finishedOn: finished_on.flatMap(Day.init), acceptedOn: accepted_on.flatMap(Day.init), createdBy: created_by,
                    createdAt: Date(epochSeconds: created_at))
        }
    }

    func insert(_ p: Project, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "projects").columns(Self.columns)
            .values(SQLBind(p.id), SQLBind(p.unitCode), SQLBind(p.title), SQLBind(p.plan), SQLBind(p.budgetFen), SQLBind(p.ballotId), SQLBind(p.status.rawValue),
                    SQLBind(p.round), SQLBind(p.startedOn.description), SQLBind(p.finishedOn?.description), SQLBind(p.acceptedOn?.description),
                    SQLBind(p.createdBy), SQLBind(p.createdAt.epochSeconds)).run()
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> Project? {
        try await sql.select().columns(Self.columns).from("projects").where("id", .equal, id).first(decoding: Row.self)?.project
    }

    /// Projects of units in `scope` (nil: every unit), newest first.
    func list(within scope: Scope?, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Project], total: Int) {
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
            let b = b.from("projects")
            return scope.map { b.where("unit_code", within: $0) } ?? b
        }
        let items = try await filtered(sql.select().columns(Self.columns)).orderBy("started_on", .descending).orderBy("id").limit(limit).offset(offset)
            .all(decoding: Row.self).map(\.project)
        return (items, try await sql.count(filtered))
    }

    /// Moves the project on only if it is still in the status the step was decided on.
    func advance(_ id: String, from: Project.Status, to p: Project, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("projects").set("status", to: p.status.rawValue).set("round", to: p.round).set("finished_on", to: p.finishedOn?.description)
            .set("accepted_on", to: p.acceptedOn?.description).where("id", .equal, id).where("status", .equal, from.rawValue).returning("id").all().count == 1
    }

    // MARK: ledger

    static let ledgerColumns = ["id", "project_id", "entry_on", "kind", "amount_fen", "voucher", "note", "entered_by", "entered_at"]

    struct LedgerRow: Decodable {
        let id: String, project_id: String, entry_on: String, kind: String, amount_fen: Int64, voucher: String, note: String, entered_by: String?, entered_at: Int64
        var entry: LedgerEntry {
            LedgerEntry(id: id, projectId: project_id, entryOn: Day(entry_on) ?? Day(year: 1970, month: 1, day: 1), kind: LedgerEntry.Kind(rawValue: kind) ?? .expense,
                        amountFen: amount_fen, voucher: voucher, note: note, enteredBy: entered_by, enteredAt: Date(epochSeconds: entered_at))
        }
    }

    func ledger(project id: String, on sql: any SQLDatabase) async throws -> [LedgerEntry] {
        try await sql.select().columns(Self.ledgerColumns).from("project_ledger").where("project_id", .equal, id).orderBy("entry_on").orderBy("entered_at")
            .orderBy("id").limit(10_000).all(decoding: LedgerRow.self).map(\.entry)
    }

    func insert(_ e: LedgerEntry, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "project_ledger").columns(Self.ledgerColumns)
            .values(SQLBind(e.id), SQLBind(e.projectId), SQLBind(e.entryOn.description), SQLBind(e.kind.rawValue), SQLBind(e.amountFen), SQLBind(e.voucher),
                    SQLBind(e.note), SQLBind(e.enteredBy), SQLBind(e.enteredAt.epochSeconds)).run()
    }

    /// Serialises the ledger's writers on PostgreSQL (SQLite has one writer already), so two
    /// expenses cannot both pass the balance check.
    func lock(project id: String, kind: DatabaseKind, on sql: any SQLDatabase) async throws {
        guard kind == .postgres else { return }
        try await sql.select().column("id").from("projects").where("id", .equal, id).for(.update).run()
    }

    // MARK: disclosures

    static let disclosureColumns = ["id", "project_id", "kind", "period", "content", "disclosed_on", "disclosed_by", "disclosed_at"]

    struct DisclosureRow: Decodable {
        let id: String, project_id: String, kind: String, period: String, content: String, disclosed_on: String, disclosed_by: String?, disclosed_at: Int64
        var disclosure: Disclosure {
            Disclosure(id: id, projectId: project_id, kind: DisclosureKind(rawValue: kind) ?? .general, period: period, content: content,
                       disclosedOn: Day(disclosed_on) ?? Day(year: 1970, month: 1, day: 1), disclosedBy: disclosed_by, disclosedAt: Date(epochSeconds: disclosed_at))
        }
    }

    func disclosures(project id: String, on sql: any SQLDatabase) async throws -> [Disclosure] {
        try await sql.select().columns(Self.disclosureColumns).from("project_disclosures").where("project_id", .equal, id).orderBy("disclosed_at")
            .orderBy("id").limit(10_000).all(decoding: DisclosureRow.self).map(\.disclosure)
    }

    /// False when that period was disclosed already.
    func insert(_ d: Disclosure, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.insert(into: "project_disclosures").columns(Self.disclosureColumns)
            .values(SQLBind(d.id), SQLBind(d.projectId), SQLBind(d.kind.rawValue), SQLBind(d.period), SQLBind(d.content), SQLBind(d.disclosedOn.description),
                    SQLBind(d.disclosedBy), SQLBind(d.disclosedAt.epochSeconds))
            .ignoringConflicts(with: ["project_id", "kind", "period"]).returning("id").all().count == 1
    }

    // MARK: finishes and evaluations

    static let eventColumns = ["id", "project_id", "kind", "round", "held_on", "satisfied", "basically_satisfied", "unsatisfied", "outcome", "note",
                               "recorded_by", "recorded_at"]

    struct EventRow: Decodable {
        let id: String, project_id: String, kind: String, round: Int, held_on: String, satisfied: Int?, basically_satisfied: Int?, unsatisfied: Int?
        let outcome: String?, note: String, recorded_by: String?, recorded_at: Int64
    }

    func events(project id: String, on sql: any SQLDatabase) async throws -> (finishes: [Day], evaluations: [Evaluation]) {
        let rows = try await sql.select().columns(Self.eventColumns).from("project_events").where("project_id", .equal, id).orderBy("round").orderBy("kind")
            .limit(1_000).all(decoding: EventRow.self)
        let finishes = rows.filter { $0.kind == "finish" }.compactMap { Day($0.held_on) }
        let evaluations = rows.filter { $0.kind == "evaluation" }.map { r in
            Evaluation(id: r.id, projectId: r.project_id, round: r.round, heldOn: Day(r.held_on) ?? Day(year: 1970, month: 1, day: 1), satisfied: r.satisfied ?? 0,
                       basicallySatisfied: r.basically_satisfied ?? 0, unsatisfied: r.unsatisfied ?? 0,
                       outcome: Evaluation.Outcome(rawValue: r.outcome ?? "") ?? .rework, note: r.note, recordedBy: r.recorded_by,
                       recordedAt: Date(epochSeconds: r.recorded_at))
        }
        return (finishes, evaluations)
    }

    func insertFinish(project id: String, round: Int, on day: Day, note: String, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "project_events").columns("id", "project_id", "kind", "round", "held_on", "note", "recorded_by", "recorded_at")
            .values(SQLBind(RecordID.make(now: now)), SQLBind(id), SQLBind("finish"), SQLBind(round), SQLBind(day.description), SQLBind(note), SQLBind(staffId),
                    SQLBind(now.epochSeconds)).run()
    }

    func insert(_ e: Evaluation, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "project_events").columns(Self.eventColumns)
            .values(SQLBind(e.id), SQLBind(e.projectId), SQLBind("evaluation"), SQLBind(e.round), SQLBind(e.heldOn.description), SQLBind(e.satisfied),
                    SQLBind(e.basicallySatisfied), SQLBind(e.unsatisfied), SQLBind(e.outcome.rawValue), SQLBind(e.note), SQLBind(e.recordedBy),
                    SQLBind(e.recordedAt.epochSeconds)).run()
    }

    // MARK: settings

    static let settingsRow = SettingsRow<ParticipationSettings>(table: "participation_settings")

    func settings(on sql: any SQLDatabase) async throws -> ParticipationSettings {
        try await Self.settingsRow.load(orDefault: ParticipationSettings(), on: sql)
    }

    func saveSettings(_ settings: ParticipationSettings, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws {
        try await Self.settingsRow.save(settings, by: staffId, at: now, on: sql)
    }
}
