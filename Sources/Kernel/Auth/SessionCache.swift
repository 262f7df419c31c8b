import Foundation
import Synchronization

/// Signed-in requests' session and account, remembered for a few seconds: the lookup was a
/// database read on every request (a third of an API request's own work). What this process
/// changes (logout, an account edited or deactivated) is forgotten at once; a change made by
/// another process shows here within `lifetime`.
public final class SessionCache: Sendable {
    public static let lifetime: TimeInterval = 5
    static let capacity = 50_000

    struct Entry {
        let session: SessionInfo
        let staff: Staff
        let until: Date
    }

    private let entries = Mutex<[String: Entry]>([:])

    public init() {}

    func lookup(tokenHash: String, kind: SessionKind, now: Date) -> (SessionInfo, Staff)? {
        entries.withLock { entries in
            guard let entry = entries[tokenHash] else { return nil }
            guard entry.until > now, entry.session.kind == kind, entry.session.expiresAt > now else {
                entries[tokenHash] = nil
                return nil
            }
            return (entry.session, entry.staff)
        }
    }

    func remember(_ session: SessionInfo, _ staff: Staff, now: Date) {
        entries.withLock { entries in
            // Bounded: past the capacity everything is dropped and rebuilt from the database.
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[session.tokenHash] = Entry(session: session, staff: staff, until: now.addingTimeInterval(Self.lifetime))
        }
    }

    public func forget(tokenHash: String) {
        _ = entries.withLock { $0.removeValue(forKey: tokenHash) }
    }

    public func forget(staffId: String) {
        entries.withLock { entries in entries = entries.filter { $0.value.staff.id != staffId } }
    }
}
