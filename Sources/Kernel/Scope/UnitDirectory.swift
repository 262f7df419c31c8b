/// What the kernel and other contexts may ask of the jurisdiction tree without reading its tables.
public protocol UnitDirectory: Sendable {
    /// The unit's display name, or nil when no such unit exists.
    func unitName(code: String) async throws -> String?
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
