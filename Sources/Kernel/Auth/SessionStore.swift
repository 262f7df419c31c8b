import Foundation
import SQLKit

public enum SessionKind: String, Sendable {
    /// Browser session behind an HttpOnly cookie.
    case web
    /// Bearer token for the mobile grid-worker app.
    case api
}

public struct SessionInfo: Sendable {
    public let tokenHash: String
    public let staffId: String
    public let kind: SessionKind
    public let csrf: String
    public let expiresAt: Date
}

/// Sessions live in the database so several server processes share them.
public struct SessionStore: Sendable {
    public static let webLifetime: TimeInterval = 8 * 3600
    public static let apiLifetime: TimeInterval = 30 * 24 * 3600

    public init() {}

    /// Creates a session and returns the token to hand to the client (only its digest is kept).
    public func create(staffId: String, kind: SessionKind, now: Date, on sql: any SQLDatabase) async throws -> (token: String, info: SessionInfo) {
        let token = Secrets.randomToken()
        let lifetime = kind == .web ? Self.webLifetime : Self.apiLifetime
        let info = SessionInfo(
            tokenHash: Secrets.sha256Hex(token), staffId: staffId, kind: kind,
            csrf: Secrets.randomToken(), expiresAt: now.addingTimeInterval(lifetime)
        )
        try await sql.insert(into: "sessions")
            .columns("token_hash", "staff_id", "kind", "csrf", "created_at", "expires_at")
            .values(
                SQLBind(info.tokenHash), SQLBind(staffId), SQLBind(kind.rawValue), SQLBind(info.csrf),
                SQLBind(now.epochSeconds), SQLBind(info.expiresAt.epochSeconds)
            )
            .run()
        return (token, info)
    }

    /// The live session for `token` of the given kind, or nil when unknown or expired.
    public func find(token: String, kind: SessionKind, now: Date, on sql: any SQLDatabase) async throws -> SessionInfo? {
        struct Row: Decodable { let token_hash: String; let staff_id: String; let csrf: String; let expires_at: Int64 }
        guard let row = try await sql.select().columns("token_hash", "staff_id", "csrf", "expires_at").from("sessions")
            .where("token_hash", .equal, Secrets.sha256Hex(token))
            .where("kind", .equal, kind.rawValue)
            .where("expires_at", .greaterThan, now.epochSeconds)
            .first(decoding: Row.self)
        else { return nil }
        return SessionInfo(
            tokenHash: row.token_hash, staffId: row.staff_id, kind: kind, csrf: row.csrf,
            expiresAt: Date(epochSeconds: row.expires_at)
        )
    }

    public func delete(tokenHash: String, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "sessions").where("token_hash", .equal, tokenHash).run()
    }

    public func deleteAll(staffId: String, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "sessions").where("staff_id", .equal, staffId).run()
    }

    public func purgeExpired(now: Date, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "sessions").where("expires_at", .lessThanOrEqual, now.epochSeconds).run()
    }
}
