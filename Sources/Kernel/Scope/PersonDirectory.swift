/// A registry resident as other contexts may link to one: never a copy of the identity fields,
/// only what a linked record shows beside its own.
public struct PersonEntry: Sendable, Equatable {
    public let id: String, name: String, gridCode: String, address: String, birthDate: String
    /// A minor's record sealed in the registry (未成年人犯罪记录封存).
    public let sealed: Bool

    public init(id: String, name: String, gridCode: String, address: String, birthDate: String, sealed: Bool) {
        self.id = id
        self.name = name
        self.gridCode = gridCode
        self.address = address
        self.birthDate = birthDate
        self.sealed = sealed
    }
}

/// Residents looked up by their ID number inside a jurisdiction, and read back by id, without
/// reading the registry's tables (implemented by the registry).
public protocol PersonDirectory: Sendable {
    /// The resident with this ID number inside `scope`; a sealed record only when `includeSealed`.
    func person(idNumber: String, within scope: Scope, includeSealed: Bool) async throws -> PersonEntry?
    /// The residents with these ids, by id.
    func people(_ ids: [String]) async throws -> [String: PersonEntry]
    /// Every sealed resident's id, off the register's sealed index: the few that a figure over thousands of people leaves
    /// out for a reader who may not see them, without reading each of those people's rows.
    func sealedIds() async throws -> Set<String>
}
