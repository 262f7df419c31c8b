import Foundation
import Kernel
import SQLKit

/// Supervision 督办: open orders close to their deadline get a near-due notice, past it an
/// overdue notice, and still overdue a day later an escalation one level up. Each notice is
/// written once (a unique index), so several server processes may sweep at the same time.
public struct Supervision: Sendable {
    public enum Kind: String, Sendable, Codable {
        case nearDue = "near_due", overdue, escalated

        public var labelKey: String { "supervision_\(rawValue)" }
    }

    public struct Rules: Sendable {
        /// How long before the deadline an order counts as near due.
        public var nearDue: TimeInterval
        /// How long past the deadline before it is escalated one level up.
        public var escalateAfter: TimeInterval

        public init(nearDue: TimeInterval = 4 * 3600, escalateAfter: TimeInterval = 24 * 3600) {
            self.nearDue = nearDue
            self.escalateAfter = escalateAfter
        }
    }

    let database: Database
    let clock: any AppClock
    let rules: Rules

    public init(database: Database, clock: any AppClock, rules: Rules = Rules()) {
        self.database = database
        self.clock = clock
        self.rules = rules
    }

    public struct Notice: Sendable, Decodable {
        public let id: String, work_order_id: String, kind: String, level: Int, grid_code: String, handling_unit: String?
        public let due_at: Int64, created_at: Int64, addressed_to: String?
    }

    /// A notice's columns, in `Notice`'s order.
    static let noticeColumns = ["id", "work_order_id", "kind", "level", "grid_code", "handling_unit", "due_at", "created_at", "addressed_to"]

    /// Who supervises: a level-1 notice goes to the street over the grid (with the handling unit),
    /// an escalated one to the county.
    static func addressee(gridCode: String, level: Int) -> String {
        String(gridCode.prefix(level >= 2 ? 6 : 9))
    }

    /// Writes the notices now due; returns how many were new.
    @discardableResult
    public func sweep() async throws -> Int {
        let now = clock.now()
        // Each pass: the kind of notice, its level, and the window of deadlines it covers.
        let passes: [(Kind, Int, from: Int64, until: Int64)] = [
            (.nearDue, 1, now.epochSeconds, now.addingTimeInterval(rules.nearDue).epochSeconds),
            (.overdue, 1, Int64.min, now.epochSeconds),
            (.escalated, 2, Int64.min, now.addingTimeInterval(-rules.escalateAfter).epochSeconds),
        ]
        var created = 0
        for (kind, level, from, until) in passes {
            created += try await database.transaction { sql in
                struct Due: Decodable { let id: String; let grid_code: String; let handling_unit: String?; let due_at: Int64 }
                // Orders already noticed at this kind and level are left out here, not refused by the
                // index one by one: a county with many overdue orders sweeps in time proportional to the new ones.
                let due = try await sql.select().columns("id", "grid_code", "handling_unit", "due_at").from("work_orders")
                    .where("open_due", .greaterThanOrEqual, from).where("open_due", .lessThan, until)
                    .where("id", .notIn, SQLSubquery.select { sub in
                        sub.column("work_order_id").from("supervision_notices").where("kind", .equal, kind.rawValue).where("level", .equal, level)
                    })
                    .all(decoding: Due.self)
                var inserted = 0
                for chunk in due.chunked(by: 500) {
                    var insert = sql.insert(into: "supervision_notices")
                        .columns(Self.noticeColumns)
                    for order in chunk {
                        insert = insert.values(SQLBind(RecordID.make(now: now)), SQLBind(order.id), SQLBind(kind.rawValue), SQLBind(level),
                                               SQLBind(order.grid_code), SQLBind(order.handling_unit), SQLBind(order.due_at), SQLBind(now.epochSeconds),
                                               SQLBind(Self.addressee(gridCode: order.grid_code, level: level)))
                    }
                    inserted += try await insert.ignoringConflicts(with: ["work_order_id", "kind", "level"]).returning("id").all().count
                }
                return inserted
            }
        }
        return created
    }

    /// The notices about one order, oldest first.
    public func notices(of orderId: String) async throws -> [Notice] {
        try await database.read { sql in
            try await sql.select().columns(Self.noticeColumns)
                .from("supervision_notices").where("work_order_id", .equal, orderId).orderBy("created_at").orderBy("id").all(decoding: Notice.self)
        }
    }

    /// Notices about orders the caller may see, newest first.
    public func notices(visibleTo visibility: WorkOrderStore.Visibility, limit: Int, offset: Int) async throws -> (items: [Notice], total: Int) {
        try await database.read { sql in
            func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
                let builder = builder.from("supervision_notices")
                switch visibility {
                case .jurisdiction(let scope): return builder.where("grid_code", within: scope)
                case .unit(let unit):
                    // Only about orders the unit holds now: not one still waiting for dispatch.
                    return builder.where("handling_unit", .equal, unit).where("work_order_id", .in, SQLSubquery.select { sub in
                        sub.column("id").from("work_orders").where("handling_unit", .equal, unit)
                            .where("status", .in, WorkOrderStore.Visibility.dispatchedStatusNames)
                    })
                }
            }
            let items = try await filtered(sql.select().columns(Self.noticeColumns))
                .orderBy("created_at", .descending).orderBy("id").limit(limit).offset(offset).all(decoding: Notice.self)
            return (items, try await sql.count(filtered))
        }
    }
}
