/// How many households the registry holds for a grid: once a grid's households are registered,
/// that count (not the figure typed on the grid) is what the sizing guide checks.
public protocol HouseholdCounts: Sendable {
    func households(in gridCode: String) async throws -> Int
}
