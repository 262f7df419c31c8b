import Foundation
import Kernel

/// Why points moved: a report confirmed, volunteer hours, a service taken (以诉求兑积分换服务).
public enum PointKind: String, Sendable, Codable, CaseIterable { case report, volunteer, redeem }

/// One line of a resident's points ledger.
public struct PointEntry: Sendable, Equatable {
    public var id: String, residentId: String, delta: Int, kind: PointKind
    /// The work order's number for a report, the service's id for a redemption.
    public var ref: String?
    public var hours: Double?
    public var note: String
    public var enteredBy: String?, enteredAt: Date
}

/// A resident's points account: the community it belongs to and the balance.
public struct PointAccount: Sendable, Equatable {
    public var residentId: String, unitCode: String, balance: Int
    public var cardIssuedAt: Date?
    public var openedAt: Date
}

/// A service in a community's catalogue, and what it costs in points.
public struct PointService: Sendable, Equatable {
    public var id: String, unitCode: String, name: String, cost: Int, active: Bool
}
