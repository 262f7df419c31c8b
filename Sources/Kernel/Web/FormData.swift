import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A decoded `application/x-www-form-urlencoded` body.
public struct FormData: Sendable {
    public private(set) var fields: [String: [String]] = [:]

    public init(fields: [String: [String]] = [:]) {
        self.fields = fields
    }

    public init(urlEncoded text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields[name, default: []].append(value)
        }
    }

    private static func decode(_ part: Substring) -> String {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
    }

    /// The trimmed value, nil when missing or blank.
    public subscript(_ name: String) -> String? {
        guard let value = fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    public func all(_ name: String) -> [String] { fields[name] ?? [] }

    /// Reads the body, refusing anything over `limit` bytes with a clear 413.
    public static func read(_ request: Request, limit: Int = 1 << 20) async throws -> FormData {
        let text = try await readText(request, limit: limit)
        return FormData(urlEncoded: text)
    }
}

/// Reads a request body as UTF-8 text up to `limit` bytes.
public func readText(_ request: Request, limit: Int) async throws -> String {
    if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
        throw AppError.tooLarge
    }
    do {
        let buffer = try await request.body.collect(upTo: limit)
        return String(buffer: buffer)
    } catch is NIOTooManyBytesError {
        throw AppError.tooLarge
    }
}

extension StaffContext {
    /// The form of a signed-in user's POST, after checking its CSRF token against the session.
    public func form(_ request: Request, limit: Int = 1 << 20) async throws -> FormData {
        try SameOrigin.check(request)
        let form = try await FormData.read(request, limit: limit)
        guard let token = form["_csrf"] ?? request.headers[HTTPField.Name("X-CSRF-Token")!],
              Secrets.equal(token, session.csrf)
        else { throw AppError.csrf }
        return form
    }
}

extension AppRequestContext {
    /// The form of an anonymous POST (login), checked against the double-submit cookie.
    public func anonymousForm(_ request: Request, limit: Int = 64 << 10) async throws -> FormData {
        try SameOrigin.check(request)
        let form = try await FormData.read(request, limit: limit)
        guard let cookie = request.cookies[AppCookies.anonymousCSRF]?.value, !cookie.isEmpty,
              let token = form["_csrf"], Secrets.equal(token, cookie)
        else { throw AppError.csrf }
        return form
    }
}
