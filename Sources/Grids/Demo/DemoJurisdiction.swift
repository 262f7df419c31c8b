import Foundation
import Kernel

/// The synthetic demo county: 云溪县 (a GB/T 2260-form code in Zhejiang's range that no real
/// county uses), 3 streets/townships, 12 communities/villages, 60 grids whose outlines tile
/// each community exactly, 3 buildings per grid, and a 1+X+Y team in every grid.
public enum DemoJurisdiction {
    public static let countyCode = "330199"

    struct StreetPlan { let code: String; let name: String; let settlement: Settlement; let communities: [(String, String)] }

    static let streets: [StreetPlan] = [
        StreetPlan(code: "330199001", name: "城关街道", settlement: .urban, communities: [
            ("330199001001", "幸福里社区"), ("330199001002", "文昌社区"), ("330199001003", "南门社区"), ("330199001004", "西塘社区"),
        ]),
        StreetPlan(code: "330199002", name: "溪南街道", settlement: .urban, communities: [
            ("330199002001", "溪南社区"), ("330199002002", "锦绣社区"), ("330199002003", "滨江社区"), ("330199002004", "春晖社区"),
        ]),
        StreetPlan(code: "330199101", name: "青石镇", settlement: .rural, communities: [
            ("330199101201", "青石村"), ("330199101202", "石桥村"), ("330199101203", "上坞村"), ("330199101204", "竹林村"),
        ]),
    ]

    static let roads = ["解放路", "人民路", "文昌路", "南门街", "西塘路", "溪南大道", "锦绣路", "滨江路", "春晖路", "青石路", "石桥路", "竹林路"]
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢")
    static let given = ["建国", "秀英", "志强", "丽华", "海燕", "伟", "芳", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞",
                        "平", "刚", "桂英", "玉兰", "文", "辉", "红梅", "建华", "晓东", "春燕"]

    /// A small deterministic generator: the demo is the same on every machine.
    struct Sequence {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func name() -> String { String(surnames[int(0...surnames.count - 1)]) + given[int(0...given.count - 1)] }
        mutating func mobile() -> String { "1" + ["38", "39", "58", "59", "86", "87", "77"][int(0...6)] + String(format: "%08d", int(0...99_999_999)) }
    }

    public struct Plan: Sendable {
        public var units: [JurisdictionUnit]
        public var team: [TeamMember]
    }

    /// `heads` names the grid head of some grids (demo staff accounts lead their own grid's team).
    public static func plan(heads: [String: (name: String, staffId: String)] = [:]) -> Plan {
        var random = Sequence(state: 20_261_122)
        var units = [JurisdictionUnit(code: countyCode, parentCode: nil, level: .county, name: "云溪县", settlement: .urban,
                                      address: "浙江省云溪县")]
        var team: [TeamMember] = []
        let origin = GeoPoint(lon: 120.00, lat: 30.00)
        let communityWidth = 0.10, communityHeight = 0.04
        for (s, street) in streets.enumerated() {
            let streetLeft = origin.lon + Double(s) * communityWidth * 2
            units.append(JurisdictionUnit(
                code: street.code, parentCode: countyCode, level: .street, name: street.name, settlement: street.settlement,
                address: "云溪县\(street.name)",
                polygon: rectangle(streetLeft, origin.lat, streetLeft + communityWidth * 2, origin.lat + communityHeight * 2)
            ))
            for (c, community) in street.communities.enumerated() {
                let left = streetLeft + Double(c % 2) * communityWidth
                let bottom = origin.lat + Double(c / 2) * communityHeight
                let road = roads[(s * 4 + c) % roads.count]
                units.append(JurisdictionUnit(
                    code: community.0, parentCode: street.code, level: .community, name: community.1, settlement: street.settlement,
                    address: "云溪县\(street.name)\(road)", polygon: rectangle(left, bottom, left + communityWidth, bottom + communityHeight)
                ))
                let strips = gridStrips(left: left, bottom: bottom, width: communityWidth, height: communityHeight, count: 5, random: &random)
                for (g, strip) in strips.enumerated() {
                    let gridCode = community.0 + String(format: "%03d", g + 1)
                    let households = street.settlement == .urban ? random.int(150...300) : random.int(90...190)
                    let gridName = "\(community.1)第\(g + 1)网格"
                    units.append(JurisdictionUnit(
                        code: gridCode, parentCode: community.0, level: .grid, name: gridName, settlement: street.settlement,
                        households: households, address: "\(road)\(g * 20 + 1)–\(g * 20 + 19)号", polygon: strip
                    ))
                    let centre = strip.interiorPoint ?? strip.outer[0]
                    for b in 0..<3 {
                        let point = GeoPoint(lon: round6(centre.lon + Double(b - 1) * 0.0015), lat: round6(centre.lat + Double(b - 1) * 0.008))
                        let name = street.settlement == .urban ? "\(community.1.replacingOccurrences(of: "社区", with: ""))小区\(g * 3 + b + 1)幢"
                                                               : "\(community.1)\(["东", "中", "西"][b])组院落"
                        let code = gridCode + String(format: "%03d", b + 1)
                        units.append(JurisdictionUnit(code: code, parentCode: gridCode, level: .building, name: name,
                                                      settlement: street.settlement, address: "\(road)\(g * 20 + b * 2 + 1)号", point: point))
                        if b == 0 {
                            team.append(TeamMember(id: "demo-\(code)-bh", gridCode: gridCode, name: random.name(), position: .buildingHead,
                                                   phone: random.mobile(), buildingCode: code))
                        }
                    }
                    let generated = random.name()
                    team.append(TeamMember(id: "demo-\(gridCode)-head", gridCode: gridCode, name: heads[gridCode]?.name ?? generated,
                                           position: .head, phone: random.mobile(), staffId: heads[gridCode]?.staffId))
                    for x in 0..<random.int(1...2) {
                        team.append(TeamMember(id: "demo-\(gridCode)-c\(x)", gridCode: gridCode, name: random.name(), position: .coordinator, phone: random.mobile()))
                    }
                    for y in 0..<random.int(2...3) {
                        team.append(TeamMember(id: "demo-\(gridCode)-i\(y)", gridCode: gridCode, name: random.name(), position: .informant, phone: random.mobile()))
                    }
                }
            }
        }
        return Plan(units: units, team: team)
    }

