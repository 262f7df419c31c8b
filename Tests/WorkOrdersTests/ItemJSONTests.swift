import Foundation
import Kernel
import Testing
@testable import WorkOrders

/// An order's API JSON is written by hand (`JSONFields`); it must be Foundation's text of its `Encodable` form.
@Suite("Work order JSON")
struct ItemJSONTests {
    static func order(_ random: inout some RandomNumberGenerator) -> WorkOrder {
        func maybe<T>(_ value: T) -> T? { Bool.random(using: &random) ? value : nil }
        let created = Date(timeIntervalSince1970: Double.random(in: 1_600_000_000...1_900_000_000, using: &random))
        let texts = ["楼道堆物", "路灯不亮 \"3号楼\"\n/东侧", "", "a\\b\t\u{1}", "😀 网格员"]
        return WorkOrder(
            id: Secrets.randomHex(bytes: 8), number: "20261205-\(Int.random(in: 0..<100_000, using: &random))",
            channel: Channel.allCases.randomElement(using: &random)!, requestClass: RequestClass.allCases.randomElement(using: &random)!,
            categoryCode: "A0\(Int.random(in: 1...5, using: &random))", description: texts.randomElement(using: &random)!,
            address: maybe(texts.randomElement(using: &random)!), lon: maybe(Double.random(in: -180...180, using: &random)),
            lat: maybe(Bool.random(using: &random) ? 30.0 : -0.0), gridCode: "330199001001001",
            level: HandlingLevel.allCases.randomElement(using: &random)!, handlingUnit: maybe("县住房和城乡建设局"),
            status: WorkOrderStatus.allCases.randomElement(using: &random)!, contactName: maybe("张伟"),
            contactPhone: maybe("13800001234"), proxy: Bool.random(using: &random),
            satisfaction: maybe(Satisfaction.allCases.randomElement(using: &random)!), extensions: Int.random(in: 0...3, using: &random),
            createdBy: nil, createdAt: created, dueAt: created.addingTimeInterval(Double.random(in: 0...900_000, using: &random)),
            closedAt: maybe(created.addingTimeInterval(3_600.5)), mergedInto: maybe("20261205-00002"),
            trackingCode: maybe(Secrets.randomHex(bytes: 8)))
    }

    @Test func sameTextAsFoundation() throws {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let item = WorkOrderAPI.Item(Self.order(&random), now: Date())
            let direct = try DirectJSONEncoder().encode(item)
            let foundation = try APIJSON.snakeCaseKeysEncoder.encode(item)
            #expect(String(decoding: direct, as: UTF8.self) == String(decoding: foundation, as: UTF8.self))
        }
        let page = ListPage(items: (0..<30).map { _ in WorkOrderAPI.Item(Self.order(&random), now: Date()) }, total: 30,
                            paging: Paging(limit: 30, offset: 0))
        #expect(try DirectJSONEncoder().encode(page) == Array(try APIJSON.snakeCaseKeysEncoder.encode(page)))
    }

    @Test func aCoordinateThatIsNotANumberIsRefused() {
        var random = SystemRandomNumberGenerator()
        var order = Self.order(&random)
        order.lon = .nan
        #expect(throws: EncodingError.self) { try DirectJSONEncoder().encode(WorkOrderAPI.Item(order, now: Date())) }
    }
}
