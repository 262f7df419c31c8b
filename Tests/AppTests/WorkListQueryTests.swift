import CivicGridApp
import Foundation
import Kernel
import SQLKit
import Testing
@testable import WorkOrders

/// The work lists read different indexes for different scopes (a grid, a community, a street, the
/// county, a department); whichever one answers, a list must hold exactly what a plain filter over
/// every order gives, in deadline order, with the same total, paged by offset or by cursor. Checked
/// for every view, every status and a category, on both databases.
@Suite("Work-order lists: every view, scope and filter as a plain filter would give")
struct WorkListQueryTests {
    struct Plain: Decodable {
        let id: String, grid_code: String, status: String, category_code: String, handling_unit: String?, due_at: Int64, open_due: Int64?
    }

    static let columns = ["id", "number", "channel", "request_class", "category_code", "description", "grid_code", "handling_level", "handling_unit",
                          "status", "contact_phone", "proxy", "extensions", "created_at", "due_at", "updated_at", "open_due"]
    static let units = ["县住房和城乡建设局", "县城市管理局"]

    /// Every scope walked, as a city's, and every street and the county read by place, as one holding few orders.
    @Test(arguments: [0, ListWalk.few]) func everyListIsWhatAPlainFilterGives(walkingFrom few: Int) async throws {
        try await TestApp.run(walkingFrom: few) { app in
            let database = app.services.database, now = Date()
            let grids = try await app.gridCodes()
            try #require(grids.count >= 4)
            // Every status in every grid, two categories, two units and none, deadlines on both sides of now.
            var rng = SplitMix(seed: 7)
            let rows = (0..<480).map { i -> [BulkValue] in
                let status = WorkOrderStatus.allCases[Int(rng.next() % UInt64(WorkOrderStatus.allCases.count))]
                let due = Int(now.epochSeconds) + (Int(rng.next() % 40) - 20) * 86_400
                let unit = i % 3 == 2 ? nil : Self.units[i % 3]
                return [.text("q-\(i)"), .text("Q-\(i)"), .text("hotline"), .text("administrative"), .text(i % 4 == 0 ? "A05" : "A01"), .text("x"),
                        .text(grids[Int(rng.next() % UInt64(grids.count))]), .text("district"), .text(unit), .text(status.rawValue), .text("13800001234"),
                        .integer(0), .integer(0), .integer(Int(now.epochSeconds)), .integer(due), .integer(Int(now.epochSeconds)),
                        status.isOpen ? .integer(due) : .null]
            }
            try await database.transaction { sql in
                _ = try await database.insertNew(into: "work_orders", columns: Self.columns, rows: rows, conflictKeys: [], on: sql)
            }
            // The sweep notices the overdue and near-due ones; steps after it keep the supervised deadline: a noticed order
            // closed leaves the supervised list, one reopened comes back on its new deadline, one never noticed stays off it.
            let sweeper = DeadlineSweeper(clocks: [WorkOrderSupervision.clock()], database: database, clock: FixedClock(now))
            #expect(try await sweeper.sweep() > 0)
            try await database.transaction { sql in
                let store = WorkOrderStore()
                let noticed = try await sql.select().column("id").from("work_orders").where("id", .like, "q-%")
                    .where("open_due", .lessThan, now.epochSeconds).orderBy("id").limit(2).all(decodingColumn: "id", as: String.self)
                try #require(noticed.count == 2)
                for id in noticed {
                    var o = try #require(try await store.find(id: id, on: sql))
                    let was = o.status
                    o.status = .closed
                    o.closedAt = now
                    #expect(try await store.update(o, expecting: was, at: now, on: sql))
                }
                var reopened = try #require(try await store.find(id: noticed[0], on: sql))
                reopened.status = .reopened
                reopened.dueAt = now.addingTimeInterval(3 * 86_400)
                #expect(try await store.update(reopened, expecting: .closed, at: now, on: sql))
                let later = try await sql.select().column("id").from("work_orders").where("id", .like, "q-%")
                    .where("open_due", .greaterThan, now.epochSeconds + 86_400).orderBy("id").limit(1).all(decodingColumn: "id", as: String.self)
                let laterId = try #require(later.first)
                var extended = try #require(try await store.find(id: laterId, on: sql))
                extended.dueAt = extended.dueAt.addingTimeInterval(86_400)
                #expect(try await store.update(extended, expecting: extended.status, at: now, on: sql))
            }
            let plain = try await database.read { sql in
                try await sql.select().columns("id", "grid_code", "status", "category_code", "handling_unit", "due_at", "open_due").from("work_orders").all(decoding: Plain.self)
            }
            let supervised = Set(try await database.read { sql in
                try await sql.select().column("case_id").from("case_notices").where("case_type", .equal, "work_order").all(decodingColumn: "case_id", as: String.self)
            })
            let grid = grids[0]
            let scopes = [grid, String(grid.prefix(12)), String(grid.prefix(9)), String(grid.prefix(6))]
            var selections = WorkListView.allCases.map { $0.selection(now: now) }
            selections += WorkOrderStatus.allCases.map { .status($0) }
            func holds(_ o: Plain, _ selection: WorkOrderStore.Selection) -> Bool {
                switch selection {
                case .all: true
                case .status(let s): o.status == s.rawValue
                case .open: o.open_due != nil
                case .overdue(let at): (o.open_due ?? .max) < at.epochSeconds
                case .supervised: o.open_due != nil && supervised.contains(o.id)
                }
            }
            let dispatched = WorkOrderStore.Visibility.dispatchedStatusNames
            var checked = 0
            for selection in selections {
                let byOpenDue: Bool = switch selection { case .open, .overdue, .supervised: true; default: false }
                for category in [nil, "A05"] {
                    var visibilities = scopes.map { root in (WorkOrderStore.Visibility.jurisdiction(Scope(rootCode: root)), { (o: Plain) in o.grid_code.hasPrefix(root) }) }
                    visibilities.append((.unit(Self.units[0]), { $0.handling_unit == Self.units[0] && dispatched.contains($0.status) }))
                    for (visibility, sees) in visibilities {
                        let expected = plain.filter { sees($0) && holds($0, selection) && (category == nil || $0.category_code == category) }
                            .sorted { ((byOpenDue ? $0.open_due : $0.due_at) ?? 0, $0.id) < ((byOpenDue ? $1.open_due : $1.due_at) ?? 0, $1.id) }
                        let got = try await database.read {
                            try await WorkOrderStore().list(visibility, selection, filter: .init(category: category), limit: 1_000, offset: 0, on: $0)
                        }
                        #expect(got.items.map(\.id) == expected.map(\.id), "\(visibility) \(selection) \(category ?? "-")")
                        #expect(got.total == expected.count, "\(visibility) \(selection) \(category ?? "-") total")
                        let second = try await database.read {
                            try await WorkOrderStore().list(visibility, selection, filter: .init(category: category), limit: 5, offset: 5, on: $0)
                        }
                        #expect(second.items.map(\.id) == Array(expected.dropFirst(5).prefix(5)).map(\.id), "\(visibility) \(selection) page 2")
                        // Read by cursor, seven at a time (deadlines share days, so ties are broken by id), the list is the same.
                        var walked: [String] = [], after: ListCursor? = nil
                        repeat {
                            let from = after
                            let page = try await database.read {
                                try await WorkOrderStore().list(visibility, selection, filter: .init(category: category), limit: 7, offset: 0, after: from, on: $0)
                            }
                            walked += page.items.map(\.id)
                            after = ListCursor.next(after: page.items, limit: 7, WorkOrderStore.position)
                        } while after != nil && walked.count <= expected.count
                        #expect(walked == expected.map(\.id), "\(visibility) \(selection) \(category ?? "-") by cursor")
                        checked += 1
                    }
                }
            }
            #expect(checked == selections.count * 2 * 5)
        }
    }
}
