import CivicGridApp
import Foundation
import Kernel

/// Backlog petitions (信访积案) for the lists bench: one bench petition in fifty made a case led by a leader (20,000 at the
/// default million), each with two judicial-aid grants (司法救助) asked for over its life — three in five approved, one in
/// five refused, one in five still waiting. The aid ledger (every grant in the reader's scope, with the approved total) is
/// then measured at a city's size.
enum BenchCasework {
    static let caseColumns = ["id", "petition_id", "leader", "team", "plan", "owner", "status", "resolution", "opened_at", "resolved_at"]
    static let grantColumns = ["id", "case_id", "amount_fen", "reason", "status", "requested_by", "requested_at", "decided_at", "decision_note", "unit_code"]

    /// Case `c`'s petition: one in fifty of the bench's, each in the community `RegisterBench.petition` puts it in.
    static func petition(_ c: Int) -> Int { c * 50 - 25 }

    static func load(petitions: Int, services: AppServices, grids: [String], now: Date) async throws {
        let cases = petitions / 50
        guard cases > 0 else { return }
        let opened = Int(now.epochSeconds) - 400 * 86_400
        // Rows are numbered from what the table holds (the demo's case is one): cases 1 to `cases` are the bench's, whatever is stored.
        try await BenchData.fill("backlog_cases", to: cases + 1, columns: caseColumns, services: services) { c in
            [.text("bench-b\(c)"), .text(String(format: "bench-p%010d", petition(c))), .text("副县长"), .text("信访局、住建局"), .text("一案一策，限期化解"),
             .text("县信访局"), .text(c % 3 == 0 ? "resolved" : "open"), c % 3 == 0 ? .text("已化解") : .null, .integer(opened + c % 300 * 86_400),
             c % 3 == 0 ? .integer(opened + 360 * 86_400) : .null]
        }
        try await BenchData.fill("aid_grants", to: cases * 2, columns: grantColumns, services: services) { g in
            let c = g / 2 + 1, asked = opened + c % 300 * 86_400 + (g % 2 + 1) * 20 * 86_400
            let status = ["approved", "approved", "approved", "refused", "requested"][g % 5]
            return [.text("bench-g\(g)"), .text("bench-b\(c)"), .integer((g % 40 + 1) * 100_000), .text("因案致贫，生活困难"), .text(status), .null, .integer(asked),
                    status == "requested" ? .null : .integer(asked + 7 * 86_400), .text(status == "refused" ? "不符合救助条件" : ""),
                    .text(String(grids[petition(c) % grids.count].prefix(12)))]
        }
    }
}
