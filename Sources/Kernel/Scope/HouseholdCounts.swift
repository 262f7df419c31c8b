/// How many households the registry holds for a grid: once a grid's households are registered,
/// that count (not the figure typed on the grid) is what the sizing guide checks.
public protocol HouseholdCounts: Sendable {
    func households(in gridCode: String) async throws -> Int
}

/// One registry household as another context may show it: the head's name masked.
public struct HouseholdEntry: Sendable, Equatable {
    public let id: String, gridCode: String, address: String, head: String, members: Int

    public init(id: String, gridCode: String, address: String, head: String, members: Int) {
        self.id = id
        self.gridCode = gridCode
        self.address = address
        self.head = head
        self.members = members
    }
}

/// The registry's households as contexts that work with households (risk-assessment visits,
/// one-household-one-vote) see them, without reading the registry's tables.
public protocol HouseholdDirectory: Sendable {
    /// How many households the registry holds in these grids.
    func count(inGrids grids: [String]) async throws -> Int
    /// A page of the households in these grids that lie inside `scope`, by grid and address.
    func list(inGrids grids: [String], within scope: Scope, limit: Int, offset: Int) async throws -> (items: [HouseholdEntry], total: Int)
    /// These households (at most 1,000) by id; those that do not exist are left out.
    func households(_ ids: [String]) async throws -> [String: HouseholdEntry]
    /// The grid of a household, nil when there is no such household.
    func grid(ofHousehold id: String) async throws -> String?
}
