import SQLKit

/// A user's jurisdiction as a code prefix: codes are hierarchical (county 6 digits, street 9,
/// community 12, grid 15, building 18), so "everything under X" is "codes starting with X".
public struct Scope: Sendable, Equatable, Codable {
    public let rootCode: String

    public init(rootCode: String) {
        self.rootCode = rootCode
    }

    public func contains(_ code: String) -> Bool {
        code.hasPrefix(rootCode)
    }

    /// Upper bound of the prefix range: '~' sorts after every digit and letter byte-wise.
    public var upperBound: String { rootCode + "~" }

    /// A street or wider: its lists are walked in their order off the ordering index, the scope checked inside it
    /// (`where(_:withinWalking:)`); a community's or grid's are read by code and sorted.
    public var isWalked: Bool { rootCode.count < 12 }

    /// `substr(column, 1, length)`: a walked scope's place as its lists put it, and the expression an index led by a street
    /// is built on (both databases use such an index only for the same expression).
    public static func prefix(of column: SQLColumn, length: Int) -> SQLFunction {
        SQLFunction("substr", args: column, SQLLiteral.numeric("1"), SQLLiteral.numeric(String(length)))
    }

    /// The length of a street's code.
    public static let streetLength = 9
}

extension SQLPredicateBuilder {
    /// Filters rows to those whose `column` code lies inside `scope`.
    public func `where`(_ column: String, within scope: Scope) -> Self {
        self.where(SQLColumn(column), within: scope)
    }

    /// The same for lists read in the order of another index (a deadline, a date): a street or
    /// wider scope is put as `substr(column) = root`, which no index serves, so SQLite walks the
    /// ordering index and keeps this scope's rows (put as a range it picks the code index and sorts
    /// every matching row of the county: seconds at millions); a community or grid keeps the range.
    public func `where`(_ column: String, withinWalking scope: Scope) -> Self {
        self.where(SQLColumn(column), withinWalking: scope)
    }

    /// `scope` walked (`where(_:withinWalking:)`) or read by place (`where(_:within:)`), as `walked` says: a street that holds
    /// few of a list's rows is read by place (`SQLDatabase.walks`), since walking the list's order finds them only at the
    /// end of the whole city's.
    public func `where`(_ column: String, within scope: Scope, walked: Bool) -> Self {
        walked ? self.where(column, withinWalking: scope) : self.where(column, within: scope)
    }

    /// The same for a table-qualified column, in joins.
    public func `where`(_ column: SQLColumn, withinWalking scope: Scope) -> Self {
        guard scope.isWalked else { return self.where(column, within: scope) }
        return self.where(Scope.prefix(of: column, length: scope.rootCode.count), .equal, SQLBind(scope.rootCode))
    }

    /// The same for a table-qualified column, in joins.
    public func `where`(_ column: SQLColumn, within scope: Scope) -> Self {
        self.where(column, .greaterThanOrEqual, SQLBind(scope.rootCode))
            .where(column, .lessThan, SQLBind(scope.upperBound))
    }
}
