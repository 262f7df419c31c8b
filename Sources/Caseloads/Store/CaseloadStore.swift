import Foundation
import Kernel
import SQLKit

/// SQL for caseloads, their contacts, leave requests, sanction proposals and visit tasks.
public struct CaseloadStore: Sendable {
    public init() {}

    static let history = StepLog(table: "caseload_events", parentColumn: "caseload_id")
    static let columns = ["id", "kind", "resident_id", "grid_code", "unit_code", "assigned_to", "status", "starts_on", "ends_on", "level", "reported_on",
                          "notice_on", "key_person", "met_on", "resettled_on", "reoffended_on", "youth_group", "plan", "open_due", "due_rule",
                          "created_by", "created_at"]

    struct Row: Decodable {
        let id: String, kind: String, resident_id: String, grid_code: String, unit_code: String, assigned_to: String, status: String
        let starts_on: String, ends_on: String?, level: String?, reported_on: String?, notice_on: String?, key_person: Int, met_on: String?
        let resettled_on: String?, reoffended_on: String?, youth_group: String?, plan: String, open_due: Int64?, due_rule: String?
        let created_by: String?, created_at: Int64

        var caseload: Caseload {
            Caseload(id: id, kind: CaseloadKind(rawValue: kind) ?? .youth, residentId: resident_id, gridCode: grid_code, assignedTo: assigned_to,
                     status: CaseloadStatus(rawValue: status) ?? .active, startsOn: Day(starts_on) ?? Day(year: 1970, month: 1, day: 1),
                     endsOn: ends_on.flatMap(Day.init), level: level.flatMap(SupervisionLevel.init), reportedOn: reported_on.flatMap(Day.init),
                     noticeOn: notice_on.flatMap(Day.init), keyPerson: key_person != 0, metOn: met_on.flatMap(Day.init),
                     resettledOn: resettled_on.flatMap(Day.init), reoffendedOn: reoffended_on.flatMap(Day.init),
                     youthGroup: youth_group.flatMap(YouthGroup.init), plan: plan, createdBy: created_by, createdAt: Date(epochSeconds: created_at),
                     dueAt: open_due.map(Date.init(epochSeconds:)), dueRule: due_rule)
        }
    }

    /// Moves with every write to the rules' settings, which the month's figures of every unit read; in the writer's
    /// transaction, as the units' below.
    static let changes = ChangeCounter("caseloads")
    static let unitChangesPrefix = "caseloads@"

    /// Moves with every write to a unit's caseloads or their contacts (a caseload stays in the unit it was opened in): the
    /// figures kept in `CaseloadService.figureCache` are counted again in the units whose counter moved.
    static func changes(in unit: String) -> ChangeCounter {
        ChangeCounter(unitChangesPrefix + unit)
    }

    /// Where the counters the figures watch stand.
    static func figureStamp(on sql: any SQLDatabase) async throws -> PartStamp {
        try await PartStamp.read(whole: changes, partsPrefix: unitChangesPrefix, on: sql)
    }

    func insert(_ c: Caseload, due: Duty?, on sql: any SQLDatabase) async throws {
        try await Self.changes(in: c.unitCode).bump(on: sql)
        try await sql.insert(into: "caseloads").columns(Self.columns)
            .values(SQLBind(c.id), SQLBind(c.kind.rawValue), SQLBind(c.residentId), SQLBind(c.gridCode), SQLBind(c.unitCode), SQLBind(c.assignedTo),
                    SQLBind(c.status.rawValue), SQLBind(c.startsOn.description), SQLBind(c.endsOn?.description), SQLBind(c.level?.rawValue),
                    SQLBind(c.reportedOn?.description), SQLBind(c.noticeOn?.description), SQLBind(c.keyPerson ? 1 : 0), SQLBind(c.metOn?.description),
                    SQLBind(c.resettledOn?.description), SQLBind(c.reoffendedOn?.description), SQLBind(c.youthGroup?.rawValue), SQLBind(c.plan),
                    SQLBind(due?.due.endDate.epochSeconds), SQLBind(due?.rule), SQLBind(c.createdBy), SQLBind(c.createdAt.epochSeconds))
            .run()
    }

