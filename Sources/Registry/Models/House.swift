import Kernel

public enum HouseUse: String, Sendable, Codable, CaseIterable {
    case residential, commercial, mixed, other

    public var labelKey: String { "house_use_\(rawValue)" }
}

/// A dwelling in a building (实有房屋): unit and room number, use, floor area, owner.
public struct House: Sendable, Equatable {
    public var id: String
    public var gridCode: String
    public var buildingCode: String
    public var unit: String
    public var number: String
    public var use: HouseUse
    public var area: Double
    public var owner: String

    /// One house per building, unit and number.
    public var placeKey: String { "\(buildingCode)|\(unit)|\(number)" }
}

/// A tenancy: the landlord is responsible for registering it (谁出租谁负责).
public struct Rental: Sendable, Equatable {
    public var id: String
    public var houseId: String
    public var gridCode: String
    public var landlord: String
    public var tenantIds: [String]
    public var fromOn: Day
    public var toOn: Day
    public var registered: Bool
}
