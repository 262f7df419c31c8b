import Kernel
import SQLKit

/// The registry as a `PersonDirectory`: other contexts link to residents by id.
public struct RegistryPeople: PersonDirectory {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    struct Row: Decodable {
        let id: String, name: String, grid_code: String, current_address: String, birth_date: String, sealed: Int
        var entry: PersonEntry {
            PersonEntry(id: id, name: name, gridCode: grid_code, address: current_address, birthDate: birth_date, sealed: sealed != 0)
        }
    }

    static let columns = ["id", "name", "grid_code", "current_address", "birth_date", "sealed"]

    public func person(idNumber: String, within scope: Scope, includeSealed: Bool) async throws -> PersonEntry? {
        let row = try await database.read { sql in
            try await sql.select().columns(Self.columns).from("residents").where("id_number", .equal, idNumber.uppercased()).first(decoding: Row.self)
        }
        guard let entry = row?.entry, scope.contains(entry.gridCode), includeSealed || !entry.sealed else { return nil }
        return entry
    }

    public func sealedIds() async throws -> Set<String> {
        Set(try await database.read { sql in
            try await sql.select().column("id").from("residents").where(SQLColumn("id"), .in, ResidentStore.sealedIds).all(decodingColumn: "id", as: String.self)
        })
    }

    public func people(_ ids: [String]) async throws -> [String: PersonEntry] {
        guard !ids.isEmpty else { return [:] }
        var found: [String: PersonEntry] = [:]
        for chunk in ids.chunked(by: 500) {
            let part = Array(chunk)
            let rows = try await database.read { sql in
                try await sql.select().columns(Self.columns).from("residents").where("id", .in, part).all(decoding: Row.self)
            }
            for row in rows { found[row.id] = row.entry }
        }
        return found
    }
}
