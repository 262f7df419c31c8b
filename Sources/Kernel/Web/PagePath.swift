/// A context's page paths as one enum: routes are registered from `pattern`, links and form
/// actions are built from `path`, so the two cannot drift apart.
public protocol PagePath: Sendable {
    var path: String { get }
    /// The router's parameter name for the record most paths name (`order`, `petition`).
    static var parameter: String { get }
}

extension PagePath {
    /// The pattern a route is registered under: the path with the record as the parameter `name`.
    public static func pattern(_ make: (String) -> Self, _ name: String = parameter) -> String {
        make("{\(name)}").path
    }
}

/// A jurisdiction unit's page, which the pages of every context link to (breadcrumbs, staff,
/// the dashboard); Grids registers it as `GridPath.unit`.
public enum UnitPagePath {
    public static func path(_ code: String) -> String { "/units/\(code)" }
}
