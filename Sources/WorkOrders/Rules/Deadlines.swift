import Foundation
import Kernel

/// Time limits of SPEC.md module 3, counted on the working-day calendar (holidays and make-up
/// working days included). A deadline is the end of its working day, China Standard Time.
public enum Deadlines {
    /// Working days allowed for an administrative request by the level that must act.
    public static func workingDays(for level: HandlingLevel) -> Int {
        switch level {
        case .community: 0
        case .district: 3
        case .other: 7
        }
    }

    /// The day an order received at `received` is due, `days` working days on (0: the same working day).
    public static func dueDay(receivedAt received: Date, workingDays days: Int, calendar: WorkCalendar) -> Day {
        calendar.addingWorkingDays(days, to: received)
    }

    /// The moment it is due: the last second of the due day.
    public static func due(receivedAt received: Date, level: HandlingLevel, calendar: WorkCalendar) -> Date {
        dueDay(receivedAt: received, workingDays: workingDays(for: level), calendar: calendar).endDate
    }

    /// An approved extension adds working days to the current due day.
    public static func extended(_ due: Date, byWorkingDays days: Int, calendar: WorkCalendar) throws -> Date {
        guard (1...30).contains(days) else { throw AppError.invalid("workorder_error_extension", ["30"]) }
        return calendar.addingWorkingDays(days, to: Day(date: due).startDate).endDate
    }
}
