import Kernel

/// The jurisdiction pages' paths, once: routes register from `pattern`, links use `path`.
public enum GridPath: PagePath, Equatable {
    public static let parameter = "code"

    case units
    case unit(String)
    case edit(String)
    case newChild(String)
    case team(String)
    case teamMemberDelete(String, String)

    public var path: String {
        switch self {
        case .units: "/units"
        case .unit(let code): UnitPagePath.path(code)
        case .edit(let code): "/admin/units/\(code)/edit"
        case .newChild(let code): "/admin/units/\(code)/new"
        case .team(let code): "/admin/units/\(code)/team"
        case .teamMemberDelete(let code, let id): "/admin/units/\(code)/team/\(id)/delete"
        }
    }
}
