import Foundation

public enum GridsResources {
    public static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Resources")
    }
}
