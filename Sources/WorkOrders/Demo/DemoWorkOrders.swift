import Foundation
import Kernel

/// One registered request in the demo's first grid, waiting for dispatch to the county housing
/// bureau: something for every role to find. And an Open311 client with a published key.
public enum DemoWorkOrders {
    /// The demo's Open311 API key (README). Never a real installation's.
    public static let open311Key = "demo-open311-key"

    public static func seed(database: Database, clock: any AppClock, calendar: WorkCalendar) async throws {
        let store = WorkOrderStore()
        let now = clock.now()
        try await Open311Clients(database: database).register(id: "demo-open311", name: "演示应用 Demo app", key: open311Key, at: now)
        try await database.transaction { sql in
            guard try await store.find(id: "demo-order-1", on: sql) == nil else { return }
            let order = WorkOrder(
                id: "demo-order-1", number: try await store.nextNumbers(1, on: Day(date: now), sql: sql)[0], channel: .hotline,
                requestClass: .administrative, categoryCode: "A05", description: "解放路3号门前路灯连续三晚不亮，夜间出行不便。",
                address: "云溪县解放路3号", lon: nil, lat: nil, gridCode: "330199001001001", level: .district, handlingUnit: "县住房和城乡建设局",
                status: .registered, contactName: "王女士", contactPhone: "13800001234", proxy: false, satisfaction: nil, extensions: 0,
                createdBy: nil, createdAt: now, dueAt: Deadlines.due(receivedAt: now, level: .district, calendar: calendar), closedAt: nil
            )
            try await store.insert([order], in: database, on: sql)
            try await store.addRegistrations([order], in: database, on: sql)
        }
    }
}
