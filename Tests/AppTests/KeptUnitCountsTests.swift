import CivicGridApp
@testable import Disputes
import Foundation
@testable import Grids
import HummingbirdTesting
import Kernel
import KernelTesting
import SQLKit
import Testing

/// Units under every unit, and a screening round's answers under every unit, are counts kept as units are added and grids
/// answer; whatever was added, they must be what counting the units and the reports gives, for every scope a caller can
/// have (and prefixes of no level's length, counted from the rows), and counting everything again must give the same
/// table. On both databases.
@Suite("Unit and screening counts kept as counts")
struct KeptUnitCountsTests {
    struct UnitRow: Decodable { let code: String, level: String }
    struct ReportRow: Decodable { let round_id: String, grid_code: String, nothing_found: Int }
    struct Kept: Decodable, Hashable, Comparable {
        let unit_code: String, depth: Int, key: String, a: Int, b: Int
        static func < (l: Kept, r: Kept) -> Bool { (l.unit_code, l.key) < (r.unit_code, r.key) }
    }

    static func kept(_ table: String, key: String, counts: [String], on database: Database) async throws -> [Kept] {
        try await database.read { sql in
            try await sql.select().column("unit_code").column("depth").column(SQLColumn(key), as: "key").column(SQLColumn(counts[0]), as: "a")
                .column(counts.count > 1 ? SQLColumn(counts[1]) as any SQLExpression : SQLLiteral.numeric("0"), as: "b").from(table)
                .all(decoding: Kept.self).sorted()
        }
    }

    /// A new street (its communities, grids and a building) in one insert and more grids one at a time, under the demo county.
    static func addUnits(_ database: Database) async throws -> [JurisdictionUnit] {
        let street = "330199008", communities = (1...3).map { street + String(format: "%03d", $0) }
        var batch = [JurisdictionUnit(code: street, parentCode: "330199", level: .street, name: "东城街道", settlement: .urban)]
        batch += communities.map { JurisdictionUnit(code: $0, parentCode: street, level: .community, name: "社区\($0.suffix(3))", settlement: .urban) }
        batch += communities.prefix(2).flatMap { c in
            (1...7).map { JurisdictionUnit(code: c + String(format: "%03d", $0), parentCode: c, level: .grid, name: "网格\($0)", settlement: .rural) }
        }
        batch.append(JurisdictionUnit(code: communities[0] + "001001", parentCode: communities[0] + "001", level: .building, name: "1号楼", settlement: .urban))
        let single = (8...10).map { JurisdictionUnit(code: communities[2] + String(format: "%03d", $0), parentCode: communities[2], level: .grid,
                                                     name: "网格\($0)", settlement: .urban) }
        try await database.transaction { [batch] in try await GridStore().insert(batch, at: Date(), on: $0) }
        for unit in single { try await database.transaction { try await GridStore().insert([unit], at: Date(), on: $0) } }
        return batch + single
    }

    @Test func keptUnitCountsAreWhatCountingTheUnitsGives() async throws {
        try await TestApp.run { app in
            let database = app.services.database, store = GridStore()
            let added = try await Self.addUnits(database)
            let units = try await database.read { try await $0.select().columns("code", "level").from("units").all(decoding: UnitRow.self) }
            #expect(Set(added.map(\.code)).isSubset(of: Set(units.map(\.code))))
            // Every unit, the installation, and prefixes of no level's length.
            let roots = Set(units.map(\.code) + ["", "3", "33", "3301", "3301990", "33019900", "330199008001001001001", "999999"]).sorted()
            var checked = 0
            for root in roots {
                for level in UnitLevel.allCases.map(\.rawValue) {
                    let counted = units.filter { $0.level == level && $0.code.hasPrefix(root) }.count
                    let kept = try await database.read { try await store.count(level: level, under: root, on: $0) }
                    #expect(kept == counted, "\(level) under '\(root)'")
                    checked += 1
                }
            }
            #expect(checked == roots.count * UnitLevel.allCases.count && units.filter { $0.code.hasPrefix("330199008") && $0.level == "grid" }.count == 17)
            let before = try await Self.kept(UnitTallies.table, key: "level", counts: ["n"], on: database)
            try await database.transaction { try await UnitTallies.recount(on: $0) }
            #expect(try await Self.kept(UnitTallies.table, key: "level", counts: ["n"], on: database) == before)
            #expect(!before.isEmpty)
        }
    }

