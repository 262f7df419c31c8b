import Foundation
import Kernel

/// The registry as a `RecordDirectory`: residents and organisations by id, inside a scope.
/// Sealed records are not offered as links (they stay out of every list and lookup).
public struct RegistryRecords: RecordDirectory {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func known(_ ids: [String], within scope: Scope) async throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try await database.read { sql in
            Set(try await ResidentStore().linkable(ids, within: scope, on: sql) + OrganisationStore().known(ids, within: scope, on: sql))
        }
    }
}
