import Kernel

/// The decision pages' paths, once: routes register from `pattern`, links and forms use `path`.
public enum DecisionPath: PagePath, Equatable {
    public static let parameter = "decision"

    /// The register (GET) and where a proposal posts (POST).
    case list
    case new
    case experts
    case settings
    case decision(String)
    case step(String)
    case visits(String)
    case risks(String)
    case draw(String)
    case opinions(String)
    case answers(String)
    case report(String)
    case sessions(String)
    case surveys(String)
    case caseLinks(String)
    case portalList
    case portal(String)
    case portalComments(String)

    public var path: String {
        switch self {
        case .list: "/decisions"
        case .new: "/decisions/new"
        case .experts: "/experts"
        case .settings: "/decisions/settings"
        case .decision(let id): "/decisions/\(id)"
        case .step(let id): "/decisions/\(id)/step"
        case .visits(let id): "/decisions/\(id)/visits"
        case .risks(let id): "/decisions/\(id)/risks"
        case .draw(let id): "/decisions/\(id)/experts"
        case .opinions(let id): "/decisions/\(id)/opinions"
        case .answers(let id): "/decisions/\(id)/answers"
        case .report(let id): "/decisions/\(id)/report"
        case .sessions(let id): "/decisions/\(id)/sessions"
        case .surveys(let id): "/decisions/\(id)/surveys"
        case .caseLinks(let id): "/decisions/\(id)/links"
        case .portalList: "/portal/decisions"
        case .portal(let id): "/portal/decisions/\(id)"
        case .portalComments(let id): "/portal/decisions/\(id)/comments"
        }
    }

    /// The fixed paths, for templates: `{{paths.list}}`.
    static let links: [String: String] = ["list": DecisionPath.list.path, "new": DecisionPath.new.path, "experts": DecisionPath.experts.path,
                                          "settings": DecisionPath.settings.path, "portal": DecisionPath.portalList.path]

    /// Every link and form of one decision's pages.
    static func urls(_ id: String) -> [String: String] {
        ["page": DecisionPath.decision(id).path, "step": DecisionPath.step(id).path, "visits": DecisionPath.visits(id).path,
         "risks": DecisionPath.risks(id).path, "draw": DecisionPath.draw(id).path, "opinions": DecisionPath.opinions(id).path,
         "answers": DecisionPath.answers(id).path, "report": DecisionPath.report(id).path, "sessions": DecisionPath.sessions(id).path,
         "surveys": DecisionPath.surveys(id).path, "links": DecisionPath.caseLinks(id).path, "portal": DecisionPath.portal(id).path,
         "portal_comments": DecisionPath.portalComments(id).path]
    }
}
