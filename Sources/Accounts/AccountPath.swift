import Kernel

/// Signing in and out, the language switch, staff administration and the audit browser, once:
/// routes register from `pattern`, links use `path`.
public enum AccountPath: PagePath, Equatable {
    public static let parameter = "id"

    case login
    case logout
    case language(String)
    case staff
    case newStaff
    case editStaff(String)
    case audit

    public var path: String {
        switch self {
        case .login: "/login"
        case .logout: "/logout"
        case .language(let locale): "/lang/\(locale)"
        case .staff: "/admin/staff"
        case .newStaff: "/admin/staff/new"
        case .editStaff(let id): "/admin/staff/\(id)/edit"
        case .audit: "/admin/audit"
        }
    }
}
