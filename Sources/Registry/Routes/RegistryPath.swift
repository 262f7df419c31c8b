import Kernel

/// The register's pages, once: routes register from `pattern`, links use `path`.
public enum RegistryPath: PagePath, Equatable {
    public static let parameter = "resident"

    /// A unit's people; `.xlsx` their masked export; `new` the registration form.
    case residents(String)
    case residentsExport(String)
    case newResident(String)
    case resident(String)
    case editResident(String)
    case seal(String)
    case reveal(String)
    case conflicts
    /// One of the register's other lists under a unit (`households`, `houses`, …), and its export.
    case list(String, String)
    case listExport(String, String)
    case organisation(String)
    case importForm(String)
    case importJob(String)
    case importStatus(String)
    case importErrors(String)
    case importTemplate

    public var path: String {
        switch self {
        case .residents(let code): "/units/\(code)/residents"
        case .residentsExport(let code): "/units/\(code)/residents.xlsx"
        case .newResident(let code): "/units/\(code)/residents/new"
        case .resident(let id): "/residents/\(id)"
        case .editResident(let id): "/residents/\(id)/edit"
        case .seal(let id): "/residents/\(id)/seal"
        case .reveal(let id): "/residents/\(id)/reveal"
        case .conflicts: "/resident-conflicts"
        case .list(let code, let slug): "/units/\(code)/\(slug)"
        case .listExport(let code, let slug): "/units/\(code)/\(slug).xlsx"
        case .organisation(let id): "/organisations/\(id)"
        case .importForm(let code): "/units/\(code)/import"
        case .importJob(let id): "/imports/\(id)"
        case .importStatus(let id): "/imports/\(id)/status"
        case .importErrors(let id): "/imports/\(id)/errors.xlsx"
        case .importTemplate: "/imports/template"
        }
    }
}
