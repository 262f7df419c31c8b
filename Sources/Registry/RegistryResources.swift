import Foundation

public enum RegistryResources {
    public static var directory: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!
    }
}
