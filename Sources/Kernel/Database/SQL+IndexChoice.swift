import SQLKit

/// A text column as a list's query names it, for steering which index answers. SQLite keeps no
/// statistics, so it takes any index with an equality on the column; `indexed: false` compares
/// `coalesce(column, '')` instead — the same value for every row that holds one, NULL read as '' —
/// which no index answers, leaving the choice to the index meant for that list.
public func listColumn(_ name: String, table: String? = nil, indexed: Bool) -> any SQLExpression {
    let column = SQLColumn(name, table: table)
    return indexed ? column : SQLFunction("coalesce", args: column, SQLLiteral.string(""))
}
