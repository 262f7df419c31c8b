import SQLKit

/// `EXISTS (subquery)` or `NOT EXISTS (subquery)`: SQLKit has no builder for them, and a
/// correlated probe is what lets the planner stop at the first match instead of reading a whole
/// IN list.
public struct SQLExists: SQLExpression {
    let subquery: any SQLExpression
    let negated: Bool

    public init(_ subquery: any SQLExpression, negated: Bool = false) {
        self.subquery = subquery
        self.negated = negated
    }

    public func serialize(to serializer: inout SQLSerializer) {
        serializer.write(negated ? "NOT EXISTS " : "EXISTS ")
        subquery.serialize(to: &serializer)
    }
}

/// `CASE WHEN condition THEN value END` (NULL otherwise): SQLKit has no builder for it.
public struct SQLCaseWhen: SQLExpression {
    let condition: any SQLExpression
    let value: any SQLExpression

    public init(_ condition: any SQLExpression, then value: any SQLExpression) {
        self.condition = condition
        self.value = value
    }

    public func serialize(to serializer: inout SQLSerializer) {
        serializer.write("CASE WHEN ")
        condition.serialize(to: &serializer)
        serializer.write(" THEN ")
        value.serialize(to: &serializer)
        serializer.write(" END")
    }
}
