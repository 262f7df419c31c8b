import Hummingbird

/// Gives every request the server's memory of counts past their cap (`PastCaps`).
public struct PastCapsMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let caps: PastCaps

    public init(caps: PastCaps) {
        self.caps = caps
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await PastCaps.$current.withValue(caps) { try await next(request, context) }
    }
}
