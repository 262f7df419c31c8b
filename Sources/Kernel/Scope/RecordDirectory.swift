/// Which registry records (residents, organisations) exist within a scope: contexts that link
/// people to their cases (dispute parties, petitioners) check a link without reading the record.
public protocol RecordDirectory: Sendable {
    /// The subset of `ids` that are residents or organisations inside `scope`.
    func known(_ ids: [String], within scope: Scope) async throws -> Set<String>
}