    /// Writes the caseload's changeable fields and its clock, if it is still as `expected` left it.
    func update(_ c: Caseload, expected: Caseload, due: Duty?, on sql: any SQLDatabase) async throws -> Bool {
        try await Self.changes(in: c.unitCode).bump(on: sql)
        return try await sql.update("caseloads").set("assigned_to", to: c.assignedTo).set("status", to: c.status.rawValue)
            .set("ends_on", to: c.endsOn?.description).set("level", to: c.level?.rawValue).set("reported_on", to: c.reportedOn?.description)
            .set("met_on", to: c.metOn?.description).set("resettled_on", to: c.resettledOn?.description)
            .set("reoffended_on", to: c.reoffendedOn?.description).set("plan", to: c.plan)
            .set("open_due", to: c.status == .active ? due?.due.endDate.epochSeconds : nil).set("due_rule", to: c.status == .active ? due?.rule : nil)
            .where("id", .equal, c.id).where("status", .equal, expected.status.rawValue)
            .where("assigned_to", .equal, expected.assignedTo)
            .returning("id").all().count == 1
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> Caseload? {
        try await sql.select().columns(Self.columns).from("caseloads").where("id", .equal, id).first(decoding: Row.self)?.caseload
    }

    /// The caseloads a filter selects, by clock; the service narrows to what the viewer may see.
    struct Filter: Sendable {
        var assignedTo: String?
        /// Grid-code prefixes, any of which a caseload's grid may start with.
        var gridPrefixes: [String] = []
        var kinds: [CaseloadKind] = CaseloadKind.allCases
        var unitCode: String?
        /// Only caseloads of these units (the figures counted again where something was written).
        var units: [String]?
        var dueBefore: Int64?
        var status: CaseloadStatus? = .active
    }

    /// The rows of `caseloads` that `f` selects.
    static func filtered(_ f: Filter) -> @Sendable (SQLSelectBuilder) -> SQLSelectBuilder {
        { b in
            // No kind at all (a kind the reader's role does not run) is no row: PostgreSQL refuses `IN ()` outright (a 500 for
            // the county justice bureau's `kind=mental_health`, found by `bench lists` on PostgreSQL).
            // SQLite keeps no statistics: given the kind it walks the kind's index (`caseloads_kind_open`) even where a unit's or
            // an assignee's answers far better (a street's corrections: 29 ms at p95 became 109). It is given the kind only for
            // one kind over more than a street. PostgreSQL weighs them by their statistics and is given it plainly: hidden in
            // `coalesce()`, a legal officer's two kinds (a third of the caseloads) were guessed at 111 of 13,335, too few to read
            // in duty order, and it read and sorted every caseload for a page (3.6 ms idle; 0.3 ms off caseloads_open_place).
            let kindIndexed = b.database.dialect.name == "postgresql"
                || f.kinds.count == 1 && f.unitCode == nil && f.units == nil && f.gridPrefixes.contains { $0.count < 9 }
            var b = f.kinds.isEmpty ? b.from("caseloads").where(SQLLiteral.boolean(false))
                : b.from("caseloads").where(listColumn("kind", indexed: kindIndexed), .in, SQLBind.group(f.kinds.map(\.rawValue)))
            if let status = f.status { b = b.where("status", .equal, status.rawValue) }
            if let unit = f.unitCode { b = b.where("unit_code", .equal, unit) }
            if let units = f.units { b = units.isEmpty ? b.where(SQLLiteral.boolean(false)) : b.where("unit_code", .in, units) }
            if let due = f.dueBefore { b = b.where("open_due", .lessThanOrEqual, due) }
            let assigned = f.assignedTo, prefixes = f.gridPrefixes
            // Assigned to the viewer, or in a unit the viewer's role may see. A unit is a range of grid codes, not `substr()`:
            // PostgreSQL guessed a function's rows at half a per cent, so a county's corrections (a third of its caseloads)
            // looked too few to read in duty order, and it read and sorted every caseload (10–12 ms at 13,000; 0.1 ms by the
            // duty index). No index on either database leads with the grid, so SQLite reads as before.
            return b.where { group in
                var g = group
                if let assigned { g = g.orWhere("assigned_to", .equal, assigned) }
                for p in prefixes { g = g.orWhere { $0.where("grid_code", within: Scope(rootCode: p)) } }
                if assigned == nil, prefixes.isEmpty { g = g.where(SQLLiteral.boolean(false)) }
                return g
            }
        }
    }

    func list(_ f: Filter, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Caseload], total: Int) {
        let filtered = Self.filtered(f)
        // In duty order (clock, id); a deep page's offset walked over the ids alone, off the index that holds what the filters check.
        func page() async throws -> [Caseload] {
            try await sql.page(of: "caseloads", columns: Self.columns, orderedBy: "open_due", after: nil, limit: limit, offset: offset,
                               decoding: Row.self, where: filtered).map(\.caseload)
        }
        guard offset > 0 else {
            let items = try await page()
            return (items, try await sql.listTotal(afterReading: items.count, limit: limit, offset: offset, filtered))
        }
        // A later page counts first and reads nothing past a counted end: a county's 4,445 corrections and resettlements
        // 10,000 in walked every one of them to find none (17 ms on PostgreSQL).
        let total = try await sql.listTotal(filtered)
        return (ListTotal.reaches(offset, of: total) ? try await page() : [], total)
    }

