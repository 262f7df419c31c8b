import Kernel

/// The dispute and screening pages' paths, once: routes are registered from them (`pattern`),
/// and links and form actions in the pages are built from them (`path`).
public enum DisputePath: PagePath, Equatable {
    public static let parameter = "dispute"

    /// The register (GET) and where the registration form posts (POST).
    case list
    case new
    case figures
    case dispute(String)
    case step(String)
    case agreement(String)
    case file(String)
    /// Screening rounds (GET) and where a new round is opened (POST).
    case rounds
    case round(String)
    case roundReports(String)

    public var path: String {
        switch self {
        case .list: "/disputes"
        case .new: "/disputes/new"
        case .figures: "/disputes/figures"
        case .dispute(let id): "/disputes/\(id)"
        case .step(let id): "/disputes/\(id)/step"
        case .agreement(let id): "/disputes/\(id)/agreement"
        case .file(let id): "/disputes/\(id)/file"
        case .rounds: "/screening-rounds"
        case .round(let id): "/screening-rounds/\(id)"
        case .roundReports(let id): "/screening-rounds/\(id)/reports"
        }
    }

    /// The fixed paths, for templates: `{{paths.list}}`.
    static let links: [String: String] = ["list": DisputePath.list.path, "new": DisputePath.new.path, "figures": DisputePath.figures.path,
                                          "rounds": DisputePath.rounds.path]
}
