import SQLKit

/// Where the previous page of a large list ended: its last row's sort value and id. The next page
/// is read from there off the list's index, as fast at the millionth row as at the first, where
/// an offset walks every row before it (10,000 deep took 80–440 ms on SQLite and up to 7 s on
/// PostgreSQL at 5 million orders; offsets end there). The token a client sees is
/// `<value>.<id>` (`n` for no value); it is opaque to clients: they pass back a page's `next`.
public struct ListCursor: Sendable, Equatable {
    public let value: Int64?
    public let id: String

    public init(value: Int64?, id: String) {
        self.value = value
        self.id = id
    }

    /// The client's token, refused unless it is one this server could have given.
    public init(token: String) throws {
        let parts = token.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard token.utf8.count <= 100, parts.count == 2, Self.isRecordId(parts[1]) else { throw Self.refusal }
        if parts[0] == "n" {
            value = nil
        } else {
            // `Int64(_:)` refuses what would overflow; a sign and at most 19 digits, nothing else.
            guard let v = Int64(parts[0]), parts[0].allSatisfy({ $0 == "-" || $0.isASCII && $0.isNumber }) else { throw Self.refusal }
            value = v
        }
        id = String(parts[1])
    }

    public var token: String { "\(value.map(String.init) ?? "n").\(id)" }

    static let refusal = AppError.invalid("error_bad_after", code: "bad_after")

    private static func isRecordId(_ s: Substring) -> Bool {
        (1...64).contains(s.utf8.count) && s.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x5F
        }
    }

    /// The cursor after `last` when the page was full (a short page is the list's end).
    public static func next<Item>(after items: [Item], limit: Int, _ position: (Item) -> ListCursor) -> ListCursor? {
        guard items.count == limit, let last = items.last else { return nil }
        return position(last)
    }
}

extension SQLSelectBuilder {
    /// Rows after `cursor` in the order (`column`, `id`), both ascending or both descending
    /// (`keysetOrder`): one row comparison, `(column, id) > (value, id)`, which both databases start
    /// an index range at — the page after a cursor reads no row before it, however many share its
    /// deadline. A column that may be NULL is paged by `SQLDatabase.page(…nullable:…)`, a run at a time.
    public func after(_ cursor: ListCursor?, _ column: String, descending: Bool = false) -> Self {
        guard let cursor else { return self }
        guard let v = cursor.value else {
            // After the last NULL of a column that holds none: nothing (a token this list never gave).
            return self.where(column, .is, SQLLiteral.null).where("id", .greaterThan, SQLBind(cursor.id))
        }
        let past = SQLBinaryExpression(SQLGroupExpression([SQLColumn(column), SQLColumn("id")]), descending ? .lessThan : .greaterThan,
                                       SQLGroupExpression([SQLBind(v), SQLBind(cursor.id)]))
        return self.where(past)
    }

    /// The order a list read by cursor keeps: `column`, then `id`, the same way.
    public func keysetOrder(_ column: String, descending: Bool = false) -> Self {
        orderBy(column, descending ? .descending : .ascending).orderBy("id", descending ? .descending : .ascending)
    }
}
