import Foundation
import HTTPTypes
import Hummingbird
import NIOConcurrencyHelpers

/// Who may call a route. Every route registers one of these; the authorisation matrix test
/// reads them back and fails on any router entry that has none.
public enum Access: Sendable, Equatable, CustomStringConvertible {
    /// Anyone, signed in or not (login page, health, portal).
    case open
    /// Any signed-in staff member.
    case signedIn
    /// Signed-in staff whose role holds the permission.
    case permitted(Permission)

    public var description: String {
        switch self {
        case .open: "open"
        case .signedIn: "signed-in"
        case .permitted(let permission): permission.rawValue
        }
    }
}

/// Where a route's target must lie for the caller to see it.
public enum ScopeRule: Sendable, Equatable {
    /// The route lists or acts within the caller's own scope (its query filters).
    case caller
    /// The `{name}` path parameter is a unit code that must lie inside the caller's scope.
    case unitParameter(String)
}

public struct RouteRule: Sendable, CustomStringConvertible {
    public let method: HTTPRequest.Method
    public let path: String
    public let access: Access
    public let scope: ScopeRule

    public var description: String { "\(method) \(path) [\(access)]" }
}

/// The permission declarations of every registered route.
public final class RouteTable: Sendable {
    private let storage = NIOLockedValueBox<[RouteRule]>([])

    public init() {}

    public var rules: [RouteRule] { storage.withLockedValue { $0 } }

    func record(_ rule: RouteRule) {
        storage.withLockedValue { $0.append(rule) }
    }
}

/// Registers routes with their permission and scope in one line each:
/// `routes.get("/grids/{code}", .permitted(.viewJurisdiction), scope: .unitParameter("code")) { ... }`
public struct SecureRoutes {
    public let router: Router<AppRequestContext>
    public let table: RouteTable

    public init(router: Router<AppRequestContext>, table: RouteTable) {
        self.router = router
        self.table = table
    }

    /// A route anyone may call.
    public func open(
        _ method: HTTPRequest.Method, _ path: String,
        use handler: @escaping @Sendable (Request, AppRequestContext) async throws -> some ResponseGenerator
    ) {
        table.record(RouteRule(method: method, path: path, access: .open, scope: .caller))
        router.on(RouterPath(path), method: method, use: handler)
    }

    /// A route for signed-in staff. Missing permission or a target outside scope answer 404.
    public func staff(
        _ method: HTTPRequest.Method, _ path: String, _ access: Access, scope: ScopeRule = .caller,
        use handler: @escaping @Sendable (Request, StaffContext) async throws -> some ResponseGenerator
    ) {
        precondition(access != .open, "use open(_:_:use:) for public routes")
        table.record(RouteRule(method: method, path: path, access: access, scope: scope))
        router.on(RouterPath(path), method: method) { request, context in
            let staffContext = try StaffContext(context)
            try Self.authorise(staffContext, access: access, scope: scope)
            return try await handler(request, staffContext)
        }
    }

    public func get(_ path: String, _ access: Access, scope: ScopeRule = .caller,
                    use handler: @escaping @Sendable (Request, StaffContext) async throws -> some ResponseGenerator) {
        staff(.get, path, access, scope: scope, use: handler)
    }

    public func post(_ path: String, _ access: Access, scope: ScopeRule = .caller,
                     use handler: @escaping @Sendable (Request, StaffContext) async throws -> some ResponseGenerator) {
        staff(.post, path, access, scope: scope, use: handler)
    }

    static func authorise(_ context: StaffContext, access: Access, scope: ScopeRule) throws {
        if case .permitted(let permission) = access, !context.staff.can(permission) {
            throw AppError.notFound
        }
        if case .unitParameter(let name) = scope {
            guard let code = context.parameters.get(name), context.scope.contains(code) else {
                throw AppError.notFound
            }
        }
    }
}
