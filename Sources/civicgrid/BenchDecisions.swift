import CivicGridApp
import Foundation
import Kernel

/// A major decision at a city's size for the lists bench (重大决策社会稳定风险评估): the demo's old-town renovation
/// (`demo-decision-2`) made to cover the first synthetic street's hundred grids, with a visit to each of 20,000 households
/// and 3,000 comments from the public (two in three answered). Its detail, its assessment and its pages are then measured.
enum BenchDecisions {
    static let decision = "demo-decision-2"
    static let visitColumns = ["decision_id", "household_id", "grid_code", "attitude", "concerns", "visited_by", "visited_at"]
    static let commentColumns = ["id", "decision_id", "author", "body", "created_at", "answer", "answered_at", "answered_by"]
    static let attitudes = ["support", "support", "support", "neutral", "object", "strongly_object"]

    static func load(services: AppServices, grids: [String], now: Date) async throws {
        guard try await !BenchData.isLoaded("decision_visits", services: services) else { return }
        let street = Array(grids.prefix(100)), at = Int(now.epochSeconds) - 30 * 86_400, database = services.database
        try await database.transaction { sql in
            _ = try await database.insertNew(into: "decision_grids", columns: ["decision_id", "grid_code"], rows: street.map { [.text(decision), .text($0)] },
                                             conflictKeys: ["decision_id", "grid_code"], on: sql)
        }
        try await BenchData.fill("decision_visits", to: 20_000, columns: visitColumns, services: services) { i in
            [.text(decision), .text("bench-dh\(i)"), .text(street[i % street.count]), .text(attitudes[i % attitudes.count]),
             .text(i % 6 >= 4 ? "补偿标准偏低，希望原地安置" : ""), .text("bench-grid-worker"), .integer(at + i % 20 * 86_400)]
        }
        try await BenchData.fill("decision_comments", to: 3_000, columns: commentColumns, services: services) { i in
            let answered = i % 3 != 0
            return [.text("bench-dc\(i)"), .text(decision), .text("居民\(i)"), .text("建议公开补偿方案，增加过渡安置房源"), .integer(at + i % 15 * 86_400),
                    answered ? .text("已纳入方案修改") : .null, answered ? .integer(at + 20 * 86_400) : .null, answered ? .text("bench-staff") : .null]
        }
    }
}
