import Foundation
import Kernel
import SQLKit

/// Screening rounds: opened on the schedule of their level, answered by every grid under the
/// unit, missing answers shown as overdue once the period has ended.
public struct Screening: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let store = ScreeningStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory) {
        self.database = database
        self.clock = clock
        self.units = units
    }

    /// Opens the round of `level` for `unitCode`: the scheduled period holding `day` (today by
    /// default), or for ad hoc rounds the period given, with the reason.
    public func open(_ level: ScreeningRound.Level, unitCode: String, day: Day?, periodEnd: Day?, reason: String, by actor: StaffContext) async throws
        -> ScreeningRound {
        guard actor.staff.can(.runScreening) else { throw AppError.forbiddenAction }
        let unit = unitCode.trimmed, now = clock.now(), reason = reason.trimmed
        guard level.codeLengths.contains(unit.count) else { throw AppError.invalid("screening_error_level", [unit]) }
        try await units.requireUnit(unit, within: actor.scope, errorKey: "dispute_error_unit")
        let start: Day, end: Day
        if let scheduled = ScreeningSchedule.period(level, containing: day ?? Day(date: now)) {
            (start, end) = scheduled
        } else {
            guard let first = day, let last = periodEnd, first <= last, last.dayNumber - first.dayNumber <= 92 else {
                throw AppError.invalid("screening_error_period")
            }
            guard !reason.isEmpty, reason.count <= 1_000 else { throw AppError.invalid("screening_error_reason") }
            (start, end) = (first, last)
        }
        let round = ScreeningRound(id: RecordID.make(now: now), unitCode: unit, level: level, periodStart: start, periodEnd: end, reason: reason,
                                   createdBy: actor.staff.id, createdAt: now)
        let store = self.store, event = actor.audit("screening.open", "screening_round", round.id, detail: "\(unit) \(start)")
        try await database.transaction { sql in
            guard try await store.insert(round, on: sql) else { throw AppError.conflict("screening_error_exists", [start.description]) }
            try await AuditLog().append(event, at: now, on: sql)
        }
        return round
    }

    /// Whether the caller may see `round`: it runs within their jurisdiction or above it.
    static func visible(_ round: ScreeningRound, to scope: Scope) -> Bool {
        scope.contains(round.unitCode) || scope.rootCode.hasPrefix(round.unitCode)
    }

    public func find(_ id: String, by actor: StaffContext) async throws -> ScreeningRound {
        let store = self.store
        guard let round = try await database.read({ try await store.find(id: id, on: $0) }), Self.visible(round, to: actor.scope) else {
            throw AppError.notFound
        }
        return round
    }

    public func rounds(by actor: StaffContext, paging: Paging) async throws -> (items: [ScreeningRound], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.rounds(visibleTo: scope, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    /// One grid's line in a round: its report, or its silence.
    public struct GridLine: Sendable, Encodable {
        public enum State: String, Sendable, Encodable { case reported, none, missing, overdue }
        public let gridCode: String, gridName: String, state: State, late: Bool, findings: String?, disputeIds: [String], reportedAt: Date?
    }

    /// Which of a round's grids a list shows: every one, the silent (missing or overdue: who is to be chased), or those that answered.
    public enum Showing: String, Sendable, CaseIterable {
        case all, silent, answered
        public var labelKey: String { "screening_show_\(rawValue)" }
    }

    public struct Completeness: Sendable, Encodable {
        public let expected: Int, reported: Int, none: Int, missing: Int, overdue: Int
        /// One page of the grids shown, in code order, and how many are shown in all.
        public let lines: [GridLine]
        public let total: Int
        public var complete: Bool { missing == 0 && overdue == 0 }
    }

    /// The round's figures over every grid under its unit that the caller may see, and one page of the grids `showing` names,
    /// each with its report or its silence. A county's round has ten thousand grids and more: the figures are counted in the
    /// database, and only a page of grids is read.
    public func completeness(of round: ScreeningRound, by actor: StaffContext, showing: Showing = .all, paging: Paging) async throws -> Completeness {
        let store = self.store, now = clock.now()
        // The round's unit, or the caller's scope inside it (a grid worker answers the street's round for their grid alone).
        let scope = actor.scope.rootCode.count > round.unitCode.count ? actor.scope : Scope(rootCode: round.unitCode)
        let expected = try await units.count(level: "grid", under: scope.rootCode)
        let (reported, none) = try await database.read { try await store.answerCounts(roundId: round.id, within: scope, on: $0) }
        let silent = max(0, expected - reported - none), late = now > round.dueAt
        let grids: [(code: String, name: String)], reports: [ScreeningReport]
        switch showing {
        case .all:
            grids = try await units.units(level: "grid", under: scope.rootCode, limit: paging.limit, offset: paging.offset)
            reports = try await database.read { [grids] in try await store.reports(roundId: round.id, grids: grids.map(\.code), on: $0) }
        case .answered:
            reports = try await database.read { try await store.reports(roundId: round.id, within: scope, limit: paging.limit, offset: paging.offset, total: reported + none, on: $0) }
            let names = try await units.names(of: reports.map(\.gridCode))
            grids = reports.map { ($0.gridCode, names[$0.gridCode] ?? $0.gridCode) }
        case .silent:
            (grids, reports) = (try await silentGrids(of: round, under: scope, of: silent, among: expected, paging: paging), [])
        }
        let byGrid = Dictionary(reports.map { ($0.gridCode, $0) }, uniquingKeysWith: { first, _ in first })
        let total = switch showing { case .all: expected; case .answered: reported + none; case .silent: silent }
        return Completeness(expected: expected, reported: reported, none: none, missing: late ? 0 : silent, overdue: late ? silent : 0,
                            lines: grids.map { Self.line(grid: $0, report: byGrid[$0.code], of: round, now: now) }, total: total)
    }

    /// A page of the `silent` grids under `scope` (of `expected`) that have not answered: walked in code order, those that
    /// answered left out, as far as the page's last (the grids' table and the reports' are each their own context's). The
    /// first stretch is as long as the silent grids' share says the page needs, the rest a thousand grids each: a round half
    /// answered finds a first page in its first sixty grids, where a thousand grids read and decoded cost 6 ms of the
    /// server's CPU.
    func silentGrids(of round: ScreeningRound, under scope: Scope, of silent: Int, among expected: Int, paging: Paging) async throws
        -> [(code: String, name: String)] {
        let store = self.store
        var found: [(code: String, name: String)] = [], skipped = 0, walked = 0
        guard paging.offset < silent else { return [] }
        let needed = Double(paging.offset + paging.limit) * Double(expected) / Double(silent)
        var stretch = min(1_000, max(50, Int(needed * 1.2)))
        while found.count < paging.limit, skipped + found.count < silent {
            let chunk = try await units.units(level: "grid", under: scope.rootCode, limit: stretch, offset: walked)
            stretch = 1_000
            guard let first = chunk.first?.code, let last = chunk.last?.code else { break }
            walked += chunk.count
            let answered = try await database.read { try await store.answered(roundId: round.id, from: first, through: last, on: $0) }
            for grid in chunk where !answered.contains(grid.code) {
                if skipped < paging.offset { skipped += 1 } else if found.count < paging.limit { found.append(grid) }
            }
        }
        return found
    }

    static func line(grid: (code: String, name: String), report r: ScreeningReport?, of round: ScreeningRound, now: Date) -> GridLine {
        guard let r else {
            return GridLine(gridCode: grid.code, gridName: grid.name, state: now > round.dueAt ? .overdue : .missing, late: false, findings: nil,
                            disputeIds: [], reportedAt: nil)
        }
        return GridLine(gridCode: grid.code, gridName: grid.name, state: r.nothingFound ? .none : .reported, late: r.reportedAt > round.dueAt,
                        findings: r.findings, disputeIds: r.disputeIds, reportedAt: r.reportedAt)
    }

    /// The line of a report just made: its grid's alone (working out the whole round's, as the answer did, read every report of
    /// it and every grid under it for each grid that answered).
    public func line(of report: ScreeningReport, in round: ScreeningRound) async throws -> GridLine {
        let name = try await units.unitName(code: report.gridCode) ?? report.gridCode
        return Self.line(grid: (report.gridCode, name), report: report, of: round, now: clock.now())
    }

    /// A grid's answer to the round: what it found (with the disputes registered from it), or "none".
    public func report(to round: ScreeningRound, gridCode: String, nothingFound: Bool, findings: String, disputeIds: [String],
                       by actor: StaffContext) async throws -> ScreeningReport {
        guard actor.staff.can(.reportDisputes) else { throw AppError.forbiddenAction }
        let grid = gridCode.trimmed, findings = findings.trimmed, ids = disputeIds.map { $0.trimmed }.filter { !$0.isEmpty }, now = clock.now()
        guard grid.count == 15, grid.hasPrefix(round.unitCode), actor.scope.contains(grid), try await units.unitName(code: grid) != nil else {
            throw AppError.invalid("screening_error_grid", [grid])
        }
        guard now >= round.periodStart.startDate else { throw AppError.invalid("screening_error_not_started", [round.periodStart.description]) }
        if nothingFound {
            guard ids.isEmpty else { throw AppError.invalid("screening_error_none_with_disputes") }
        } else {
            guard !findings.isEmpty, findings.count <= 8_000 else { throw AppError.invalid("screening_error_findings") }
        }
        let report = ScreeningReport(roundId: round.id, gridCode: grid, nothingFound: nothingFound, findings: nothingFound ? "" : findings,
                                     disputeIds: ids, reportedBy: actor.staff.id, reportedAt: now)
        let store = self.store, event = actor.audit("screening.report", "screening_round", round.id, detail: "\(grid) \(nothingFound ? "none" : "\(ids.count)")")
        try await database.transaction { sql in
            let known = try await store.disputes(ids, in: grid, on: sql)
            if let unknown = ids.first(where: { !known.contains($0) }) { throw AppError.invalid("screening_error_dispute", [unknown]) }
            guard try await store.insert(report, on: sql) else { throw AppError.conflict("screening_error_reported", [grid]) }
            try await AuditLog().append(event, at: now, on: sql)
        }
        return report
    }
}
