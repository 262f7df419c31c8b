import Kernel
import SQLKit

/// How many proposals each unit (and every unit above it) holds of each status, and of all (`status` ''), kept as counts
/// (`KeptCounts`) as proposals arrive and are reviewed and balloted: a county's list of one status counted up to 10,000 of
/// its proposals for every page (3 ms of PostgreSQL at 40,000 proposals), where the kept count is one row.
enum ProposalCounts {
    static let table = "proposal_counts"
    static let kept = KeptCounts(table: table, keys: ["status"], counts: ["n"])

    /// Counts a proposal of `unit` arriving (`from` nil) or moving from one status to another, in the caller's transaction.
    static func move(unit: String, from old: Proposal.Status?, to new: Proposal.Status, on sql: any SQLDatabase) async throws {
        guard old != new else { return }
        // Arriving, it counts under all ('') too; moving, it leaves its old status. In key order, as `KeptCounts.add` takes them.
        let changes = ([(new.rawValue, 1)] + [old.map { ($0.rawValue, -1) } ?? ("", 1)]).sorted { $0.0 < $1.0 }
        try await kept.add(changes.map { (keyValues: [$0.0], delta: [$0.1]) }, unit: unit, on: sql)
    }

    /// The proposals within `root` of `status` (nil: all); nil when `root` is of no unit level's length (counted then from the proposals).
    static func count(under root: String, status: Proposal.Status?, on sql: any SQLDatabase) async throws -> Int? {
        try await kept.counts(under: root, keyValues: [status?.rawValue ?? ""], on: sql)?[0]
    }

    /// Counts every proposal again: the migration that made the table, and a bench that loaded proposals straight into theirs.
    static func recount(on sql: any SQLDatabase) async throws {
        try await kept.recount(from: "proposals", keyings: [.init(values: [SQLLiteral.string("")], grouped: []),
                                                           .init(values: [SQLColumn("status")], grouped: [SQLColumn("status")])],
                               sums: [SQLFunction("COUNT", args: SQLLiteral.all)], on: sql)
    }
}

extension ProposalStore {
    /// Counts every proposal into the kept counts again: a bench or test that loaded proposals straight into their table.
    public static func recountProposals(in database: Database) async throws {
        try await database.transaction { try await ProposalCounts.recount(on: $0) }
    }
}
