import Kernel

/// The caseload pages' paths, once: routes register from `pattern`, links and forms use `path`.
public enum CaseloadPath: PagePath, Equatable {
    public static let parameter = "caseload"

    case list
    case figures
    case caseload(String)
    case contacts(String)
    case leaves(String)
    case sanctions(String)
    case decisions(String)
    case steps(String)
    case visitTasks(String)
    case tasks
    case taskDone(String)

    public var path: String {
        switch self {
        case .list: "/caseloads"
        case .figures: "/caseload-figures"
        case .caseload(let id): "/caseloads/\(id)"
        case .contacts(let id): "/caseloads/\(id)/contacts"
        case .leaves(let id): "/caseloads/\(id)/leave-requests"
        case .sanctions(let id): "/caseloads/\(id)/sanctions"
        case .decisions(let id): "/caseloads/\(id)/decisions"
        case .steps(let id): "/caseloads/\(id)/steps"
        case .visitTasks(let id): "/caseloads/\(id)/visit-tasks"
        case .tasks: "/visit-tasks"
        case .taskDone(let id): "/visit-tasks/\(id)/done"
        }
    }
}