    /// The next `limit` caseloads `f` selects after id `after`, in id order: a whole county's, a chunk at a time.
    func chunk(_ f: Filter, after: String, limit: Int, on sql: any SQLDatabase) async throws -> [Caseload] {
        try await Self.filtered(f)(sql.select().columns(Self.columns)).where("id", .greaterThan, after).orderBy("id").limit(limit)
            .all(decoding: Row.self).map(\.caseload)
    }

    func activeCount(assignedTo staffId: String, on sql: any SQLDatabase) async throws -> Int {
        try await sql.count { $0.from("caseloads").where("assigned_to", .equal, staffId).where("status", .equal, CaseloadStatus.active.rawValue) }
    }

    func openCaseload(resident: String, kind: CaseloadKind, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.count { $0.from("caseloads").where("resident_id", .equal, resident).where("kind", .equal, kind.rawValue)
            .where("status", .equal, CaseloadStatus.active.rawValue) } > 0
    }

    // MARK: contacts

    struct ContactRow: Decodable {
        let id: String, caseload_id: String, kind: String, on_day: String, notes: String, risk_grade: Int?, joint: Int, hours: Int?, score: Int?
        let recorded_by: String?, recorded_at: Int64
        var contact: CaseloadContact {
            CaseloadContact(id: id, caseloadId: caseload_id, kind: ContactKind(rawValue: kind) ?? .visit, on: Day(on_day) ?? Day(year: 1970, month: 1, day: 1),
                            notes: notes, riskGrade: risk_grade, joint: joint != 0, hours: hours, score: score, recordedBy: recorded_by,
                            recordedAt: Date(epochSeconds: recorded_at))
        }
    }
    static let contactColumns = ["id", "caseload_id", "kind", "on_day", "notes", "risk_grade", "joint", "hours", "score", "recorded_by", "recorded_at"]

    /// `c`, a contact with a caseload of `unit`.
    func insert(_ c: CaseloadContact, unit: String, on sql: any SQLDatabase) async throws {
        try await Self.changes(in: unit).bump(on: sql)
        try await sql.insert(into: "caseload_contacts").columns(Self.contactColumns)
            .values(SQLBind(c.id), SQLBind(c.caseloadId), SQLBind(c.kind.rawValue), SQLBind(c.on.description), SQLBind(c.notes), SQLBind(c.riskGrade),
                    SQLBind(c.joint ? 1 : 0), SQLBind(c.hours), SQLBind(c.score), SQLBind(c.recordedBy), SQLBind(c.recordedAt.epochSeconds))
            .run()
    }

    func contacts(of ids: [String], on sql: any SQLDatabase) async throws -> [CaseloadContact] {
        guard !ids.isEmpty else { return [] }
        return try await sql.select().columns(Self.contactColumns).from("caseload_contacts").where("caseload_id", .in, ids)
            .orderBy("on_day").orderBy("recorded_at").all(decoding: ContactRow.self).map(\.contact)
    }

