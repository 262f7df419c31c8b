import Kernel

/// The petition pages' paths, once: routes are registered from them (`pattern`), and links and
/// form actions in the pages are built from them (`path`).
public enum PetitionPath: PagePath, Equatable {
    public static let parameter = "petition"

    /// The register (GET) and where the registration form posts (POST).
    case list
    case new
    case rota
    case handovers
    /// Where the office takes one waiting work order over.
    case takeOver(String)
    case petition(String)
    case step(String)
    case backlog(String)
    case meetings(String)
    case aid(String)
    case aidDecision(String)
    case resolve(String)
    case portal

    public var path: String {
        switch self {
        case .list: "/petitions"
        case .new: "/petitions/new"
        case .rota: "/petitions/rota"
        case .handovers: "/petitions/handovers"
        case .takeOver(let order): "/petitions/handovers/\(order)"
        case .petition(let id): "/petitions/\(id)"
        case .step(let id): "/petitions/\(id)/step"
        case .backlog(let id): "/petitions/\(id)/backlog"
        case .meetings(let id): "/petitions/\(id)/backlog/meetings"
        case .aid(let id): "/petitions/\(id)/backlog/aid"
        case .aidDecision(let id): "/petitions/\(id)/backlog/aid-decision"
        case .resolve(let id): "/petitions/\(id)/backlog/resolve"
        case .portal: "/portal/petitions"
        }
    }

    /// The fixed paths, for templates: `{{paths.list}}`.
    static let links: [String: String] = ["list": PetitionPath.list.path, "new": PetitionPath.new.path, "rota": PetitionPath.rota.path,
                                          "handovers": PetitionPath.handovers.path]

    /// A petition's own forms and links, for its page: `{{p.urls.step}}`.
    static func links(of id: String) -> [String: String] {
        ["page": PetitionPath.petition(id).path, "step": PetitionPath.step(id).path, "backlog": PetitionPath.backlog(id).path,
         "meetings": PetitionPath.meetings(id).path, "aid": PetitionPath.aid(id).path, "aid_decision": PetitionPath.aidDecision(id).path,
         "resolve": PetitionPath.resolve(id).path]
    }
}
