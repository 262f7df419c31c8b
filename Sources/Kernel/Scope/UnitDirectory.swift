/// What the kernel and other contexts may ask of the jurisdiction tree without reading its tables.
public protocol UnitDirectory: Sendable {
    /// The unit's display name, or nil when no such unit exists.
    func unitName(code: String) async throws -> String?
    /// Every grid (15-digit code) under `code`, with its name, in code order.
    func grids(under code: String) async throws -> [(code: String, name: String)]
    /// Units of one level (`community`) under `code` with their names, in code order, at most `limit` from `offset` on.
    func units(level: String, under code: String, limit: Int, offset: Int) async throws -> [(code: String, name: String)]
    /// How many units of one level are under `code`.
    func count(level: String, under code: String) async throws -> Int
    /// The codes of every unit of one level (`grid`, `building`) under `code`.
    func codes(level: String, under code: String) async throws -> [String]
    /// The names of the units of `codes` (at most a page of them) that exist, by code.
    func names(of codes: [String]) async throws -> [String: String]
}

extension UnitDirectory {
    /// Refuses, with `errorKey` naming the code, anything but an existing unit inside `scope`
    /// (and, when given, with a code of `codeLength` digits: 15 a grid, 18 a building).
    public func requireUnit(_ code: String, codeLength: Int? = nil, within scope: Scope, errorKey: String) async throws {
        guard codeLength.map({ code.count == $0 }) ?? true, scope.contains(code), try await unitName(code: code) != nil else {
            throw AppError.invalid(errorKey, [code])
        }
    }
}

/// Which grid a point lies in, for contexts that route located reports (work orders, Open311)
/// without reading the jurisdiction's tables.
public protocol GridLocator: Sendable {
    /// The grid's code, nil when the point lies in no grid; invalid coordinates are refused.
    func gridCode(lon: Double, lat: Double) async throws -> String?
    /// The top of the tree this installation serves (its county or district), where requests
    /// that could not be located wait for staff to route them.
    func rootCode() async throws -> String?
}
