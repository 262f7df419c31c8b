/// A member's relation to the head of the household (与户主关系).
public enum Relation: String, Sendable, Codable, CaseIterable {
    case head, spouse, child, parent, grandchild, grandparent, sibling, other

    public var labelKey: String { "relation_\(rawValue)" }
}

/// A household: residents at one address in one grid, exactly one of them its head.
public struct Household: Sendable, Equatable {
    public struct Member: Sendable, Equatable {
        public var residentId: String
        public var relation: Relation

        public init(residentId: String, relation: Relation) {
            self.residentId = residentId
            self.relation = relation
        }
    }

    public var id: String
    public var gridCode: String
    public var address: String
    public var members: [Member]
}
