import Foundation
import Kernel
import SQLKit

/// Applications allowed to file requests through Open311, each with its own API key. Only the
/// key's SHA-256 is stored: a copied database does not give away working keys.
public struct Open311Clients: Sendable {
    public struct Client: Sendable, Decodable {
        public let id: String
        public let name: String
    }

    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// The active client holding `key`, or nil.
    func client(forKey key: String) async throws -> Client? {
        let key = key.trimmed
        guard !key.isEmpty, key.utf8.count <= 200 else { return nil }
        let hash = Secrets.sha256Hex(key)
        return try await database.read { sql in
            try await sql.select().columns("id", "name").from("open311_clients").where("key_hash", .equal, hash).where("active", .equal, 1)
                .first(decoding: Client.self)
        }
    }

    /// Registers a client under `key` (kept only as a hash); does nothing if the id exists.
    public func register(id: String, name: String, key: String, at now: Date) async throws {
        let hash = Secrets.sha256Hex(key)
        try await database.transaction { sql in
            try await sql.insert(into: "open311_clients").columns("id", "name", "key_hash", "active", "created_at")
                .values(SQLBind(id), SQLBind(name), SQLBind(hash), SQLBind(1), SQLBind(now.epochSeconds))
                .ignoringConflicts(with: ["id"]).run()
        }
    }
}
