import Foundation
import Hummingbird
import NIOCore

/// The context every request starts with; the session middleware fills in who is asking.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public var staff: Staff?
    public var session: SessionInfo?
    public var locale: AppLocale = .zhHans
    /// Set when the session could not be looked up because the database did not answer: a
    /// signed-in route then answers 503 instead of treating the caller as signed out.
    public var sessionUnavailable: DatabaseUnavailable?
    public let remoteAddress: SocketAddress?
    /// Set by `TransportMiddleware` from a trusted proxy's `X-Forwarded-For`.
    public var forwardedAddress: String?
    /// The request came through a proxy (trusted or not): it is not a local caller.
    public var forwarded = false
    /// The client used HTTPS (directly configured, or said by a trusted proxy).
    public var isHTTPS = false

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    public var requestDecoder: JSONDecoder { APIJSON.decoder }
    public var responseEncoder: JSONEncoder { APIJSON.encoder }

    /// The client address as text, for the audit log and the throttles.
    public var clientAddress: String { forwardedAddress ?? remoteAddress?.ipAddress ?? "local" }

    /// A caller on this machine that came through no proxy (what may read `/metrics` by default).
    public var isLocalCaller: Bool {
        guard !forwarded, let address = remoteAddress?.ipAddress else { return false }
        return address == "127.0.0.1" || address == "::1" || address.hasPrefix("::ffff:127.")
    }
}

/// The context of a route that needs a signed-in staff member: `staff` is not optional,
/// so a handler cannot forget to check.
public struct StaffContext: Sendable {
    public let base: AppRequestContext
    public let staff: Staff
    public let session: SessionInfo

    public init(_ context: AppRequestContext) throws {
        if let unavailable = context.sessionUnavailable, context.staff == nil { throw unavailable }
        guard let staff = context.staff, let session = context.session else { throw AppError.unauthenticated }
        self.base = context
        self.staff = staff
        self.session = session
    }

    public var locale: AppLocale { base.locale }
    public var clientAddress: String { base.clientAddress }
    public var parameters: Parameters { base.parameters }
    public var scope: Scope { staff.scope }

    public func audit(_ action: String, _ targetType: String, _ targetId: String, detail: String = "") -> AuditEvent {
        AuditEvent(actor: staff, action: action, targetType: targetType, targetId: targetId, detail: detail, ip: clientAddress)
    }
}

/// API JSON: English snake_case keys, ISO 8601 dates.
public enum APIJSON {
    public static let encoder = makeEncoder(convertingKeys: true)
    public static let decoder = makeDecoder(convertingKeys: true)
    /// For `SnakeCaseKeys` types: the same JSON, no key converted. Answers are written by
    /// `DirectJSONEncoder`, which writes the same text; this is what its tests compare it with.
    public static let snakeCaseKeysEncoder = makeEncoder(convertingKeys: false)
    public static let snakeCaseKeysDecoder = makeDecoder(convertingKeys: false)

    private static func makeEncoder(convertingKeys: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        if convertingKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private static func makeDecoder(convertingKeys: Bool) -> JSONDecoder {
        let decoder = JSONDecoder()
        if convertingKeys { decoder.keyDecodingStrategy = .convertFromSnakeCase }
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

/// A type whose `CodingKeys` are the API's snake_case names, so its JSON needs no key conversion
/// (converting every key of every request and answer was 3–4 % of intake's CPU). Its keys pass
/// `APIJSON.encoder`'s conversion unchanged, so it may also sit inside other answers; it is read
/// only by `decodeJSON`, which leaves its keys as they are.
public protocol SnakeCaseKeys {}

/// `{"items": [...], "total": N}` with the page that was asked for, and on the large lists the
/// `next` page's cursor while there may be one.
public struct ListPage<Item: Encodable & Sendable>: ResponseEncodable, Sendable {
    public let items: [Item]
    public let total: Int
    public let limit: Int
    public let offset: Int
    public let next: String?

    public init(items: [Item], total: Int, paging: Paging, next: ListCursor? = nil) {
        self.items = items
        self.total = total
        self.limit = paging.limit
        self.offset = paging.offset
        self.next = next?.token
    }
}

/// Its own keys are single words: snake_case already when its items' are.
extension ListPage: SnakeCaseKeys where Item: SnakeCaseKeys {}

/// `limit` / `offset` from the query string, bounded so one request cannot ask for everything.
public struct Paging: Sendable {
    public let limit: Int
    public let offset: Int
    /// Where the page starts on a list read by cursor (`after`): instead of an offset, never with one.
    public let after: ListCursor?

    public init(limit: Int, offset: Int, after: ListCursor? = nil) {
        self.limit = limit
        self.offset = offset
        self.after = after
    }

    /// The deepest a list may be read by offset: as far as lists count (`ListTotal.cap`), so every
    /// page a pager can link to. Deeper pages are refused, not walked: an offset is read row by row,
    /// and `offset=1000000` on the county's disputes took a second of a core each (`bench lists`),
    /// so a few clients asking for it starved everyone else. Whoever needs more narrows the list
    /// (a street, a grid, a status) or exports it. Numbers from a request are bounded before any
    /// arithmetic: `offset=9223372036854775807` once overflowed `offset + limit` and stopped the process.
    public static let maxOffset = ListTotal.cap

    /// `keyset`: the list also reads `after`, the `next` of its previous page.
    public init(_ request: Request, defaultLimit: Int = 50, maxLimit: Int = 500, keyset: Bool = false) throws {
        let query = request.uri.queryParameters
        let limit = try query.get("limit").map { value -> Int in
            guard let n = Int(value), (1...maxLimit).contains(n) else { throw AppError.invalid("error_bad_limit", [String(maxLimit)], code: "bad_limit") }
            return n
        } ?? defaultLimit
        let offset = try query.get("offset").map { value -> Int in
            guard let n = Int(value), (0...Self.maxOffset).contains(n) else {
                throw AppError.invalid("error_bad_offset", [String(Self.maxOffset)], code: "bad_offset")
            }
            return n
        } ?? 0
        let after = try keyset ? query.get("after").map(ListCursor.init(token:)) : nil
        guard after == nil || offset == 0 else { throw ListCursor.refusal }
        self.init(limit: limit, offset: offset, after: after)
    }

    /// Page numbers (1-based) for the HTML pagers; a page beyond `maxOffset` is refused.
    public init(page request: Request, perPage: Int = 50) throws {
        let maxPage = Self.maxOffset / perPage + 1
        let page = try request.uri.queryParameters.get("page").map { value -> Int in
            guard let n = Int(value), (1...maxPage).contains(n) else { throw AppError.invalid("error_bad_page", [String(maxPage)], code: "bad_page") }
            return n
        } ?? 1
        self.init(limit: perPage, offset: (page - 1) * perPage)
    }

    public var page: Int { offset / max(limit, 1) + 1 }

    /// "prev" and "next" links of an HTML pager (empty at either end), keeping the list's filters; `anchor` ("#comments")
    /// brings the reader back to a list further down its page.
    public func pagerLinks(keeping filters: [(name: String, value: String?)], total: Int, anchor: String = "") -> [String: String] {
        var base = "?"
        for (name, value) in filters {
            if let value, let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) { base += "\(name)=\(encoded)&" }
        }
        return [
            "prev": page > 1 ? "\(base)page=\(page - 1)\(anchor)" : "",
            "next": offset + limit < total ? "\(base)page=\(page + 1)\(anchor)" : "",
        ]
    }
}
