import Foundation
import HTTPTypes

/// An error a user may see: a stable code for programs, a string-table key for people.
public struct AppError: Error, Sendable, Equatable {
    public var status: HTTPResponse.Status
    public var code: String
    public var messageKey: String
    public var args: [String]
    /// Seconds after which trying again may succeed (429 and 503 answers say so in `Retry-After`).
    public var retryAfter: Int?
    /// The request field that was wrong, as the API names it (`unit_code`, `parties[1].name`).
    public var field: String?

    public init(_ status: HTTPResponse.Status, code: String, messageKey: String, args: [String] = [], retryAfter: Int? = nil, field: String? = nil) {
        self.status = status
        self.code = code
        self.messageKey = messageKey
        self.args = args
        self.retryAfter = retryAfter
        self.field = field
    }

    /// The stable code of an error known by its message key: the key without its `error`
    /// word (`workorder_error_not_waiting` → `workorder_not_waiting`, `error_bad_json` →
    /// `bad_json`). Programs branch on it; the message is for people and may be reworded.
    public static func code(for messageKey: String) -> String {
        var parts = messageKey.split(separator: "_")
        if let index = parts.firstIndex(of: "error") { parts.remove(at: index) }
        return parts.isEmpty ? "invalid_input" : parts.joined(separator: "_")
    }

    /// Also used for "exists but outside your scope": existence is not leaked.
    public static let notFound = AppError(.notFound, code: "not_found", messageKey: "error_not_found")
    public static let unauthenticated = AppError(.unauthorized, code: "unauthenticated", messageKey: "error_unauthenticated")
    public static let csrf = AppError(.forbidden, code: "csrf_failed", messageKey: "error_csrf")
    /// The caller may see the record but not take this step on it.
    public static let forbiddenAction = AppError(.forbidden, code: "forbidden_action", messageKey: "error_forbidden_action")
    public static let tooLarge = AppError(.contentTooLarge, code: "body_too_large", messageKey: "error_too_large")
    /// The database did not answer in time (refused, restarting, every connection busy).
    public static let databaseUnavailable = AppError(.serviceUnavailable, code: "database_unavailable", messageKey: "error_database_unavailable")
    public static let badCredentials = AppError(.unauthorized, code: "bad_credentials", messageKey: "error_bad_credentials")

    /// Too many attempts: the message says how long to wait, in minutes or (under two) seconds.
    /// `prefix` names the message: `error_throttled` (logins) or `error_rate_limited` (other requests).
    public static func throttled(until: Date, now: Date, code: String = "login_throttled", prefix: String = "error_throttled") -> AppError {
        let seconds = max(1, Int(until.timeIntervalSince(now).rounded(.up)))
        return seconds < 120
            ? AppError(.tooManyRequests, code: code, messageKey: prefix + "_seconds", args: [String(seconds)], retryAfter: seconds)
            : AppError(.tooManyRequests, code: code, messageKey: prefix, args: [String((seconds + 59) / 60)], retryAfter: seconds)
    }

    /// Bad input: a 422 whose message names what is wrong, and whose code says it to programs.
    public static func invalid(_ messageKey: String, _ args: [String] = [], code: String? = nil) -> AppError {
        AppError(.unprocessableContent, code: code ?? Self.code(for: messageKey), messageKey: messageKey, args: args)
    }

    /// The same error, naming the request field it is about.
    public func naming(_ field: String) -> AppError {
        var error = self
        error.field = field
        return error
    }

    /// Not in a state to take this step (someone else moved it first, already done).
    public static func conflict(_ messageKey: String, _ args: [String] = []) -> AppError {
        AppError(.conflict, code: Self.code(for: messageKey), messageKey: messageKey, args: args)
    }
}
