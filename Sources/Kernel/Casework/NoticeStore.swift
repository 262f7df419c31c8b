import Foundation
import SQLKit

/// The supervision notices of every context, in one table. Each notice exists once per case,
/// clock, kind and level (a unique index), so several processes may sweep at the same moment.
public struct NoticeStore: Sendable {
    static let table = "case_notices"

    public init() {}

    /// Writes the notices of one stage now due on `clock`; returns how many were new.
    func writeDue(_ clock: SupervisedClock, kind: NoticeKind, level: Int, from: Int64, until: Int64, at now: Date,
                  on sql: any SQLDatabase) async throws -> Int {
        struct Due: Decodable { let id: String; let unit: String; let handler: String?; let rule: String?; let due: Int64 }
        let source = clock.table
        let rule: any SQLExpression = clock.ruleColumn.map { SQLFunction("coalesce", args: SQLColumn($0, table: source), SQLBind("")) } ?? SQLBind("")
        let handler = clock.handler(of: source)
        // Cases already noticed at this stage are left out here rather than refused by the index one
        // by one: a county with many overdue cases sweeps in time proportional to the new ones.
        let select = sql.select()
            .column(SQLColumn("id", table: source), as: "id").column(SQLColumn(clock.unitColumn, table: source), as: "unit")
            .column(handler, as: "handler").column(rule, as: "rule").column(SQLColumn(clock.dueColumn, table: source), as: "due")
            .from(source)
            .where(SQLColumn(clock.dueColumn, table: source), .greaterThanOrEqual, SQLBind(from))
            .where(SQLColumn(clock.dueColumn, table: source), .lessThan, SQLBind(until))
            .where(SQLExists(SQLSubquery.select { sub in
                sub.column(SQLLiteral.numeric("1")).from(Self.table)
                    .where(SQLColumn("case_type", table: Self.table), .equal, SQLBind(clock.caseType))
                    .where(SQLColumn("case_id", table: Self.table), .equal, SQLColumn("id", table: source))
                    .where(SQLColumn("clock", table: Self.table), .equal, rule)
                    .where(SQLColumn("kind", table: Self.table), .equal, SQLBind(kind.rawValue))
                    .where(SQLColumn("level", table: Self.table), .equal, SQLBind(level))
            }, negated: true))
        // The cases' rows held until the notices are in: a step writing one meanwhile waits, then finds its notices and
        // keeps their handler (`keepHandler`), or went first and the handler read here is already its. Held for update:
        // two sweepers that each held a row shared, then waited on the other's notice and wrote the row (`noticedColumn`),
        // deadlocked on PostgreSQL; now the second waits at this read and its notices are conflicts. (Put in id order, the
        // rows made PostgreSQL sort both sides of the whole window's anti-join.)
        if clock.handlerHeldWhile != nil { select.for(.update) }
        let due = try await select.all(decoding: Due.self)
        var inserted = 0, noticed: [String] = []
        for chunk in due.chunked(by: 500) {
            var insert = sql.insert(into: Self.table).columns(CaseNotice.columns)
            for row in chunk {
                insert = insert.values(SQLBind(RecordID.make(now: now)), SQLBind(clock.caseType), SQLBind(row.id), SQLBind(row.rule ?? ""),
                                       SQLBind(kind.rawValue), SQLBind(level), SQLBind(row.unit), SQLBind(row.handler),
                                       SQLBind(SupervisedClock.addressee(unitCode: row.unit, level: level)), SQLBind(row.due),
                                       SQLBind(now.epochSeconds))
            }
            let new = try await insert.ignoringConflicts(with: ["case_type", "case_id", "clock", "kind", "level"]).returning("case_id").all()
            inserted += new.count
            if clock.noticedColumn != nil { noticed += try new.map { try $0.decode(column: "case_id", as: String.self) } }
        }
        if let column = clock.noticedColumn {
            // Copied from the clock under the row's lock: a step writing the clock at the same moment either
            // waits for this or is waited for, and `noticedDue` keeps the column either way.
            for chunk in Set(noticed).sorted().chunked(by: 500) {
                // Once per case: a case noticed again at the next stage keeps the column (a second write would
                // be a new row version in every index on PostgreSQL, for nothing).
                try await sql.update(source).set(column, to: SQLColumn(clock.dueColumn)).where("id", .in, SQLBind.group(Array(chunk)))
                    .where(column, .is, SQLLiteral.null).where(clock.dueColumn, .isNot, SQLLiteral.null).run()
            }
        }
        return inserted
    }

