import SQLKit

/// `SUM(column)` as an integer: PostgreSQL sums `bigint` columns as `numeric`, which does not decode as one.
public struct WholeSum: SQLExpression {
    let column: SQLColumn

    public init(_ column: String) {
        self.column = SQLColumn(column)
    }

    public func serialize(to serializer: inout SQLSerializer) {
        serializer.write("CAST(SUM(")
        column.serialize(to: &serializer)
        serializer.write(") AS BIGINT)")
    }
}
