import Foundation

public enum ParticipationResources {
    public static var directory: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!
    }
}
