import Kernel

/// The ballot pages' paths, once: routes register from `pattern`, links and forms use `path`.
public enum BallotPath: PagePath, Equatable {
    public static let parameter = "ballot"

    case list
    case ballot(String)
    case codes(String)
    case paperVotes(String)
    case portalList
    case portal(String)
    case portalVote(String)

    public var path: String {
        switch self {
        case .list: "/ballots"
        case .ballot(let id): "/ballots/\(id)"
        case .codes(let id): "/ballots/\(id)/codes"
        case .paperVotes(let id): "/ballots/\(id)/paper-votes"
        case .portalList: "/portal/ballots"
        case .portal(let id): "/portal/ballots/\(id)"
        case .portalVote(let id): "/portal/ballots/\(id)/vote"
        }
    }
}
