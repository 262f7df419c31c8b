import Kernel

/// The safety pages' paths, once: routes register from `pattern`, links and forms use `path`.
public enum SafetyPath: PagePath, Equatable {
    public static let parameter = "hazard"

    /// The hazard list (GET) and where a report posts (POST).
    case hazards
    case hazard(String)
    case hazardStep(String)
    case hazardPhoto(String)
    case emergencies
    case emergency(String)
    case emergencyFigures(String)
    case emergencyReports(String)
    case statistics
    case warnings
    case lift(String)
    case hazardStatistics
    case agreements
    case agreementRecords(String)
    case venues
    case venue(String)
    case inspections(String)
    case measures(String)

    public var path: String {
        switch self {
        case .hazards: "/hazards"
        case .hazard(let id): "/hazards/\(id)"
        case .hazardStep(let id): "/hazards/\(id)/step"
        case .hazardPhoto(let id): "/hazards/\(id)/photo"
        case .emergencies: "/emergencies"
        case .emergency(let id): "/emergencies/\(id)"
        case .emergencyFigures(let id): "/emergencies/\(id)/figures"
        case .emergencyReports(let id): "/emergencies/\(id)/reports"
        case .statistics: "/emergency-statistics"
        case .warnings: "/warnings"
        case .lift(let id): "/warnings/\(id)/lift"
        case .hazardStatistics: "/hazard-statistics"
        case .agreements: "/safety-agreements"
        case .agreementRecords(let id): "/safety-agreements/\(id)/records"
        case .venues: "/venues"
        case .venue(let id): "/venues/\(id)"
        case .inspections(let id): "/venues/\(id)/inspections"
        case .measures(let id): "/venues/\(id)/measures"
        }
    }

    static let links: [String: String] = ["hazards": SafetyPath.hazards.path, "emergencies": SafetyPath.emergencies.path,
                                          "statistics": SafetyPath.statistics.path, "warnings": SafetyPath.warnings.path,
                                          "venues": SafetyPath.venues.path, "hazard_statistics": SafetyPath.hazardStatistics.path,
                                          "agreements": SafetyPath.agreements.path]
}
