/// Counts another context contributes to a unit's page (e.g. the registry's people), so the
/// jurisdiction pages can show them without reading that context's tables.
public protocol UnitFigures: Sendable {
    /// Labelled counts for everything under `code` that `staff` may see, in display order.
    func figures(under code: String, for staff: Staff, locale: AppLocale) async throws -> [(label: String, count: Int, href: String?)]
}
