import SQLKit

extension SQLDatabase {
    /// `SELECT COUNT(*)` over the rows `filter` selects: the `total` beside every paged list.
    public func count(_ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> Int {
        try await filter(select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n"))
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
