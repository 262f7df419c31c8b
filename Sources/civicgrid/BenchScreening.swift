import CivicGridApp
import Disputes
import Foundation
import Kernel

/// Screening rounds for the lists bench (矛盾纠纷排查) over the last year: the county's monthly round and every synthetic
/// street's half-monthly ones (2,412 rounds), each answered by most of its grids — a report of findings or of none, one in
/// thirty grids silent, and this month's round half answered — about 350,000 reports. A county round's grids (10,000 and
/// more) are then read a page at a time, and its silent ones on their own.
enum BenchScreening {
    static let roundColumns = ["id", "unit_code", "level", "period_start", "period_end", "reason", "created_by", "created_at"]
    static let reportColumns = ["round_id", "grid_code", "nothing_found", "findings", "dispute_ids", "reported_by", "reported_at"]

    struct Round { let id: String, unit: String, start: Day, end: Day, current: Bool }

    /// This month's county round: every grid of the county, half of them answered so far.
    static let countyRound = "bench-r0-county"

    /// The county round of each of the last twelve months and the streets' two rounds of each.
    static func rounds(grids: [String], today: Day) -> [Round] {
        let streets = Array(Set(grids.map { String($0.prefix(9)) })).sorted()
        var rounds: [Round] = []
        for back in 0..<12 {
            let month = (today.year * 12 + today.month - 1) - back, first = Day(year: month / 12, month: month % 12 + 1, day: 1)
            let last = Day(year: first.year, month: first.month, day: Day.daysIn(month: first.month, year: first.year))
            rounds.append(Round(id: back == 0 ? countyRound : "bench-r\(back)-county", unit: "330199", start: first, end: last, current: back == 0))
            for (half, start) in [first, first.adding(days: 15)].enumerated() {
                let end = half == 0 ? first.adding(days: 14) : last
                for street in streets where start <= today {
                    rounds.append(Round(id: "bench-r\(back)-\(half)-\(street)", unit: street, start: start, end: end, current: end >= today))
                }
            }
        }
        return rounds
    }

    static func load(services: AppServices, grids: [String], today: Day) async throws {
        guard try await !BenchData.isLoaded("screening_reports", services: services) else { return }
        let t0 = Date(), database = services.database, rounds = rounds(grids: grids, today: today)
        try await database.transaction { sql in
            let rows: [[BulkValue]] = rounds.map { r in
                [.text(r.id), .text(r.unit), .text(r.unit.count == 6 ? "county" : "township"), .text(r.start.description), .text(r.end.description), .text(""),
                 .null, .integer(Int(r.start.startDate.epochSeconds))]
            }
            _ = try await database.insertNew(into: "screening_rounds", columns: roundColumns, rows: rows, conflictKeys: [], on: sql)
        }
        var stored = 0
        for round in rounds {
            let under = grids.filter { $0.hasPrefix(round.unit) }
            let rows: [[BulkValue]] = under.enumerated().compactMap { i, grid in
                let k = i * 7 + round.id.count
                guard round.current ? k % 2 == 0 : k % 30 != 0 else { return nil }
                let none = k % 5 != 0, at = round.start.adding(days: k % 12).startDate.epochSeconds + 36_000
                return [.text(round.id), .text(grid), .integer(none ? 1 : 0), .text(none ? "" : "邻里噪音纠纷一起，已调解"), .text(""), .text("bench-grid-worker"),
                        .integer(Int(at))]
            }
            try await database.transaction { sql in
                _ = try await database.insertNew(into: "screening_reports", columns: reportColumns, rows: rows, conflictKeys: [], on: sql)
            }
            stored += rows.count
            if round.unit.count == 6 { FileHandle.standardError.write(Data("\rstored \(stored) screening reports".utf8)) }
        }
        say(String(format: "\nstored %d screening rounds and %d reports in %.0f s", rounds.count, stored, Date().timeIntervalSince(t0)))
        try await Screening.recountAnswers(in: database)
    }
}