    /// What a month's figures read of `ids`' contacts: those made within the month, and the latest before it of each kind in
    /// `lookBack` (a duty runs from the last contact of its kind, so the rules look no further back), with only the columns
    /// the rules read. A county's corrections have twelve contacts and more each; decoding them all whole was most of the
    /// figures' time, and the latest of every kind half of what was left.
    func figureContacts(of ids: [String], lookingBackFor lookBack: Set<ContactKind>, from first: Day, through last: Day, on sql: any SQLDatabase)
        async throws -> [CaseloadContact]
    {
        struct Lean: Decodable {
            let caseload_id: String, kind: String, on_day: String, risk_grade: Int?, hours: Int?, recorded_at: Int64
            var contact: CaseloadContact? {
                guard let kind = ContactKind(rawValue: kind), let on = Day(on_day) else { return nil }
                return CaseloadContact(id: "", caseloadId: caseload_id, kind: kind, on: on, notes: "", riskGrade: risk_grade, joint: false, hours: hours,
                                       score: nil, recordedBy: nil, recordedAt: Date(epochSeconds: recorded_at))
            }
        }
        guard !ids.isEmpty, !lookBack.isEmpty else { return [] }
        let lean = ["caseload_id", "kind", "on_day", "risk_grade", "hours", "recorded_at"]
        let within = try await sql.select().columns(lean).from("caseload_contacts").where("caseload_id", .in, ids)
            .where("on_day", .greaterThanOrEqual, first.description).where("on_day", .lessThanOrEqual, last.description).all(decoding: Lean.self)
        let ranked = sql.select().columns(lean)
            .column(SQLRaw("ROW_NUMBER() OVER (PARTITION BY caseload_id, kind ORDER BY on_day DESC, recorded_at DESC)"), as: "latest")
            .from("caseload_contacts").where("caseload_id", .in, ids).where("on_day", .lessThan, first.description)
            .where("kind", .in, lookBack.map(\.rawValue).sorted())
        let before = try await sql.select().columns(lean).from(SQLAlias(SQLGroupExpression(ranked.select), as: SQLIdentifier("ranked")))
            .where("latest", .equal, 1).all(decoding: Lean.self)
        return (before + within).compactMap(\.contact)
    }

    // MARK: leave and sanctions

    struct LeaveRow: Decodable {
        let id: String, caseload_id: String, from_day: String, to_day: String, reason: String, status: String, requested_by: String?
        let requested_at: Int64, decided_by: String?, decided_at: Int64?, decision_note: String?
        var leave: LeaveRequest {
            LeaveRequest(id: id, caseloadId: caseload_id, from: Day(from_day) ?? Day(year: 1970, month: 1, day: 1), to: Day(to_day) ?? Day(year: 1970, month: 1, day: 1),
                         reason: reason, status: MeasureStatus(rawValue: status) ?? .proposed, requestedBy: requested_by,
                         requestedAt: Date(epochSeconds: requested_at), decidedBy: decided_by, decidedAt: decided_at.map(Date.init(epochSeconds:)),
                         decisionNote: decision_note)
        }
    }
    static let leaveColumns = ["id", "caseload_id", "from_day", "to_day", "reason", "status", "requested_by", "requested_at", "decided_by", "decided_at", "decision_note"]

