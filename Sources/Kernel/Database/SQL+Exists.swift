import SQLKit

/// `NOT EXISTS (subquery)`: SQLKit has no builder for it, and a correlated NOT EXISTS is what
/// lets the planner stop at the first match instead of reading a whole NOT IN list.
public struct SQLNotExists: SQLExpression {
    let subquery: any SQLExpression

    public init(_ subquery: any SQLExpression) {
        self.subquery = subquery
    }

    public func serialize(to serializer: inout SQLSerializer) {
        serializer.write("NOT EXISTS ")
        subquery.serialize(to: &serializer)
    }
}