    /// The notices about one case, oldest first.
    public func notices(of caseType: String, _ caseId: String, on sql: any SQLDatabase) async throws -> [CaseNotice] {
        try await sql.select().columns(CaseNotice.columns).from(Self.table)
            .where("case_type", .equal, caseType).where("case_id", .equal, caseId)
            .orderBy("created_at").orderBy("id").all(decoding: CaseNotice.self)
    }

    /// A page of one context's notices, newest first, narrowed by the caller's visibility: a county or a street walked
    /// (`where(_:withinWalking:)`) off the indexes by time of kernel_0008, a community or grid read by place. The total
    /// stops counting at 10,001, as every large list's (`listTotal`).
    public func list(_ caseType: String, narrowedBy narrow: (SQLSelectBuilder) -> SQLSelectBuilder, limit: Int, offset: Int,
                     on sql: any SQLDatabase) async throws -> (items: [CaseNotice], total: Int) {
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            narrow(builder.from(Self.table).where("case_type", .equal, caseType))
        }
        let total = try await sql.listTotal(filtered)
        guard ListTotal.reaches(offset, of: total) else { return ([], total) }
        let items = try await sql.page(of: Self.table, columns: CaseNotice.columns, orderedBy: "created_at", descending: true, after: nil,
                                       limit: limit, offset: offset, decoding: CaseNotice.self, where: filtered)
        return (items, total)
    }
}

extension SupervisedClock {
    /// The department a notice names: the case's, while it holds the case (`handlerHeldWhile`); none without one.
    func handler(of table: String) -> any SQLExpression {
        guard let column = handlerColumn else { return SQLLiteral.null }
        guard let held = handlerHeldWhile else { return SQLColumn(column, table: table) }
        return SQLCaseWhen(SQLBinaryExpression(SQLColumn(held.column, table: table), .in, SQLBind.group(held.values)),
                           then: SQLColumn(column, table: table))
    }

    /// Names on the case's notices the department holding it now, as the sweep names it (`handler(of:)`): `handler` while
    /// `held` is one of `handlerHeldWhile`'s values, none otherwise. A step that hands the case to another department, or
    /// takes it from one, moves its notices with it.
    public func keepHandler(of caseId: String, handler: String?, held: String, on sql: any SQLDatabase) async throws {
        let holder = (handlerHeldWhile.map { $0.values.contains(held) } ?? true) ? handler : nil
        try await sql.update(NoticeStore.table).set("handling_unit", to: SQLBind(holder))
            .where("case_type", .equal, caseType).where("case_id", .equal, caseId)
            .where(SQLFunction("coalesce", args: SQLColumn("handling_unit"), SQLLiteral.string("")), .notEqual, SQLBind(holder ?? ""))
            .run()
    }

    /// What a store writes to `noticedColumn` with the clock's `due` (nil once the case is no longer
    /// owed): the due time if the case already has a notice, NULL otherwise. Read as of the row being
    /// written, so a sweep that set the column a moment before is not undone.
    public func noticedDue(_ due: Int64?) -> any SQLExpression {
        guard let due, let column = noticedColumn else { return SQLLiteral.null }
        let hasNotice = SQLExists(SQLSubquery.select { sub in
            sub.column(SQLLiteral.numeric("1")).from(NoticeStore.table)
                .where(SQLColumn("case_type", table: NoticeStore.table), .equal, SQLBind(caseType))
                .where(SQLColumn("case_id", table: NoticeStore.table), .equal, SQLColumn("id", table: table))
        })
        return SQLCaseWhen(SQLBinaryExpression(SQLBinaryExpression(SQLColumn(column, table: table), .isNot, SQLLiteral.null), .or, hasNotice),
                           then: SQLBind(due))
    }

    /// The notices about one case on this clock's kind of case, oldest first.
    public func notices(of caseId: String, in database: Database) async throws -> [CaseNotice] {
        let caseType = self.caseType
        return try await database.read { try await NoticeStore().notices(of: caseType, caseId, on: $0) }
    }
}
