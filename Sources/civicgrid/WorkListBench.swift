import ArgumentParser
import CivicGridApp
import Foundation
import Kernel
import Logging
import WorkOrders

/// `civicgrid bench worklist`: the work-list query (first page of 50 by deadline, with its total)
/// at millions of stored orders, p50/p95 for each kind of reader, as ratios to one grid's list
/// measured in the same run.
struct WorkListBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "worklist", abstract: "Work-list latency at millions of stored work orders.")

    @Option(help: "Work orders to store.") var orders: Int = 5_000_000
    @Option(help: "Lists per kind.") var lists: Int = 200
    @Option(help: "Keep the database here and reuse it on the next run.") var dataDir: String?
    @Flag(help: "Also every view and filter the work-order API offers, for each kind of reader (WorkListBench+Views).") var views = false
    @Option(help: "Lists per view in --views.") var viewLists: Int = 20

    static let departments = ["县住房和城乡建设局", "县城市管理局", "县生态环境分局", "县交通运输局", "县市场监督管理局",
                              "县人力资源和社会保障局", "县民政局", "县卫生健康局", "县教育局", "县水利局"]

    func run() async throws {
        try await BenchData.withSite("worklist", dataDir: dataDir) { try await run(on: $0) }
    }

    func run(on site: BenchData.Site) async throws {
        let (services, grids) = (site.services, site.grids)
        let start = Date()
        let total = try await BenchData.fill("work_orders", to: orders, columns: Self.columns, services: services) { Self.row($0, grids: grids, now: start) }
        let store = WorkOrderStore()
        let now = Date()
        func measure(_ name: String, _ visibility: WorkOrderStore.Visibility, _ selection: WorkOrderStore.Selection) async throws -> Double {
            var times: [Double] = []
            var found = 0
            for _ in 0..<lists {
                let t = DispatchTime.now().uptimeNanoseconds
                found = try await services.database.read { try await store.list(visibility, selection, limit: 50, offset: 0, on: $0) }.total
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            times.sort()
            let p95 = times[min(times.count - 1, times.count * 95 / 100)]
            say(String(format: "%@ %9d  p50 %7.1f ms  p95 %7.1f ms", name.padding(toLength: 46, withPad: " ", startingAt: 0), found, times[times.count / 2], p95))
            return p95
        }
        say("\(total) orders over \(grids.count) grids; \(lists) lists per kind; first page of 50 by deadline with its total\n"
              + "reader".padding(toLength: 46, withPad: " ", startingAt: 0) + "  matching")
        let baseline = try await measure("grid worker: one grid, open (baseline)", .jurisdiction(Scope(rootCode: grids[0])), .open)
        var ratios: [(String, Double)] = []
        ratios.append(("community open", try await measure("community clerk: open", .jurisdiction(Scope(rootCode: String(grids[0].prefix(12)))), .open) / baseline))
        ratios.append(("street open", try await measure("street supervisor: open", .jurisdiction(Scope(rootCode: String(grids[0].prefix(9)))), .open) / baseline))
        ratios.append(("street overdue", try await measure("street supervisor: overdue", .jurisdiction(Scope(rootCode: String(grids[0].prefix(9)))), .overdue(now)) / baseline))
        ratios.append(("county open", try await measure("county supervisor: open", .jurisdiction(Scope(rootCode: "330199")), .open) / baseline))
        ratios.append(("county overdue", try await measure("county supervisor: overdue", .jurisdiction(Scope(rootCode: "330199")), .overdue(now)) / baseline))
        ratios.append(("county to dispatch", try await measure("county supervisor: to dispatch", .jurisdiction(Scope(rootCode: "330199")), .status(.registered)) / baseline))
        ratios.append(("department open", try await measure("department handler: open", .unit(Self.departments[0]), .open) / baseline))
        say("p95 as a ratio to the baseline: " + ratios.map { String(format: "%@ %.1f", $0.0, $0.1) }.joined(separator: ", "))
        if views { try await measureViews(services, grids: grids, now: now) }
        await services.database.shutdown()
    }

    static let columns = ["id", "number", "channel", "request_class", "category_code", "description", "address", "lon", "lat", "grid_code",
                          "handling_level", "handling_unit", "status", "contact_name", "contact_phone", "proxy", "satisfaction", "extensions",
                          "created_by", "created_at", "due_at", "closed_at", "updated_at", "open_due"]

    /// Twelve leaf categories, so a category filter keeps about one order in twelve.
    static let categories = (1...12).map { String(format: "A%02d", $0) }

    /// Order `i`: filed over the past year; the most recent 15 % still open (some past their deadline).
    static func row(_ i: Int, grids: [String], now: Date) -> [BulkValue] {
        var random = SplitMix(seed: UInt64(i))
        let age = Double(random.next() % 365 * 86_400)
        let created = now.addingTimeInterval(-age)
        let open = age < 55 * 86_400
        let statuses: [WorkOrderStatus] = [.registered, .dispatched, .accepted, .replied]
        let status = open ? statuses[Int(random.next() % 4)] : (random.next() % 3 == 0 ? .closed : .visited)
        let due = open ? now.addingTimeInterval(Double(Int(random.next() % 20) - 10) * 86_400) : created.addingTimeInterval(7 * 86_400)
        let unit = random.next() % 5 == 0 ? nil : departments[Int(random.next() % UInt64(departments.count))]
        let day = Day(date: created).description.replacingOccurrences(of: "-", with: "")
        let category = categories[Int(random.next() % UInt64(categories.count))]
        return [.text(String(format: "bench-%010d", i)), .text("\(day)-B\(i)"), .text("hotline"), .text("administrative"), .text(category),
                .text("楼道堆物，影响通行"), .text(nil), .null, .null, .text(grids[i % grids.count]), .text("other"), .text(unit),
                .text(status.rawValue), .text(nil), .text("13800001234"), .integer(0), .text(open ? nil : "satisfied"), .integer(0), .text(nil),
                .integer(Int(created.epochSeconds)), .integer(Int(due.epochSeconds)), open ? .null : .integer(Int(due.epochSeconds)),
                .integer(Int(created.epochSeconds)), open ? .integer(Int(due.epochSeconds)) : .null]
    }
}

/// Unbuffered, so results show as they come even when written to a file.
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
