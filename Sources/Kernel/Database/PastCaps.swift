import SQLKit
import Synchronization

/// Counts that stopped at their cap, remembered for a while: a list holding more than its cap
/// ("more than 10,000": a county's 2.8 million orders visited) says so again without counting for
/// `keptFor`. Counting to the cap read 10,001 rows each time: a county's list of one status at 5,000,000
/// orders cost a request 7.5 ms of CPU (PostgreSQL's and the server's) with the count and 3.3 without. A list
/// that counted under its cap is counted every time, so every exact total stays exact; one that falls
/// under its cap meanwhile says "more than" for up to `keptFor`, which deep pages read past (`ListTotal.reaches`).
/// Keyed by the count's SQL and its values, so only the same rows of the same scope share an answer.
public final class PastCaps: Sendable {
    /// The requests' memory (`PastCapsMiddleware`); nil elsewhere (jobs, the sweep, tests of the stores): counted each time.
    @TaskLocal public static var current: PastCaps?

    private let keptFor: Duration
    private let capacity: Int
    private let kept = Mutex<[String: ContinuousClock.Instant]>([:])

    public init(keptFor: Duration = .seconds(60), capacity: Int = 10_000) {
        self.keptFor = keptFor
        self.capacity = capacity
    }

    /// Whether the count keyed `key` was past its cap less than `keptFor` ago.
    func holds(_ key: String) -> Bool {
        let now = ContinuousClock.now
        return kept.withLock { kept in
            guard let since = kept[key] else { return false }
            if now - since < keptFor { return true }
            kept[key] = nil
            return false
        }
    }

    /// Notes that the count keyed `key` has just passed its cap.
    func keep(_ key: String) {
        let now = ContinuousClock.now
        kept.withLock { kept in
            // Many scopes' lists at once: start over rather than grow without bound (each entry is a count's text).
            if kept.count >= capacity, kept[key] == nil { kept.removeAll() }
            kept[key] = now
        }
    }

    /// The key of `query` as `database` would run it: its text and its values.
    static func key(of query: any SQLExpression, on database: any SQLDatabase) -> String {
        var serializer = SQLSerializer(database: database)
        query.serialize(to: &serializer)
        return ([serializer.sql] + serializer.binds.map { String(describing: $0) }).joined(separator: "\u{1F}")
    }
}
