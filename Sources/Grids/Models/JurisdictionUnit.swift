import Kernel

/// The levels of the jurisdiction tree and the length of their codes: GB/T 2260 county (6),
/// township (9), the 12-digit statistical code for communities, then grid (+3) and building (+3).
public enum UnitLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case county, street, community, grid, building

    public var codeLength: Int {
        switch self {
        case .county: 6
        case .street: 9
        case .community: 12
        case .grid: 15
        case .building: 18
        }
    }

    public var child: UnitLevel? {
        switch self {
        case .county: .street
        case .street: .community
        case .community: .grid
        case .grid: .building
        case .building: nil
        }
    }

    public static func forCode(_ code: String) -> UnitLevel? {
        guard code.allSatisfy(\.isASCIIDigit) else { return nil }
        return allCases.first { $0.codeLength == code.count }
    }

    public var labelKey: String { "level_\(rawValue)" }

    public static func < (a: UnitLevel, b: UnitLevel) -> Bool { a.codeLength < b.codeLength }
}

/// Urban grids are sized at ~250 households, rural at ~150 [001].
public enum Settlement: String, Sendable, Codable, CaseIterable {
    case urban, rural

    public var householdGuide: Int { self == .urban ? 250 : 150 }
    public var labelKey: String { "settlement_\(rawValue)" }
}

/// One node of the tree county → street → community → grid → building.
public struct JurisdictionUnit: Sendable, Equatable {
    public var code: String
    public var parentCode: String?
    public var level: UnitLevel
    public var name: String
    public var settlement: Settlement
    /// Households in a grid, as counted by its workers; the registry will supply real counts.
    public var households: Int?
    public var address: String?
    /// Outline of a community or grid.
    public var polygon: GeoPolygon?
    /// Position of a building.
    public var point: GeoPoint?

    public init(code: String, parentCode: String?, level: UnitLevel, name: String, settlement: Settlement,
                households: Int? = nil, address: String? = nil, polygon: GeoPolygon? = nil, point: GeoPoint? = nil) {
        self.code = code
        self.parentCode = parentCode
        self.level = level
        self.name = name
        self.settlement = settlement
        self.households = households
        self.address = address
        self.polygon = polygon
        self.point = point
    }

    /// Above the sizing guide: a warning to split the grid, never a block.
    public var isOversized: Bool {
        guard level == .grid, let households else { return false }
        return households > settlement.householdGuide
    }
}

/// A member of a grid's "1+X+Y" team (1 head, X coordinators, Y informants) or a building head.
public struct TeamMember: Sendable, Equatable, Codable {
    public var id: String
    public var gridCode: String
    public var name: String
    public var position: GridPosition
    public var phone: String?
    public var buildingCode: String?
    public var staffId: String?

    public init(id: String, gridCode: String, name: String, position: GridPosition, phone: String? = nil,
                buildingCode: String? = nil, staffId: String? = nil) {
        self.id = id
        self.gridCode = gridCode
        self.name = name
        self.position = position
        self.phone = phone
        self.buildingCode = buildingCode
        self.staffId = staffId
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
