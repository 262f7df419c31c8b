import Foundation
import Kernel

/// A leader's public commitment 公开承诺 for a year: promised in January, progress reported at
/// mid-year, delivered or not at the year's end, each step public with its date [002].
public struct Commitment: Sendable, Equatable {
    public enum Result: String, Sendable, Codable, CaseIterable {
        case delivered, partly, notDelivered = "not_delivered"
    }

    public var id: String, unitCode: String, year: Int, person: String, post: String, promise: String
    public var promisedOn: Day
    public var progress: String?, progressOn: Day?
    public var result: Result?, resultNote: String?, resultOn: Day?
    public var createdBy: String?, createdAt: Date
}
