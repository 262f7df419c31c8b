import Foundation

/// One deadline a context supervises (督办): the table holding its open cases, the column that
/// holds a case's due time while it is owed (NULL once it is not), and how long before and after
/// that time the notices are written. A context declares one; the sweep and the notice store do
/// the rest.
public struct SupervisedClock: Sendable {
    /// What the notices call the case: `work_order`, `petition`, `dispute`.
    public let caseType: String
    public let table: String
    /// Set while the case is owed, NULL otherwise: the sweep reads only the owed rows.
    public let dueColumn: String
    /// The unit the case sits in; level-1 notices go to the street over it, escalations to the county.
    public let unitColumn: String
    /// For a case that runs several statutory clocks in turn (accept, then reply), the column naming
    /// the one running now: each clock gets its own notices.
    public let ruleColumn: String?
    /// The department handling the case, when there is one, kept on the notice for its work list.
    public let handlerColumn: String?
    /// When the department holds the case only while `column` is one of `values` (a work order waiting for dispatch
    /// names its category's usual department, which does not hold it yet): the notice names no department otherwise,
    /// and the context keeps its notices so as each step writes the case (`keepHandler(of:_:on:)`).
    public let handlerHeldWhile: (column: String, values: [String])?
    /// For a context that lists its cases under supervision: a column holding the due time while the
    /// case is owed and has a notice, NULL otherwise. The sweep sets it with the notice and the
    /// context's store writes it with the clock (`noticedDue`), so the list is an index's range
    /// rather than a join of every notice (seconds on PostgreSQL at millions of orders).
    public let noticedColumn: String?
    public var rules: SupervisionRules

    public init(caseType: String, table: String, dueColumn: String, unitColumn: String, ruleColumn: String? = nil,
                handlerColumn: String? = nil, handlerHeldWhile: (column: String, values: [String])? = nil, noticedColumn: String? = nil,
                rules: SupervisionRules) {
        self.caseType = caseType
        self.table = table
        self.dueColumn = dueColumn
        self.unitColumn = unitColumn
        self.ruleColumn = ruleColumn
        self.handlerColumn = handlerColumn
        self.handlerHeldWhile = handlerHeldWhile
        self.noticedColumn = noticedColumn
        self.rules = rules
    }

    /// Level 1 goes to the street over the unit (or the unit itself when it is wider), level 2 to the county.
    public static func addressee(unitCode: String, level: Int) -> String {
        String(unitCode.prefix(level >= 2 ? 6 : 9))
    }

    /// The stages of a sweep at `now`: a notice kind, its level and the window of due times it covers.
    func stages(at now: Date) -> [(kind: NoticeKind, level: Int, from: Int64, until: Int64)] {
        [
            (.nearDue, 1, now.epochSeconds, now.addingTimeInterval(rules.nearDue).epochSeconds),
            (.overdue, 1, Int64.min, now.epochSeconds),
            (.escalated, 2, Int64.min, now.addingTimeInterval(-rules.escalateAfter).epochSeconds),
        ]
    }
}

public struct SupervisionRules: Sendable, Equatable {
    /// How long before its due time a case counts as near due.
    public var nearDue: TimeInterval
    /// How long past its due time before it is escalated to the county.
    public var escalateAfter: TimeInterval

    public init(nearDue: TimeInterval, escalateAfter: TimeInterval) {
        self.nearDue = nearDue
        self.escalateAfter = escalateAfter
    }
}

public enum NoticeKind: String, Sendable, Codable, CaseIterable {
    case nearDue = "near_due", overdue, escalated

    public var labelKey: String { "casework_notice_\(rawValue)" }
}

/// A supervision notice 督办通知单 about one case, whatever its context.
public struct CaseNotice: Sendable, Decodable, Equatable {
    public let id: String
    public let caseType: String
    public let caseId: String
    /// The statutory clock it is about, "" for a case with a single deadline.
    public let clock: String
    public let kind: String
    public let level: Int
    public let unitCode: String
    public let handlingUnit: String?
    public let addressedTo: String
    public let dueAt: Int64
    public let createdAt: Int64

    enum CodingKeys: String, CodingKey {
        case id, caseType = "case_type", caseId = "case_id", clock, kind, level, unitCode = "unit_code", handlingUnit = "handling_unit"
        case addressedTo = "addressed_to", dueAt = "due_at", createdAt = "created_at"
    }

    static let columns = ["id", "case_type", "case_id", "clock", "kind", "level", "unit_code", "handling_unit", "addressed_to", "due_at", "created_at"]
}

/// A notice as the API shows it, for the contexts that came after work orders and petitions
/// (those two keep the shapes they were released with).
public struct CaseNoticeItem: Encodable, Sendable {
    public let id: String, clock: String, kind: String, level: Int, unitCode: String, addressedTo: String, dueAt: Date, createdAt: Date

    public init(_ n: CaseNotice) {
        id = n.id; clock = n.clock; kind = n.kind; level = n.level; unitCode = n.unitCode; addressedTo = n.addressedTo
        dueAt = Date(epochSeconds: n.dueAt); createdAt = Date(epochSeconds: n.createdAt)
    }
}
