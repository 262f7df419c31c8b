import Foundation

public enum RiskAssessmentResources {
    public static var directory: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!
    }
}
