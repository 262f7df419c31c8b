import Foundation

/// Where rules read the time, so a test can pin it instead of sleeping.
public protocol AppClock: Sendable {
    func now() -> Date
}

public struct SystemClock: AppClock {
    public init() {}
    public func now() -> Date { Date() }
}

public struct FixedClock: AppClock {
    public let date: Date
    public init(_ date: Date) { self.date = date }
    public func now() -> Date { date }
}

extension Date {
    public var epochSeconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }
    public init(epochSeconds: Int64) { self.init(timeIntervalSince1970: TimeInterval(epochSeconds)) }
}

extension TimeZone {
    /// China Standard Time: every deadline and working day is counted here.
    public static let china = TimeZone(identifier: "Asia/Shanghai")!
}
