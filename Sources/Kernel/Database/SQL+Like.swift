import Foundation

/// A `LIKE` pattern matching `text` anywhere. The wildcards % and _ are removed from the user's
/// text (it is bound, not spliced), so a search for "50%" cannot match everything.
public func containsPattern(_ text: String) -> String {
    "%" + text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
}
