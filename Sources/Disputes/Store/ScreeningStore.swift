import Foundation
import Kernel
import SQLKit

/// SQL for screening rounds and the grids' reports.
struct ScreeningStore: Sendable {
    struct RoundRow: Decodable {
        let id: String, unit_code: String, level: String, period_start: String, period_end: String, reason: String, created_by: String?
        let created_at: Int64
        var round: ScreeningRound? {
            guard let level = ScreeningRound.Level(rawValue: level), let start = Day(period_start), let end = Day(period_end) else { return nil }
            return ScreeningRound(id: id, unitCode: unit_code, level: level, periodStart: start, periodEnd: end, reason: reason, createdBy: created_by,
                                  createdAt: Date(epochSeconds: created_at))
        }
    }

    struct ReportRow: Decodable {
        let round_id: String, grid_code: String, nothing_found: Int, findings: String, dispute_ids: String, reported_by: String, reported_at: Int64
        var report: ScreeningReport {
            ScreeningReport(roundId: round_id, gridCode: grid_code, nothingFound: nothing_found != 0, findings: findings,
                            disputeIds: dispute_ids.split(separator: ",").map(String.init), reportedBy: reported_by, reportedAt: Date(epochSeconds: reported_at))
        }
    }

    static let roundColumns = ["id", "unit_code", "level", "period_start", "period_end", "reason", "created_by", "created_at"]
    static let reportColumns = ["round_id", "grid_code", "nothing_found", "findings", "dispute_ids", "reported_by", "reported_at"]

    /// Inserts the round unless the unit already holds one of this level for this period; false then.
    func insert(_ r: ScreeningRound, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.insert(into: "screening_rounds").columns(Self.roundColumns)
            .values(SQLBind(r.id), SQLBind(r.unitCode), SQLBind(r.level.rawValue), SQLBind(r.periodStart.description), SQLBind(r.periodEnd.description),
                    SQLBind(r.reason), SQLBind(r.createdBy), SQLBind(r.createdAt.epochSeconds))
            .ignoringConflicts(with: ["unit_code", "level", "period_start"]).returning("id").all().count == 1
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> ScreeningRound? {
        try await sql.select().columns(Self.roundColumns).from("screening_rounds").where("id", .equal, id).first(decoding: RoundRow.self)?.round
    }

    /// Rounds run within `scope`, or by a unit above it (a grid worker answers the street's rounds), newest first.
    func rounds(visibleTo scope: Scope, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [ScreeningRound], total: Int) {
        let root = scope.rootCode
        let ancestors = [6, 9, 12].filter { $0 < root.count }.map { String(root.prefix($0)) }
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
            b.from("screening_rounds").where { group in
                var group = group.where("unit_code", within: scope)
                if !ancestors.isEmpty { group = group.orWhere("unit_code", .in, ancestors) }
                return group
            }
        }
        let items = try await filtered(sql.select().columns(Self.roundColumns)).orderBy("period_start", .descending).orderBy("id")
            .limit(limit).offset(offset).all(decoding: RoundRow.self).compactMap(\.round)
        return (items, try await sql.count(filtered))
    }

    /// How many grids within `scope` answered the round with findings, and how many with "none".
    func answerCounts(roundId: String, within scope: Scope, on sql: any SQLDatabase) async throws -> (reported: Int, none: Int) {
        if let kept = try await ScreeningAnswerCounts.counts(roundId: roundId, under: scope.rootCode, on: sql) { return kept }
        struct Row: Decodable { let nothing_found: Int, n: Int }
        let rows = try await sql.select().column("nothing_found").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("screening_reports")
            .where("round_id", .equal, roundId).where("grid_code", within: scope).groupBy("nothing_found").all(decoding: Row.self)
        return (rows.filter { $0.nothing_found == 0 }.reduce(0) { $0 + $1.n }, rows.filter { $0.nothing_found != 0 }.reduce(0) { $0 + $1.n })
    }

    /// A page of the reports made by grids within `scope` (`total` of them), in grid order: deep pages walk the grids' codes
    /// alone, from the end when that is nearer.
    func reports(roundId: String, within scope: Scope, limit: Int, offset: Int, total: Int, on sql: any SQLDatabase) async throws -> [ScreeningReport] {
        try await sql.page(of: "screening_reports", columns: Self.reportColumns, orderedBy: [("grid_code", .ascending)], limit: limit, offset: offset,
                           total: total, decoding: ReportRow.self, keyedBy: \.grid_code, narrowedBy: { $0.where("round_id", .equal, roundId) }) {
            $0.from("screening_reports").where("round_id", .equal, roundId).where("grid_code", within: scope)
        }.map(\.report)
    }

    /// The reports of `grids` (a page of them) to the round.
    func reports(roundId: String, grids: [String], on sql: any SQLDatabase) async throws -> [ScreeningReport] {
        guard !grids.isEmpty else { return [] }
        return try await sql.select().columns(Self.reportColumns).from("screening_reports").where("round_id", .equal, roundId).where("grid_code", .in, grids)
            .all(decoding: ReportRow.self).map(\.report)
    }

    /// Which grids from `first` through `last` (in code order) have answered the round: one range of the key. A thousand grids'
    /// codes bound one by one cost PostgreSQL more to take and plan than the range does to read.
    func answered(roundId: String, from first: String, through last: String, on sql: any SQLDatabase) async throws -> Set<String> {
        Set(try await sql.select().column("grid_code").from("screening_reports").where("round_id", .equal, roundId)
            .where("grid_code", .greaterThanOrEqual, first).where("grid_code", .lessThanOrEqual, last)
            .all(decodingColumn: "grid_code", as: String.self))
    }

    /// Records a grid's report once, and counts it (`ScreeningAnswerCounts`); false when the grid has reported already.
    func insert(_ r: ScreeningReport, on sql: any SQLDatabase) async throws -> Bool {
        guard try await sql.insert(into: "screening_reports").columns(Self.reportColumns)
            .values(SQLBind(r.roundId), SQLBind(r.gridCode), SQLBind(r.nothingFound ? 1 : 0), SQLBind(r.findings), SQLBind(r.disputeIds.joined(separator: ",")),
                    SQLBind(r.reportedBy), SQLBind(r.reportedAt.epochSeconds))
            .ignoringConflicts(with: ["round_id", "grid_code"]).returning("round_id").all().count == 1 else { return false }
        try await ScreeningAnswerCounts.add(r, on: sql)
        return true
    }

    /// Which of `ids` are disputes registered in `grid`.
    func disputes(_ ids: [String], in grid: String, on sql: any SQLDatabase) async throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return Set(try await sql.select().column("id").from("disputes").where("id", .in, ids).where("unit_code", .equal, grid)
            .all(decodingColumn: "id", as: String.self))
    }
}
