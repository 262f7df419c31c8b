import Foundation
import Kernel

/// What a floating resident's residence permit (居住证) rests on: a stable job, home or study.
public enum PermitBasis: String, Sendable, Codable, CaseIterable {
    case job, home, study

    public var labelKey: String { "permit_basis_\(rawValue)" }
}

public enum PermitStatus: String, Sendable, Codable {
    case active, cancelled
}

public struct ResidencePermit: Sendable, Equatable {
    public var id: String
    public var residentId: String
    public var gridCode: String
    public var basis: PermitBasis
    public var issuedOn: Day
    public var expiresOn: Day
    public var status: PermitStatus
    public var cancelledOn: Day?
    public var cancelReason: String?

    public init(id: String, residentId: String, gridCode: String, basis: PermitBasis, issuedOn: Day, expiresOn: Day,
                status: PermitStatus, cancelledOn: Day? = nil, cancelReason: String? = nil) {
        self.id = id
        self.residentId = residentId
        self.gridCode = gridCode
        self.basis = basis
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
        self.status = status
        self.cancelledOn = cancelledOn
        self.cancelReason = cancelReason
    }
}

/// The permit rules ("register on arrival, cancel on departure" 人来登记、人走注销), as pure
/// functions of the day so tests pin time.
public enum PermitRules {
    /// Six months of residence before a permit may be issued.
    public static let qualifyingMonths = 6
    /// A permit is valid for one year and renewed a year at a time.
    public static let validityYears = 1
    /// Renewal opens this many days before expiry (and stays open after it).
    public static let renewalWindowDays = 30

    public static func eligibleFrom(arrivedOn: Day) -> Day {
        arrivedOn.adding(months: qualifyingMonths)
    }

    public static func expiry(from day: Day) -> Day {
        day.adding(months: 12 * validityYears)
    }

    public static func renewalOpens(for permit: ResidencePermit) -> Day {
        permit.expiresOn.adding(days: -renewalWindowDays)
    }

    /// The latest expiry date whose renewal window is open on `today`: the due list is every
    /// active permit expiring on or before it.
    public static func dueUntil(today: Day) -> Day {
        today.adding(days: renewalWindowDays)
    }

    public static func isDueForRenewal(_ permit: ResidencePermit, today: Day) -> Bool {
        permit.status == .active && permit.expiresOn <= dueUntil(today: today)
    }
}

extension Day {
    /// The same day `months` later, clamped to the month's last day (31 January + 1 month = 28/29 February).
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear)))
    }
}