    func insert(_ l: LeaveRequest, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "caseload_leaves").columns(Self.leaveColumns)
            .values(SQLBind(l.id), SQLBind(l.caseloadId), SQLBind(l.from.description), SQLBind(l.to.description), SQLBind(l.reason), SQLBind(l.status.rawValue),
                    SQLBind(l.requestedBy), SQLBind(l.requestedAt.epochSeconds), SQLBind(l.decidedBy), SQLBind(l.decidedAt?.epochSeconds), SQLBind(l.decisionNote))
            .run()
    }

    func leaves(of id: String, on sql: any SQLDatabase) async throws -> [LeaveRequest] {
        try await sql.select().columns(Self.leaveColumns).from("caseload_leaves").where("caseload_id", .equal, id).orderBy("requested_at").orderBy("id")
            .all(decoding: LeaveRow.self).map(\.leave)
    }

    struct SanctionRow: Decodable {
        let id: String, caseload_id: String, kind: String, basis: String, out_of_contact_days: Int?, reasons: String, status: String
        let proposed_by: String?, proposed_at: Int64, decided_by: String?, decided_at: Int64?, decision_note: String?
        var sanction: SanctionProposal {
            SanctionProposal(id: id, caseloadId: caseload_id, kind: SanctionKind(rawValue: kind) ?? .reprimand, basis: SanctionBasis(rawValue: basis) ?? .minorBreach,
                             outOfContactDays: out_of_contact_days, reasons: reasons, status: MeasureStatus(rawValue: status) ?? .proposed, proposedBy: proposed_by,
                             proposedAt: Date(epochSeconds: proposed_at), decidedBy: decided_by, decidedAt: decided_at.map(Date.init(epochSeconds:)),
                             decisionNote: decision_note)
        }
    }
    static let sanctionColumns = ["id", "caseload_id", "kind", "basis", "out_of_contact_days", "reasons", "status", "proposed_by", "proposed_at", "decided_by",
                                  "decided_at", "decision_note"]

    func insert(_ p: SanctionProposal, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "caseload_sanctions").columns(Self.sanctionColumns)
            .values(SQLBind(p.id), SQLBind(p.caseloadId), SQLBind(p.kind.rawValue), SQLBind(p.basis.rawValue), SQLBind(p.outOfContactDays), SQLBind(p.reasons),
                    SQLBind(p.status.rawValue), SQLBind(p.proposedBy), SQLBind(p.proposedAt.epochSeconds), SQLBind(p.decidedBy), SQLBind(p.decidedAt?.epochSeconds),
                    SQLBind(p.decisionNote))
            .run()
    }

    func sanctions(of id: String, on sql: any SQLDatabase) async throws -> [SanctionProposal] {
        try await sql.select().columns(Self.sanctionColumns).from("caseload_sanctions").where("caseload_id", .equal, id).orderBy("proposed_at").orderBy("id")
            .all(decoding: SanctionRow.self).map(\.sanction)
    }

    /// Decides a proposal (leave or sanction) still proposed; false when it was decided meanwhile.
    func decide(table: String, id: String, caseload: String, approved: Bool, by staffId: String, note: String, at now: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update(table).set("status", to: (approved ? MeasureStatus.approved : .refused).rawValue).set("decided_by", to: staffId)
            .set("decided_at", to: now.epochSeconds).set("decision_note", to: note)
            .where("id", .equal, id).where("caseload_id", .equal, caseload).where("status", .equal, MeasureStatus.proposed.rawValue)
            .returning("id").all().count == 1
    }

    // MARK: visit tasks

    struct TaskRow: Decodable {
        let id: String, caseload_id: String, grid_code: String, person_name: String, address: String, due_on: String, done_on: String?
        let done_by: String?, note: String?, asked_by: String?, asked_at: Int64
        var task: VisitTask {
            VisitTask(id: id, caseloadId: caseload_id, gridCode: grid_code, personName: person_name, address: address,
                      dueOn: Day(due_on) ?? Day(year: 1970, month: 1, day: 1), doneOn: done_on.flatMap(Day.init), doneBy: done_by, note: note,
                      askedBy: asked_by, askedAt: Date(epochSeconds: asked_at))
        }
    }
    static let taskColumns = ["id", "caseload_id", "grid_code", "person_name", "address", "due_on", "done_on", "done_by", "note", "asked_by", "asked_at"]

    func insert(_ t: VisitTask, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "visit_tasks").columns(Self.taskColumns)
            .values(SQLBind(t.id), SQLBind(t.caseloadId), SQLBind(t.gridCode), SQLBind(t.personName), SQLBind(t.address), SQLBind(t.dueOn.description),
                    SQLBind(t.doneOn?.description), SQLBind(t.doneBy), SQLBind(t.note), SQLBind(t.askedBy), SQLBind(t.askedAt.epochSeconds))
            .run()
    }

    func task(id: String, on sql: any SQLDatabase) async throws -> VisitTask? {
        try await sql.select().columns(Self.taskColumns).from("visit_tasks").where("id", .equal, id).first(decoding: TaskRow.self)?.task
    }

    func tasks(caseload id: String, on sql: any SQLDatabase) async throws -> [VisitTask] {
        try await sql.select().columns(Self.taskColumns).from("visit_tasks").where("caseload_id", .equal, id).orderBy("due_on").orderBy("id")
            .all(decoding: TaskRow.self).map(\.task)
    }

    /// The latest tasks of grids within `scope`, by day.
    func tasks(within scope: Scope, limit: Int, on sql: any SQLDatabase) async throws -> [VisitTask] {
        try await sql.select().columns(Self.taskColumns).from("visit_tasks").where("grid_code", within: scope)
            .orderBy("due_on", .descending).orderBy("id").limit(limit).all(decoding: TaskRow.self).map(\.task)
    }

    func completeTask(_ id: String, on day: Day, note: String, by staffId: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("visit_tasks").set("done_on", to: day.description).set("done_by", to: staffId).set("note", to: note)
            .where("id", .equal, id).where("done_on", .is, SQLLiteral.null).returning("id").all().count == 1
    }

    // MARK: settings

    static let settingsRow = SettingsRow<CaseloadSettings>(table: "caseload_settings")

    func settings(on sql: any SQLDatabase) async throws -> CaseloadSettings {
        try await Self.settingsRow.load(orDefault: CaseloadSettings(), on: sql)
    }

    func saveSettings(_ settings: CaseloadSettings, by staffId: String, at now: Date, on sql: any SQLDatabase) async throws {
        try await Self.changes.bump(on: sql)
        try await Self.settingsRow.save(settings, by: staffId, at: now, on: sql)
    }
}
