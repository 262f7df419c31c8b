import Kernel

/// The pages of projects, commitments and points, staff and portal, once: routes register from
/// `pattern`, links and forms use `path`.
public enum ParticipationPath: PagePath, Equatable {
    public static let parameter = "project"

    case projects
    case project(String)
    case projectLedger(String)
    case projectDisclosures(String)
    case projectFinish(String)
    case projectEvaluations(String)
    case commitments
    case commitment(String)
    case commitmentProgress(String)
    case commitmentResult(String)
    case points
    case pointServices
    case resident(String)
    case residentCard(String)
    case portalProjects
    case portalProject(String)
    case portalCommitments
    case portalPoints

    public var path: String {
        switch self {
        case .projects: "/projects"
        case .project(let id): "/projects/\(id)"
        case .projectLedger(let id): "/projects/\(id)/ledger"
        case .projectDisclosures(let id): "/projects/\(id)/disclosures"
        case .projectFinish(let id): "/projects/\(id)/finish"
        case .projectEvaluations(let id): "/projects/\(id)/evaluations"
        case .commitments: "/commitments"
        case .commitment(let id): "/commitments/\(id)"
        case .commitmentProgress(let id): "/commitments/\(id)/progress"
        case .commitmentResult(let id): "/commitments/\(id)/result"
        case .points: "/points"
        case .pointServices: "/point-services"
        case .resident(let id): "/points/\(id)"
        case .residentCard(let id): "/points/\(id)/card"
        case .portalProjects: "/portal/projects"
        case .portalProject(let id): "/portal/projects/\(id)"
        case .portalCommitments: "/portal/commitments"
        case .portalPoints: "/portal/points"
        }
    }
}
