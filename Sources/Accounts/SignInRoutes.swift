import Foundation
import Hummingbird
import Kernel

/// `/login`, `/logout`, the language switch, and the token API of the mobile app.
public enum SignInRoutes {
    public static func register(on routes: SecureRoutes, service: AccountService, views: ViewRenderer) {
        routes.open(.get, AccountPath.login.path) { request, context in
            if context.staff != nil { return Response.redirect(safeLocalPath(request.uri.queryParameters.get("next"))) }
            return try loginPage(request: request, context: context, views: views, error: nil, username: "")
        }
        routes.open(.post, AccountPath.login.path) { request, context in
            let form = try await context.anonymousForm(request)
            let username = form["username"] ?? ""
            do {
                let (token, _, staff) = try await service.login(username: username, password: form.fields["password"]?.first ?? "",
                                                                address: context.clientAddress, kind: .web)
                var response = Response.redirect(safeLocalPath(form["next"]))
                response.setCookie(AppCookies.make(AppCookies.session, token, maxAge: Int(SessionStore.webLifetime)))
                if request.cookies[AppCookies.language] == nil {
                    response.setCookie(AppCookies.make(AppCookies.language, staff.locale.rawValue, maxAge: 365 * 86400))
                }
                return response
            } catch let error as AppError where error.status == .unauthorized || error.status == .tooManyRequests {
                return try loginPage(request: request, context: context, views: views, error: error, username: username)
            }
        }
        routes.post(AccountPath.logout.path, .signedIn) { request, context in
            _ = try await context.form(request)
            try await service.logout(context)
            var response = Response.redirect(AccountPath.login.path)
            response.setCookie(AppCookies.expired(AppCookies.session))
            return response
        }
        routes.open(.get, AccountPath.pattern(AccountPath.language, "locale")) { request, context in
            guard let locale = AppLocale(rawValue: try context.parameters.require("locale")) else { throw AppError.notFound }
            if let staff = context.staff { try await service.setLocale(locale, for: staff) }
            var response = Response.redirect(safeLocalPath(request.uri.queryParameters.get("back"), fallback: AccountPath.login.path))
            response.setCookie(AppCookies.make(AppCookies.language, locale.rawValue, maxAge: 365 * 86400))
            return response
        }

        routes.open(.post, "/api/v1/auth/token") { request, context in
            struct Credentials: Decodable { let username: String; let password: String }
            let credentials = try await request.decodeJSON(Credentials.self, limit: 16 << 10)
            let (token, session, staff) = try await service.login(username: credentials.username, password: credentials.password,
                                                                  address: context.clientAddress, kind: .api)
            return try Response.json(TokenAnswer(token: token, expiresAt: session.expiresAt, staff: Me(staff)), status: .created)
        }
        routes.staff(.delete, "/api/v1/auth/token", .signedIn) { _, context in
            try await service.logout(context)
            return Response(status: .noContent)
        }
        routes.get("/api/v1/me", .signedIn) { _, context in
            try Response.json(Me(context.staff))
        }
    }

    struct TokenAnswer: Encodable { let token: String; let expiresAt: Date; let staff: Me }

    /// The signed-in account as the app sees it.
    struct Me: Encodable {
        let id: String, username: String, displayName: String, role: String, position: String?
        let unitCode: String, department: String?, locale: String, permissions: [String]

        init(_ staff: Staff) {
            id = staff.id
            username = staff.username
            displayName = staff.displayName
            role = staff.role.rawValue
            position = staff.position?.rawValue
            unitCode = staff.unitCode
            department = staff.department
            locale = staff.locale.rawValue
            permissions = staff.role.permissions.map(\.rawValue).sorted()
        }
    }

    static func loginPage(request: Request, context: AppRequestContext, views: ViewRenderer, error: AppError?, username: String) throws -> Response {
        let model = LoginPage(username: username, next: safeLocalPath(request.uri.queryParameters.get("next")),
                              error: views.message(error, context.locale))
        return try views.anonymousFormPage("login", titleKey: "login_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }
}
