import CivicGridApp
import Foundation
import Kernel

/// Residents' proposals, community projects and leaders' commitments for the lists bench (居民提案、惠民项目、公开承诺): a
/// proposal of one resident in fifty over two years, a project of each community in three a year for three years, three
/// commitments of each community a year for three years. Their lists, every role's widest scope, are then measured.
enum BenchParticipation {
    static let proposalColumns = ["id", "unit_code", "title", "body", "proposer_name", "proposer_phone", "channel", "status", "group_label", "review_note",
                                  "ballot_id", "entered_by", "created_at"]
    static let projectColumns = ["id", "unit_code", "title", "plan", "budget_fen", "ballot_id", "status", "round", "started_on", "finished_on",
                                 "accepted_on", "created_by", "created_at"]
    static let commitmentColumns = ["id", "unit_code", "year", "person", "post", "promise", "promised_on", "progress", "progress_on", "result",
                                    "result_note", "result_on", "created_by", "created_at"]
    static let statuses = ["declined", "balloted", "shortlisted", "declined", "balloted"]

    static func load(proposals: Int, services: AppServices, grids: [String], now: Date) async throws {
        // Communities are the grids' first twelve digits; the bench's grids run in order, so each community once.
        var seen = Set<String>(), communities: [String] = []
        for g in grids where seen.insert(String(g.prefix(12))).inserted { communities.append(String(g.prefix(12))) }
        let at = Int(now.epochSeconds), today = Day(date: now)
        try await BenchData.fill("proposals", to: proposals, columns: proposalColumns, services: services) { i in
            // Newest last; the last month's still wait for review.
            let created = at - (proposals - i) * (730 * 86_400 / max(proposals, 1)), recent = at - created < 30 * 86_400
            return [.text(String(format: "bench-pr%09d", i)), .text(communities[i * 7 % communities.count]), .text("建议在小区增设电动车充电桩"),
                    .text("楼下电动车乱停乱充，存在消防隐患，建议增设集中充电点"), .text("居民\(i % 1000)"), .text("1380000\(String(format: "%04d", i % 10_000))"),
                    .text(i % 3 == 0 ? "window" : "portal"), .text(recent ? "received" : statuses[i % statuses.count]), .null, .null, .null, .null,
                    .integer(created)]
        }
        let projects = communities.count, years = 3
        try await BenchData.fill("projects", to: projects * years, columns: projectColumns, services: services) { i in
            let community = communities[i % projects], year = today.year - i / projects
            let started = Day(year: year, month: 1 + i % 12, day: 1 + i % 28), done = year < today.year
            return [.text(String(format: "bench-pj%08d", i)), .text(community), .text("\(year)年惠民项目：楼道照明改造"), .text("更换楼道声控灯"),
                    .integer(50_000_00 + i % 100 * 1_000_00), .null, .text(done ? "accepted" : "in_progress"), .integer(done ? 1 : 0),
                    .text(started.description), done ? .text(started.adding(days: 90).description) : .null,
                    done ? .text(started.adding(days: 120).description) : .null, .null, .integer(at - (today.year - year) * 365 * 86_400)]
        }
        try await BenchData.fill("commitments", to: communities.count * 3 * years, columns: commitmentColumns, services: services) { i in
            let community = communities[i / 3 % communities.count], year = today.year - i / (3 * communities.count), done = year < today.year
            return [.text(String(format: "bench-cm%08d", i)), .text(community), .integer(year), .text("书记\(i % 500)"), .text("社区党委书记"),
                    .text("年内完成老旧小区加装电梯\(i % 3 + 1)部"), .text("\(year)-02-01"), .null, .null, done ? .text("delivered") : .null,
                    done ? .text("已完成") : .null, done ? .text("\(year)-12-20") : .null, .null, .integer(at - (today.year - year) * 365 * 86_400)]
        }
    }
}
