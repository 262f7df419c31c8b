import Foundation

public enum AccountsResources {
    public static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Resources")
    }
}
