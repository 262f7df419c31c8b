import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// How the server is reached: directly, or through reverse proxies it trusts to say who the
/// client is (`X-Forwarded-For`) and whether the client used HTTPS (`X-Forwarded-Proto`).
public struct TransportOptions: Sendable {
    /// Peer addresses whose forwarding headers are believed (`TRUSTED_PROXIES`, comma-separated).
    public var trustedProxies: Set<String>
    /// Treat every request as HTTPS (`SECURE_COOKIES=1`): for a TLS terminator that sends no header.
    public var alwaysHTTPS: Bool
    /// When set (`METRICS_TOKEN`), `/metrics` answers only `Authorization: Bearer <token>`; when
    /// not, only loopback callers that came through no proxy.
    public var metricsToken: String?

    public init(trustedProxies: Set<String> = [], alwaysHTTPS: Bool = false, metricsToken: String? = nil) {
        self.trustedProxies = trustedProxies
        self.alwaysHTTPS = alwaysHTTPS
        self.metricsToken = metricsToken
    }

    public static func from(environment: [String: String]) -> TransportOptions {
        let proxies = (environment["TRUSTED_PROXIES"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let token = environment["METRICS_TOKEN"].flatMap { $0.count >= 16 ? $0 : nil }
        return TransportOptions(trustedProxies: Set(proxies), alwaysHTTPS: environment["SECURE_COOKIES"] == "1", metricsToken: token)
    }
}

/// Runs first: works out the client's address and scheme, and on the way out marks cookies
/// `Secure` over HTTPS and keeps API answers (which carry names, numbers and phones) out of caches.
public struct TransportMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let options: TransportOptions

    public init(options: TransportOptions) {
        self.options = options
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let peer = context.remoteAddress?.ipAddress ?? "local"
        var https = options.alwaysHTTPS
        if options.trustedProxies.contains(peer) {
            context.forwarded = true
            if let client = Self.client(forwardedFor: request.headers[.xForwardedFor], trusted: options.trustedProxies) {
                context.forwardedAddress = client
            }
            if request.headers[.xForwardedProto]?.lowercased() == "https" { https = true }
        } else if request.headers[.xForwardedFor] != nil {
            // Someone in between we do not trust: never treat this caller as local.
            context.forwarded = true
        }
        context.isHTTPS = https
        var response = try await next(request, context)
        let path = request.uri.path
        if response.headers[.cacheControl] == nil, path.hasPrefix("/api/") || path.hasPrefix("/open311/") || path == "/metrics" {
            response.headers[.cacheControl] = "no-store"
        }
        if https {
            response.headers[.strictTransportSecurity] = "max-age=31536000"
            let cookies = response.headers[values: .setCookie]
            if !cookies.isEmpty {
                response.headers[values: .setCookie] = cookies.map { $0.lowercased().contains("; secure") ? $0 : $0 + "; Secure" }
            }
        }
        return response
    }

    /// The rightmost address in `X-Forwarded-For` that is not one of our proxies: the one the
    /// nearest untrusted hop connected from (entries further left are the client's own claims).
    public static func client(forwardedFor header: String?, trusted: Set<String>) -> String? {
        guard let header else { return nil }
        let hops = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.last { !trusted.contains($0) } ?? hops.first
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
}

/// Same-origin check for form posts, beside the CSRF token: a browser names the page a POST
/// came from in `Origin` (or at least `Referer`); one from another site is refused even if a
/// token leaked. Requests without either (old clients, tools) rely on the token alone.
public enum SameOrigin {
    public static func check(_ request: Request) throws {
        let host = request.head.authority
        if let origin = request.headers[.origin] {
            guard origin != "null", let sent = URLComponents(string: origin), let sentHost = sent.host else { throw AppError.csrf }
            let authority = sent.port.map { "\(sentHost):\($0)" } ?? sentHost
            guard let host, authority.lowercased() == host.lowercased() || sentHost.lowercased() == host.lowercased() else { throw AppError.csrf }
            return
        }
        if let referer = request.headers[.referer], let sent = URLComponents(string: referer), let sentHost = sent.host, let host {
            let authority = sent.port.map { "\(sentHost):\($0)" } ?? sentHost
            guard authority.lowercased() == host.lowercased() || sentHost.lowercased() == host.lowercased() else { throw AppError.csrf }
        }
    }
}
