/// What the kernel and other contexts may ask of the jurisdiction tree without reading its tables.
public protocol UnitDirectory: Sendable {
    /// The unit's display name, or nil when no such unit exists.
    func unitName(code: String) async throws -> String?
}
