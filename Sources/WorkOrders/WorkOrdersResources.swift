import Foundation

public enum WorkOrdersResources {
    public static var directory: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!
    }
}
