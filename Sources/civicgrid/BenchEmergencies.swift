import CivicGridApp
import Foundation
import Kernel
import SQLKit

/// Emergencies for the lists bench (突发事件): 100,000 over two years at the default million petitions (about 4,000 a month in
/// the county), most of them general accidents, one in fifty with a death (reported late), each reported to the county. The
/// list, its owing view and the month's statistics (this month against the same month a year ago) are then measured.
enum BenchEmergencies {
    static let columns = ["id", "number", "category", "type", "title", "occurred_at", "learned_at", "place", "unit_code", "deaths", "serious_injuries",
                          "direct_loss_yuan", "affected", "grade", "grade_rule", "open_due", "due_rule", "created_by", "created_at", "updated_at", "late_reports"]
    static let kinds = [("accident", "交通事故", "道路交通事故"), ("accident", "火灾", "居民楼火情"), ("natural_disaster", "洪涝", "暴雨积水"),
                        ("public_health", "食物中毒", "聚餐后多人不适"), ("social_security", "群体性事件", "欠薪聚集")]

    /// Emergency `i`: up to two years ago, in a grid of the district; those of the last day still owe their report upward.
    static func emergency(_ i: Int, grids: [String], now: Date) -> [BulkValue] {
        var random = SplitMix(seed: UInt64(i) &+ 0xE3E7)
        let age = Int(random.next() % (730 * 86_400)), occurred = Int(now.epochSeconds) - age, (category, type, title) = kinds[i % kinds.count]
        let deaths = i % 50 == 0 ? 1 : 0, owing = age < 86_400
        let day = Day(date: Date(epochSeconds: Int64(occurred))).description.replacingOccurrences(of: "-", with: "")
        return [.text(String(format: "bench-e%09d", i)), .text("TF\(day)-B\(i)"), .text(category), .text(type), .text(title), .integer(occurred),
                .integer(occurred + 600), .text("幸福路\(i % 997)号"), .text(grids[i * 11 % grids.count]), .integer(deaths), .integer(i % 7 == 0 ? 1 : 0),
                .integer(i % 13 * 1_000), .integer(i % 9), .text(deaths > 0 ? "larger" : "general"), .text(""), owing ? .integer(occurred + 3_600) : .null,
                owing ? .text("report_city") : .null, .null, .integer(occurred + 600), .integer(occurred + 600), .integer(deaths)]
    }

    static func load(count: Int, services: AppServices, grids: [String], now: Date) async throws {
        guard count > 0 else { return }
        try await BenchData.fill("emergencies", to: count, columns: columns, services: services) { emergency($0, grids: grids, now: now) }
        // Each reported to the county, within the hour or (those with a death, counted late above) two hours late, copied from
        // the events as stored.
        guard try await !BenchData.isLoaded("emergency_reports", services: services) else { return }
        let late = SQLBinaryExpression(SQLColumn("occurred_at"), .add, SQLBinaryExpression(SQLBind(1_800), .add, SQLBinaryExpression(SQLColumn("deaths"),
                                                                                                                                      .multiply, SQLBind(9_000))))
        try await services.database.transaction { sql in
            try await sql.insert(into: "emergency_reports").columns("emergency_id", "level", "reported_at", "due_at", "reported_by", "note").select {
                $0.column("id").column(SQLBind("county")).column(late).column(SQLBinaryExpression(SQLColumn("occurred_at"), .add, SQLBind(3_600)))
                    .column(SQLLiteral.null).column(SQLBind("已按时报县应急管理局"))
                    .from("emergencies").where("id", .greaterThanOrEqual, "bench-e").where("id", .lessThan, "bench-f")
            }.run()
        }
    }
}
