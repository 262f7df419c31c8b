import Kernel

/// The work-order pages' paths, once: routes are registered from them (`pattern`) and links and
/// forms are built from them (`path`), so the two cannot drift apart.
public enum WorkOrderPath: PagePath, Equatable {
    public static let parameter = "order"

    case list
    case bulkDispatch
    case order(String)
    /// Where a step of the life cycle posts (the form names the action).
    case step(String)
    case extensionRequest(String)
    case extensionDecision(String)
    case coHandlers(String)
    case coReply(String)
    /// The resident portal: the request form, tracking, and a resident's rating or dispute.
    case portal
    case portalTrack
    case portalRate
    case portalDispute

    public var path: String {
        switch self {
        case .list: "/work-orders"
        case .bulkDispatch: "/work-orders/dispatch"
        case .order(let id): "/work-orders/\(id)"
        case .step(let id): "/work-orders/\(id)/step"
        case .extensionRequest(let id): "/work-orders/\(id)/extension"
        case .extensionDecision(let id): "/work-orders/\(id)/extension-decision"
        case .coHandlers(let id): "/work-orders/\(id)/co-handlers"
        case .coReply(let id): "/work-orders/\(id)/co-reply"
        case .portal: "/portal"
        case .portalTrack: "/portal/track"
        case .portalRate: "/portal/rate"
        case .portalDispute: "/portal/dispute"
        }
    }
}
