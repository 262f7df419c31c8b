import Foundation
import Grids
import Kernel

/// The benches' large district: 100 synthetic streets × 10 communities × 10 grids under the demo county.
enum SyntheticDistrict {
    static let streets = 100, communitiesPerStreet = 10, gridsPerCommunity = 10

    /// The grid codes (created on first use): street 5xx, community, grid.
    static func grids(_ database: Database) async throws -> [String] {
        var units: [JurisdictionUnit] = []
        var grids: [String] = []
        for s in 0..<streets {
            let street = "330199" + String(501 + s)
            units.append(JurisdictionUnit(code: street, parentCode: "330199", level: .street, name: "合成街道\(s + 1)", settlement: .urban))
            for c in 0..<communitiesPerStreet {
                let community = street + String(format: "%03d", c + 1)
                units.append(JurisdictionUnit(code: community, parentCode: street, level: .community, name: "合成社区\(c + 1)", settlement: .urban))
                for g in 0..<gridsPerCommunity {
                    let grid = community + String(format: "%03d", g + 1)
                    units.append(JurisdictionUnit(code: grid, parentCode: community, level: .grid, name: "合成网格\(g + 1)", settlement: .urban))
                    grids.append(grid)
                }
            }
        }
        let allUnits = units, first = grids[0]
        let exists = try await database.read { try await $0.count { $0.from("units").where("code", .equal, first) } } > 0
        if !exists {
            try await database.transaction { try await GridStore().insert(allUnits, at: Date(), on: $0) }
        }
        return grids
    }
}
