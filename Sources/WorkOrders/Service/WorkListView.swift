import Foundation

/// The views of the work list, the same for the page's tabs (`?tab=`) and the API (`?view=`):
/// what is on the clock, what waits for dispatch, acceptance or verification, what is overdue
/// or under supervision, everything.
public enum WorkListView: String, CaseIterable, Sendable {
    case open, registered, dispatched, accepted, replied, overdue, supervised, all

    var labelKey: String { "worklist_\(rawValue)" }

    public func selection(now: Date) -> WorkOrderStore.Selection {
        switch self {
        case .open: .open
        case .overdue: .overdue(now)
        case .supervised: .supervised
        case .all: .all
        case .registered: .status(.registered)
        case .dispatched: .status(.dispatched)
        case .accepted: .status(.accepted)
        case .replied: .status(.replied)
        }
    }
}
