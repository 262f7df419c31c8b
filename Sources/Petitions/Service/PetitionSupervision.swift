import Foundation
import Kernel
import SQLKit

/// Supervision of the statutory clocks, as for work orders: a petition an office owes an answer
/// on gets a near-due notice some days before its limit, an overdue notice past it, and an
/// escalation to the county when still overdue later. Each notice is written once per stage
/// (a unique index), so several server processes may sweep at once.
public struct PetitionSupervision: Sendable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case nearDue = "near_due", overdue, escalated

        public var labelKey: String { "supervision_\(rawValue)" }
    }

    public struct Rules: Sendable {
        /// How long before the limit a petition counts as near due.
        public var nearDue: TimeInterval
        /// How long past the limit before it is escalated to the county.
        public var escalateAfter: TimeInterval

        public init(nearDue: TimeInterval = 3 * 86_400, escalateAfter: TimeInterval = 7 * 86_400) {
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

    public struct Notice: Sendable, Decodable, Encodable {
        public let id: String, petition_id: String, due_rule: String, kind: String, level: Int, unit_code: String, addressed_to: String
        public let due_at: Int64, created_at: Int64
    }

    static let columns = ["id", "petition_id", "due_rule", "kind", "level", "unit_code", "addressed_to", "due_at", "created_at"]

    /// Level 1 goes to the street over the unit (or the unit itself when it is a county), level 2 to the county.
    static func addressee(unitCode: String, level: Int) -> String {
        String(unitCode.prefix(level >= 2 ? 6 : 9))
    }

    /// Writes the notices now due; returns how many were new.
    @discardableResult
    public func sweep() async throws -> Int {
        let now = clock.now()
        let passes: [(Kind, Int, from: Int64, until: Int64)] = [
            (.nearDue, 1, now.epochSeconds, now.addingTimeInterval(rules.nearDue).epochSeconds),
            (.overdue, 1, Int64.min, now.epochSeconds),
            (.escalated, 2, Int64.min, now.addingTimeInterval(-rules.escalateAfter).epochSeconds),
        ]
        var created = 0
        for (kind, level, from, until) in passes {
            created += try await database.transaction { sql in
                struct Due: Decodable { let id: String; let unit_code: String; let due_at: Int64; let due_rule: String }
                let due = try await sql.select().columns("id", "unit_code", "due_at", "due_rule").from("petitions")
                    .where("owed_due", .greaterThanOrEqual, from).where("owed_due", .lessThan, until)
                    .all(decoding: Due.self)
                var inserted = 0
                for chunk in due.chunked(by: 500) {
                    var insert = sql.insert(into: "petition_notices").columns(Self.columns)
                    for p in chunk {
                        insert = insert.values(SQLBind(RecordID.make(now: now)), SQLBind(p.id), SQLBind(p.due_rule), SQLBind(kind.rawValue), SQLBind(level),
                                               SQLBind(p.unit_code), SQLBind(Self.addressee(unitCode: p.unit_code, level: level)), SQLBind(p.due_at),
                                               SQLBind(now.epochSeconds))
                    }
                    inserted += try await insert.ignoringConflicts(with: ["petition_id", "due_rule", "kind", "level"]).returning("id").all().count
                }
                return inserted
            }
        }
        return created
    }

    public func notices(of petitionId: String) async throws -> [Notice] {
        try await database.read { sql in
            try await sql.select().columns(Self.columns).from("petition_notices").where("petition_id", .equal, petitionId)
                .orderBy("created_at").orderBy("id").all(decoding: Notice.self)
        }
    }
}