    /// The grid list's total, whatever the caller's scope and the unit asked for (kept), and with a name (counted).
    @Test func theGridListsTotalIsEveryGridItShows() async throws {
        try await TestApp.run { app in
            _ = try await Self.addUnits(app.services.database)
            let grids = try await app.gridCodes()
            let names = try await app.services.database.read { sql in
                try await sql.select().columns("code", "name").from("units").where("level", .equal, "grid").all(decoding: JurisdictionUnitName.self)
            }
            for (user, root) in [("supervisor", "330199"), ("street_sup", "330199001")] {
                let token = try await app.session(user, kind: .api).token
                for under in [nil, "330199008", "330199008003", "330199001001", "330199", "330198"] as [String?] {
                    for q in [nil, "网格", "网格1"] as [String?] {
                        var shown: [String] = [], total = -1
                        for offset in stride(from: 0, to: 60, by: 7) {
                            var path = "/api/v1/grids?limit=7&offset=\(offset)"
                            if let under { path += (under.count == 12 ? "&community=" : "&street=") + under }
                            if let q { path += "&q=" + q.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }
                            let page = try await app.api(.get, path, token: token).json()
                            total = page["total"] as? Int ?? -2
                            shown += (page["items"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
                        }
                        let narrower = under.map { $0.count > root.count ? $0 : root } ?? root
                        let nested = under.map { $0.hasPrefix(root) || root.hasPrefix($0) } ?? true
                        let expected = nested ? grids.filter { code in
                            code.hasPrefix(narrower) && (q.map { q in names.first { $0.code == code }?.name.contains(q) ?? false } ?? true)
                        } : []
                        #expect(total == expected.count, "\(user) under \(under ?? "-") q \(q ?? "-")")
                        #expect(shown == Array(expected.prefix(63)), "\(user) under \(under ?? "-") q \(q ?? "-")")
                        if expected.count > 3 {
                            let tail = try await app.api(.get, "/api/v1/grids?limit=5&offset=\(expected.count - 3)" + (under.map { "&street=\($0)" } ?? "")
                                                         + (q.map { "&q=" + $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! } ?? ""), token: token).json()
                            #expect((tail["items"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } == Array(expected.suffix(3)))
                        }
                    }
                }
            }
        }
    }

    struct JurisdictionUnitName: Decodable { let code: String, name: String }

    @Test func keptScreeningAnswersAreWhatCountingTheReportsGives() async throws {
        try await TestApp.run { app in
            let database = app.services.database, store = ScreeningStore()
            _ = try await Self.addUnits(database)
            let grids = try await app.gridCodes()
            // The demo street's round and a county round, answered by most grids, some with "none", one twice (counted once).
            let now = Date()
            try await database.transaction { sql in
                _ = try await store.insert(ScreeningRound(id: "kept-county", unitCode: "330199", level: .adHoc, periodStart: Day(date: now),
                                                          periodEnd: Day(date: now), reason: "排查", createdBy: nil, createdAt: now), on: sql)
            }
            for (i, grid) in grids.enumerated() {
                for round in ["demo-round-1", "kept-county"] where grid.hasPrefix(round == "kept-county" ? "330199" : "330199001") && i % 4 != 3 {
                    let report = ScreeningReport(roundId: round, gridCode: grid, nothingFound: i % 3 == 0, findings: i % 3 == 0 ? "" : "纠纷一起",
                                                 disputeIds: [], reportedBy: "test", reportedAt: now)
                    #expect(try await database.transaction { try await store.insert(report, on: $0) })
                    if i == 0 { #expect(try await database.transaction { try await store.insert(report, on: $0) } == false) }
                }
            }
            let reports = try await database.read { sql in
                try await sql.select().columns("round_id", "grid_code", "nothing_found").from("screening_reports").all(decoding: ReportRow.self)
            }
            #expect(reports.filter { $0.round_id == "kept-county" }.count > 10)
            let roots = Set(grids + grids.map { String($0.prefix(12)) } + grids.map { String($0.prefix(9)) } + ["330199", "", "3301990", "33019900800"]).sorted()
            for round in ["demo-round-1", "kept-county", "no-such-round"] {
                for root in roots {
                    let within = reports.filter { $0.round_id == round && $0.grid_code.hasPrefix(root) }
                    let counts = try await database.read { try await store.answerCounts(roundId: round, within: Scope(rootCode: root), on: $0) }
                    #expect(counts.reported == within.filter { $0.nothing_found == 0 }.count && counts.none == within.filter { $0.nothing_found != 0 }.count,
                            "\(round) under '\(root)'")
                }
            }
            // The county round's grids and its answers, read seven at a time (the later pages walked from the end), and past the end.
            let token = try await app.session("supervisor", kind: .api).token
            let answered = reports.filter { $0.round_id == "kept-county" }.map(\.grid_code).sorted()
            for (show, expected) in [("all", grids.filter { $0.hasPrefix("330199") }), ("answered", answered)] {
                var shown: [String] = []
                for offset in stride(from: 0, through: expected.count + 7, by: 7) {
                    let page = try await app.api(.get, "/api/v1/screening-rounds/kept-county?show=\(show)&limit=7&offset=\(offset)", token: token).json()
                    let completeness = try #require(page["completeness"] as? [String: Any])
                    #expect(completeness["total"] as? Int == expected.count, "\(show) at \(offset)")
                    shown += (completeness["lines"] as? [[String: Any]] ?? []).compactMap { $0["grid_code"] as? String }
                }
                #expect(shown == expected, "\(show)")
                let tail = try await app.api(.get, "/api/v1/screening-rounds/kept-county?show=\(show)&limit=5&offset=\(expected.count - 3)", token: token).json()
                #expect(((tail["completeness"] as? [String: Any])?["lines"] as? [[String: Any]] ?? []).compactMap { $0["grid_code"] as? String }
                    == Array(expected.suffix(3)), "\(show) tail")
            }
            let before = try await Self.kept(ScreeningAnswerCounts.table, key: "round_id", counts: ["reported", "none"], on: database)
            try await Screening.recountAnswers(in: database)
            #expect(try await Self.kept(ScreeningAnswerCounts.table, key: "round_id", counts: ["reported", "none"], on: database) == before)
            #expect(before.contains { $0.unit_code == "330199" && $0.key == "kept-county" })
            // Nothing is kept under a grid: its answer is its report.
            #expect(!before.contains { $0.depth >= 15 })
        }
    }
}
