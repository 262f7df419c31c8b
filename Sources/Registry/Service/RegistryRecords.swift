import Foundation
import Kernel
import SQLKit

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
            let residents = try await sql.select().column("id").from("residents").where("id", .in, ids).where("grid_code", within: scope)
                .where("sealed", .equal, 0).all(decodingColumn: "id", as: String.self)
            let organisations = try await sql.select().column("id").from("organisations").where("id", .in, ids).where("grid_code", within: scope)
                .all(decodingColumn: "id", as: String.self)
            return Set(residents + organisations)
        }
    }
}
