import ArgumentParser
import CivicGridApp
import Disputes
import Foundation
import Kernel
import Logging
import Petitions
import SQLKit

/// `civicgrid bench registers`: the petition and dispute lists (first page of 50 by clock, with
/// the capped total) at a million records each, p50/p95 per reader, as ratios to the smallest
/// reader's list measured in the same run.
struct RegisterBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "registers", abstract: "Petition and dispute list latency at a million records each.")

    @Option(help: "Petitions and disputes to store (each).") var records: Int = 1_000_000
    @Option(help: "Lists per kind.") var lists: Int = 200
    @Option(help: "Keep the database here and reuse it on the next run.") var dataDir: String?

    func run() async throws {
        try await BenchData.withSite("register", dataDir: dataDir) { try await run(on: $0) }
    }

    func run(on site: BenchData.Site) async throws {
        let (services, grids) = (site.services, site.grids)
        let now = Date()
        try await BenchData.fill("petitions", to: records, columns: Self.petitionColumns, services: services) { Self.petition($0, grids: grids, now: now) }
        try await BenchData.fill("disputes", to: records, columns: Self.disputeColumns, services: services) { Self.dispute($0, grids: grids, now: now) }

        func measure(_ name: String, _ list: @escaping @Sendable (any SQLDatabase) async throws -> Int) async throws -> Double {
            var times: [Double] = []
            var found = 0
            for _ in 0..<lists {
                let t = DispatchTime.now().uptimeNanoseconds
                found = try await services.database.read { try await list($0) }
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            times.sort()
            let p95 = times[min(times.count - 1, times.count * 95 / 100)]
            say(String(format: "%@ %9d  p50 %7.1f ms  p95 %7.1f ms", name.padding(toLength: 46, withPad: " ", startingAt: 0), found, times[times.count / 2], p95))
            return p95
        }
        let petitions = PetitionStore(), disputes = DisputeStore()
        let grid = Scope(rootCode: grids[0]), community = Scope(rootCode: String(grids[0].prefix(12))), street = Scope(rootCode: String(grids[0].prefix(9)))
        let county = Scope(rootCode: "330199")
        func petitionList(_ scope: Scope, _ selection: PetitionStore.Selection) -> @Sendable (any SQLDatabase) async throws -> Int {
            { try await petitions.list(within: scope, selection, channel: nil, limit: 50, offset: 0, on: $0).total }
        }
        func disputeList(_ scope: Scope, _ selection: DisputeStore.Selection) -> @Sendable (any SQLDatabase) async throws -> Int {
            { try await disputes.list(within: scope, selection, type: nil, limit: 50, offset: 0, on: $0).total }
        }
        say("\(records) petitions and \(records) disputes over \(grids.count) grids; \(lists) lists per kind; first page of 50 by clock with its total\n"
            + "reader".padding(toLength: 46, withPad: " ", startingAt: 0) + "  matching")
        let baseline = try await measure("community petitions: owed (baseline)", petitionList(community, .owed))
        var ratios: [(String, Double)] = []
        ratios.append(("petitions street owed", try await measure("street petition office: owed", petitionList(street, .owed)) / baseline))
        ratios.append(("petitions county owed", try await measure("county petition office: owed", petitionList(county, .owed)) / baseline))
        ratios.append(("petitions county overdue", try await measure("county petition office: overdue", petitionList(county, .overdue(now))) / baseline))
        ratios.append(("petitions county all", try await measure("county petition office: all, newest first", petitionList(county, .all)) / baseline))
        ratios.append(("disputes grid open", try await measure("grid worker: disputes open", disputeList(grid, .open)) / baseline))
        ratios.append(("disputes street open", try await measure("street mediator: disputes open", disputeList(street, .open)) / baseline))
        ratios.append(("disputes county open", try await measure("county: disputes open", disputeList(county, .open)) / baseline))
        ratios.append(("disputes county high risk", try await measure("county: disputes high risk", disputeList(county, .highRisk)) / baseline))
        ratios.append(("disputes county overdue", try await measure("county: disputes overdue", disputeList(county, .overdue(now))) / baseline))
        say("p95 as a ratio to the baseline: " + ratios.map { String(format: "%@ %.1f", $0.0, $0.1) }.joined(separator: ", "))
        await services.database.shutdown()
    }

    static let petitionColumns = ["id", "number", "channel", "petitioner_name", "petitioner_phone", "headcount", "matter", "demands", "unit_code",
                                  "responsible_body", "status", "received_at", "accepted_at", "reply_due_at", "replied_at", "extension_days", "due_at",
                                  "due_rule", "stage_at", "created_by", "updated_at", "owed_due"]

    /// Petition `i`: received over the past two years at a community; the recent ones still owed.
    static func petition(_ i: Int, grids: [String], now: Date) -> [BulkValue] {
        var random = SplitMix(seed: UInt64(i))
        let age = Double(random.next() % 730) * 86_400
        let received = now.addingTimeInterval(-age)
        let channels = ["visit", "letter", "phone", "online"]
        let status: String, due: Date?, rule: String?
        switch age {
        case ..<(15 * 86_400): (status, due, rule) = ("registered", received.addingTimeInterval(15 * 86_400), "acceptance_15d")
        case ..<(75 * 86_400): (status, due, rule) = ("accepted", received.addingTimeInterval(75 * 86_400), "handling_60d")
        default: (status, due, rule) = ("replied", nil, nil)
        }
        let accepted = age >= 15 * 86_400 ? Int(received.addingTimeInterval(10 * 86_400).epochSeconds) : nil
        let replyDue = accepted.map { $0 + 60 * 86_400 }
        return [.text(String(format: "bench-p%010d", i)), .text("XFB\(i)"), .text(channels[Int(random.next() % 4)]), .text("信访人"), .text("13900001111"),
                .integer(1), .text("反映问题"), .text("诉求"), .text(String(grids[i % grids.count].prefix(12))), .text("县信访局"), .text(status),
                .integer(Int(received.epochSeconds)), accepted.map(BulkValue.integer) ?? .null, replyDue.map(BulkValue.integer) ?? .null,
                status == "replied" ? .integer(Int(received.addingTimeInterval(50 * 86_400).epochSeconds)) : .null, .integer(0),
                due.map { .integer(Int($0.epochSeconds)) } ?? .null, .text(rule), .integer(Int(received.epochSeconds)), .text(nil),
                .integer(Int(received.epochSeconds)), due.map { .integer(Int($0.epochSeconds)) } ?? .null]
    }

    static let disputeColumns = ["id", "number", "title", "occurred_on", "place", "type_code", "scale", "summary", "unit_code", "violence_threatened",
                                 "risk_level", "risk_reasons", "status", "due_at", "due_rule", "created_by", "created_at", "updated_at", "open_due", "high_risk_due"]

    /// Dispute `i`: found over the past two years in a grid; the last 45 days' still open.
    static func dispute(_ i: Int, grids: [String], now: Date) -> [BulkValue] {
        var random = SplitMix(seed: UInt64(i) &+ 77)
        let age = Double(random.next() % 730) * 86_400
        let created = now.addingTimeInterval(-age)
        let open = age < 45 * 86_400
        let types = ["family", "neighbour", "damages", "labour", "land", "property", "traffic", "other"]
        let risks = ["low", "low", "low", "medium", "medium", "high", "major"]
        let status = open ? ["registered", "assigned", "mediating"][Int(random.next() % 3)] : ["performed", "failed", "referred"][Int(random.next() % 3)]
        let type = types[Int(random.next() % UInt64(types.count))], risk = risks[Int(random.next() % UInt64(risks.count))]
        let due: BulkValue = open ? .integer(Int(created.addingTimeInterval(30 * 86_400).epochSeconds)) : .null
        return [.text(String(format: "bench-d%010d", i)), .text("TJB\(i)"), .text("纠纷"), .text(Day(date: created).description), .text("某地"),
                .text(type), .integer(2), .text("简要情况"), .text(grids[i % grids.count]), .integer(0), .text(risk), .text(""), .text(status),
                due, .text(open ? "mediation_limit" : nil), .text(nil), .integer(Int(created.epochSeconds)), .integer(Int(created.epochSeconds)),
                due, RiskLevel(rawValue: risk)!.isSerious ? due : .null]
    }
}
