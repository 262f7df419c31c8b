import Kernel

/// The pages of projects, commitments and points, staff and portal, once: routes register from
/// `pattern`, links and forms use `path`.
public enum ParticipationPath: PagePath, Equatable {
    public static let parameter = "project"

    case hub
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
    case projectSignatures(String)
    case proposals
    case proposalReview(String)
    case proposalBallot
    case council
    case councilMembers
    case meeting(String)
    case meetingMotions(String)
    case agreements
    case stars
    case portalProposals
    case portalAgreements
    case portalStars
    case portalProjects
    case portalProject(String)
    case portalCommitments
    case portalPoints

    /// The staff pages the hub's navigation link stands for.
    public static let hubPages = [BallotPath.list.path, proposals.path, council.path, projects.path, commitments.path, points.path, agreements.path, stars.path]

    public var path: String {
        switch self {
        case .hub: "/participation"
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
        case .projectSignatures(let id): "/projects/\(id)/signatures"
        case .proposals: "/proposals"
        case .proposalReview(let id): "/proposals/\(id)/review"
        case .proposalBallot: "/proposals/ballot"
        case .council: "/council"
        case .councilMembers: "/council/members"
        case .meeting(let id): "/council/meetings/\(id)"
        case .meetingMotions(let id): "/council/meetings/\(id)/motions"
        case .agreements: "/agreements"
        case .stars: "/star-households"
        case .portalProposals: "/portal/proposals"
        case .portalAgreements: "/portal/agreements"
        case .portalStars: "/portal/star-households"
        case .portalProjects: "/portal/projects"
        case .portalProject(let id): "/portal/projects/\(id)"
        case .portalCommitments: "/portal/commitments"
        case .portalPoints: "/portal/points"
        }
    }
}
