import CivicGridApp
import Foundation
import Kernel
import WorkOrders

/// `civicgrid bench worklist --views`: every list the work-order API answers — each `view`, each
/// `status` no view covers, the default (all) — with each filter it accepts (category, number) and
/// pages deep into the list, for each kind of reader's widest scope. Enumerated from the API's own
/// enums, so a view or status added there is measured here too.
extension WorkListBench {
    struct Reader: Sendable {
        let name: String
        let visibility: WorkOrderStore.Visibility
    }

    struct Case: Sendable {
        let name: String
        let selection: WorkOrderStore.Selection
        var filter = WorkOrderStore.Filter()
        var offset = 0
    }

    static func cases(now: Date, number: String) -> [Case] {
        var cases = WorkListView.allCases.map { Case(name: "view=\($0.rawValue)", selection: $0.selection(now: now)) }
        let covered = Set(WorkListView.allCases.compactMap { view -> WorkOrderStatus? in
            if case .status(let s) = view.selection(now: now) { return s }
            return nil
        })
        cases += WorkOrderStatus.allCases.filter { !covered.contains($0) }.map { Case(name: "status=\($0.rawValue)", selection: .status($0)) }
        cases += [
            Case(name: "default, category=A05", selection: .all, filter: .init(category: "A05")),
            Case(name: "view=open, category=A05", selection: .open, filter: .init(category: "A05")),
            Case(name: "view=registered, category=A05", selection: .status(.registered), filter: .init(category: "A05")),
            Case(name: "default, number=…", selection: .all, filter: .init(number: number)),
            Case(name: "default, offset 10,000", selection: .all, offset: 10_000),
            Case(name: "view=open, offset 10,000", selection: .open, offset: 10_000),
            Case(name: "default, offset 1,000,000", selection: .all, offset: 1_000_000),
        ]
        return cases
    }

    func measureViews(_ services: AppServices, grids: [String], now: Date) async throws {
        let store = WorkOrderStore()
        let readers = [
            Reader(name: "grid", visibility: .jurisdiction(Scope(rootCode: grids[0]))),
            Reader(name: "street", visibility: .jurisdiction(Scope(rootCode: String(grids[0].prefix(9))))),
            Reader(name: "county", visibility: .jurisdiction(Scope(rootCode: "330199"))),
            Reader(name: "department", visibility: .unit(Self.departments[0])),
        ]
        let number = try await services.database.read { sql in
            try await sql.select().column("number").from("work_orders").orderBy("created_at").limit(1).first(decodingColumn: "number", as: String.self)
        } ?? ""
        say("\nAPI list views: first page of 25 with its total (capped at \(ListTotal.cap + 1)), \(viewLists) lists each; p50 / p95 ms")
        say("case".padding(toLength: 34, withPad: " ", startingAt: 0) + readers.map { $0.name.padding(toLength: 21, withPad: " ", startingAt: 0) }.joined())
        var worst: [(String, Double)] = []
        for c in Self.cases(now: now, number: number) {
            var line = c.name.padding(toLength: 34, withPad: " ", startingAt: 0)
            for reader in readers {
                var times: [Double] = []
                for _ in 0..<viewLists {
                    let t = DispatchTime.now().uptimeNanoseconds
                    _ = try await services.database.read {
                        try await store.list(reader.visibility, c.selection, filter: c.filter, limit: 25, offset: c.offset, on: $0)
                    }
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
                }
                times.sort()
                let p95 = times[min(times.count - 1, times.count * 95 / 100)]
                line += String(format: "%8.1f / %8.1f   ", times[times.count / 2], p95)
                worst.append(("\(reader.name) \(c.name)", p95))
            }
            say(line)
        }
        let slow = worst.filter { $0.1 >= 50 }.sorted { $0.1 > $1.1 }
        say("p95 ≥ 50 ms: " + (slow.isEmpty ? "none" : slow.map { String(format: "%@ %.0f", $0.0, $0.1) }.joined(separator: "; ")))
    }
}
