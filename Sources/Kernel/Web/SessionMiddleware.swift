import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SQLKit

/// Finds who is asking (cookie for pages, Bearer token for `/api/`) and in which language.
public struct SessionMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let database: Database
    let clock: any AppClock
    let cache: SessionCache

    public init(database: Database, clock: any AppClock, cache: SessionCache) {
        self.database = database
        self.clock = clock
        self.cache = cache
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let cookieLocale = AppLocale.from(request.cookies[AppCookies.language]?.value)
        context.locale = cookieLocale ?? AppLocale.from(request.headers[.acceptLanguage]) ?? .zhHans
        if let (token, kind) = Self.credential(request) {
            let now = clock.now()
            let tokenHash = Secrets.sha256Hex(token)
            var found = cache.lookup(tokenHash: tokenHash, kind: kind, now: now)
            if found == nil {
                do {
                    if let read = try await database.read({ sql in try await Self.lookup(tokenHash: tokenHash, kind: kind, now: now, on: sql) }) {
                        found = read
                        cache.remember(read.0, read.1, now: now)
                    }
                } catch let error as DatabaseUnavailable {
                    context.sessionUnavailable = error
                } catch {
                    // A malformed row or the like: the caller is simply not signed in.
                }
            }
            if let (session, staff) = found {
                context.session = session
                context.staff = staff
                if cookieLocale == nil { context.locale = staff.locale }
            }
        }
        return try await next(request, context)
    }

    static func credential(_ request: Request) -> (String, SessionKind)? {
        if request.uri.path.hasPrefix("/api/") {
            guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else { return nil }
            return (header.dropFirst(7).trimmed, .api)
        }
        guard let value = request.cookies[AppCookies.session]?.value, !value.isEmpty else { return nil }
        return (value, .web)
    }

    /// Session and account in one query: this runs on every signed-in request.
    static func lookup(tokenHash: String, kind: SessionKind, now: Date, on sql: any SQLDatabase) async throws -> (SessionInfo, Staff)? {
        let columns = StaffStore.columns.map { SQLColumn($0, table: "staff") as any SQLExpression }
        guard let row = try await sql.select()
            .columns(columns + [SQLColumn("csrf", table: "sessions"), SQLColumn("expires_at", table: "sessions")])
            .from("sessions")
            .join("staff", on: SQLColumn("id", table: "staff"), .equal, SQLColumn("staff_id", table: "sessions"))
            .where(SQLColumn("token_hash", table: "sessions"), .equal, SQLBind(tokenHash))
            .where(SQLColumn("kind", table: "sessions"), .equal, SQLBind(kind.rawValue))
            .where(SQLColumn("expires_at", table: "sessions"), .greaterThan, SQLBind(now.epochSeconds))
            .first()
        else { return nil }
        let staff = try row.decode(model: StaffStore.Row.self).staff
        guard staff.active else { return nil }
        let session = SessionInfo(
            tokenHash: tokenHash, staffId: staff.id, kind: kind,
            csrf: try row.decode(column: "csrf", as: String.self),
            expiresAt: Date(epochSeconds: try row.decode(column: "expires_at", as: Int64.self))
        )
        return (session, staff)
    }
}

/// Headers every response carries: no framing, no sniffing, nothing loaded from elsewhere.
public struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        return response
    }
}