    /// Six decimals (about 0.1 m), as survey data comes, instead of binary fractions.
    static func round6(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }

    static func rectangle(_ minLon: Double, _ minLat: Double, _ maxLon: Double, _ maxLat: Double) -> GeoPolygon {
        let (minLon, minLat, maxLon, maxLat) = (round6(minLon), round6(minLat), round6(maxLon), round6(maxLat))
        return GeoPolygon(outer: [
            GeoPoint(lon: minLon, lat: minLat), GeoPoint(lon: maxLon, lat: minLat),
            GeoPoint(lon: maxLon, lat: maxLat), GeoPoint(lon: minLon, lat: maxLat),
        ])
    }

    /// Vertical strips whose inner boundaries bend at mid-height (like streets do), each
    /// boundary shared exactly by its two neighbours so the strips tile the rectangle.
    static func gridStrips(left: Double, bottom: Double, width: Double, height: Double, count: Int,
                           random: inout Sequence) -> [GeoPolygon] {
        let top = bottom + height, middle = bottom + height / 2
        let step = width / Double(count)
        // boundaries[i] is the polyline bottom → middle → top between strip i-1 and strip i.
        var boundaries: [[GeoPoint]] = []
        for i in 0...count {
            let x = left + Double(i) * step
            let bend = (i == 0 || i == count) ? 0 : Double(random.int(-30...30)) / 100 * step
            boundaries.append([GeoPoint(lon: round6(x), lat: round6(bottom)), GeoPoint(lon: round6(x + bend), lat: round6(middle)),
                               GeoPoint(lon: round6(x), lat: round6(top))])
        }
        return (0..<count).map { i in
            let west = boundaries[i], east = boundaries[i + 1]
            return GeoPolygon(outer: [west[0], east[0], east[1], east[2], west[2], west[1]])
        }
    }

    /// Inserts the demo county unless it is already there. Returns false when it was.
    @discardableResult
    public static func seed(_ plan: Plan, database: Database, clock: any AppClock) async throws -> Bool {
        let store = GridStore()
        let now = clock.now()
        return try await database.transaction { sql in
            if try await store.find(countyCode, on: sql) != nil { return false }
            try await store.insert(plan.units, at: now, on: sql)
            try await store.insertTeam(plan.team, on: sql)
            try await store.bumpSpatialRevision(on: sql)
            try await AuditLog().append(AuditEvent(actor: nil, action: "demo.seed", targetType: "unit", targetId: countyCode,
                                                   detail: "\(plan.units.count) units, \(plan.team.count) team members"), at: now, on: sql)
            return true
        }
    }
}
