import Kernel

/// What the jurisdiction pages and API read about a unit, each in one read transaction.
extension GridService {
    /// A page of the grids within `scope` (under a community or street, matching a name or code).
    public func grids(within scope: Scope, under parent: String?, query: String?, paging: Paging) async throws -> (items: [JurisdictionUnit], total: Int) {
        let store = self.store
        return try await database.read { try await store.grids(within: scope, under: parent, query: query, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    /// A grid's team and its buildings.
    public func teamAndBuildings(of gridCode: String) async throws -> (team: [TeamMember], buildings: [JurisdictionUnit]) {
        let store = self.store
        return try await database.read { sql in (try await store.team(of: gridCode, on: sql), try await store.children(of: gridCode, on: sql)) }
    }

    /// A unit's place in the tree: the units above it, those directly below, how many of each
    /// level lie under it, and (for a grid) its team.
    public func surroundings(of unit: JurisdictionUnit) async throws
        -> (ancestry: [JurisdictionUnit], children: [JurisdictionUnit], counts: [UnitLevel: Int], team: [TeamMember]) {
        let store = self.store
        return try await database.read { sql in
            (try await store.ancestry(of: unit.code, on: sql), try await store.children(of: unit.code, on: sql),
             try await store.descendantCounts(under: unit.code, on: sql), unit.level == .grid ? try await store.team(of: unit.code, on: sql) : [])
        }
    }
}
