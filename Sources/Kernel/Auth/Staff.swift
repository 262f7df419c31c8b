/// A staff account: who someone is, what they may do (role) and where (jurisdiction).
public struct Staff: Sendable, Codable, Equatable {
    public var id: String
    public var username: String
    public var displayName: String
    public var role: Role
    public var position: GridPosition?
    /// The unit (county, street, community or grid) the account's scope is rooted at.
    public var unitCode: String
    /// For department handlers: the county department they work in.
    public var department: String?
    public var phone: String?
    public var locale: AppLocale
    public var active: Bool

    public init(
        id: String, username: String, displayName: String, role: Role, position: GridPosition? = nil,
        unitCode: String, department: String? = nil, phone: String? = nil, locale: AppLocale = .zhHans, active: Bool = true
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.position = position
        self.unitCode = unitCode
        self.department = department
        self.phone = phone
        self.locale = locale
        self.active = active
    }

    public var scope: Scope { Scope(rootCode: unitCode) }

    public func can(_ permission: Permission) -> Bool { role.can(permission) }
}
