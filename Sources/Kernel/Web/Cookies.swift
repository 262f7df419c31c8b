import Foundation
import Hummingbird

/// The cookies CivicGrid sets. HttpOnly and SameSite=Lax on all; the language cookie is
/// readable by nobody's script either, since the server renders every page.
public enum AppCookies {
    public static let session = "cg_session"
    public static let language = "cg_lang"
    /// Double-submit CSRF token for forms shown before sign-in (the login form).
    public static let anonymousCSRF = "cg_csrf"

    public static func make(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", httpOnly: true, sameSite: .lax)
    }

    public static func expired(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax)
    }
}

extension Response {
    /// 303 to a local path: a form post lands on a page, not on a resubmittable POST.
    public static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    public static func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: body))
        )
    }

    /// Keys converted to snake_case; the same text as `APIJSON.encoder`, written in one pass (`DirectJSONEncoder`).
    public static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        json(data: try DirectJSONEncoder(convertingKeys: true).encode(value), status: status)
    }

    /// Keys already in snake_case: written as they are, in one pass (`DirectJSONEncoder`).
    public static func json(_ value: some Encodable & SnakeCaseKeys, status: HTTPResponse.Status = .ok) throws -> Response {
        json(data: try DirectJSONEncoder().encode(value), status: status)
    }

    private static func json(data: some Sequence<UInt8>, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}

/// A local path safe to redirect to after login or a language switch (no other hosts).
public func safeLocalPath(_ path: String?, fallback: String = "/home") -> String {
    guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
          !path.contains("\r"), !path.contains("\n")
    else { return fallback }
    return path
}
