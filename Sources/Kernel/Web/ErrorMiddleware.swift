import Foundation
import Hummingbird
import Logging

/// Turns every error into a clear answer in the caller's language: JSON `{"error": {"code",
/// "message"}}` under `/api/`, a page elsewhere. No stack trace or SQL text reaches a user.
public struct ErrorMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let views: ViewRenderer

    public init(views: ViewRenderer) {
        self.views = views
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let appError = Self.appError(from: error, context: context)
            if appError.status == .internalServerError {
                context.logger.error("unhandled error: \(String(reflecting: error))")
            } else if appError == .databaseUnavailable {
                context.logger.warning("\(error)")
            }
            var response = response(for: appError, request: request, context: context)
            if appError == .databaseUnavailable { response.headers[.retryAfter] = "5" }
            if let seconds = appError.retryAfter { response.headers[.retryAfter] = String(seconds) }
            return response
        }
    }

    static func appError(from error: any Error, context: Context) -> AppError {
        switch error {
        case let error as AppError:
            return error
        case let error as HTTPError:
            switch error.status {
            case .notFound, .methodNotAllowed: return .notFound
            case .contentTooLarge: return .tooLarge
            case .badRequest: return .invalid("error_bad_request")
            case .unauthorized: return .unauthenticated
            default: return AppError(error.status, code: "http_\(error.status.code)", messageKey: "error_internal")
            }
        case is DecodingError:
            return .invalid("error_bad_json")
        case is DatabaseUnavailable:
            return .databaseUnavailable
        default:
            return AppError(.internalServerError, code: "internal_error", messageKey: "error_internal")
        }
    }

    static func isAPI(_ request: Request) -> Bool {
        request.uri.path.hasPrefix("/api/")
    }

    func response(for error: AppError, request: Request, context: Context) -> Response {
        let message = views.t(error.messageKey, context.locale, error.args)
        if Self.isAPI(request) {
            struct Body: Encodable { let error: Detail }
            struct Detail: Encodable { let code: String; let message: String; let field: String? }
            var response = (try? Response.json(Body(error: Detail(code: error.code, message: message, field: error.field)), status: error.status))
                ?? Response(status: error.status)
            if error.status == .unauthorized {
                response.headers[.wwwAuthenticate] = "Bearer"
            }
            return response
        }
        if error == .unauthenticated {
            return .redirect("/login?next=\(percentEncoded(request.uri.description))")
        }
        return views.page(
            "error", titleKey: "error_title",
            data: ["status": String(error.status.code), "message": message, "code": error.code],
            request: request, context: context, status: error.status
        )
    }
}
