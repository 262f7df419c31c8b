import Foundation
import Kernel
import NIOConcurrencyHelpers

/// The locate lookup of every server process: an in-memory spatial index rebuilt when the
/// database's spatial revision moves (checked at most once a second), so a polygon saved by
/// one process is seen by the others within a second.
public final class LocateIndex: Sendable {
    private struct State {
        var index = SpatialIndex([])
        var revision: Int64 = -1
        var checkedAt = Date.distantPast
    }

    private let state = NIOLockedValueBox(State())
    /// Serialises rebuilds so a burst of lookups triggers one reload, not many.
    private let reloadLock = AsyncMutex()
    private let database: Database
    private let store = GridStore()
    private let clock: any AppClock
    private let checkInterval: TimeInterval

    public init(database: Database, clock: any AppClock, checkInterval: TimeInterval = 1) {
        self.database = database
        self.clock = clock
        self.checkInterval = checkInterval
    }

    public func locate(_ point: GeoPoint) async throws -> String? {
        try await refreshIfStale()
        return state.withLockedValue { $0.index }.locate(point)
    }

    public var gridCount: Int { state.withLockedValue { $0.index.count } }

    /// Forces the next lookup to check the revision (after a local change).
    public func invalidate() {
        state.withLockedValue { $0.checkedAt = .distantPast }
    }

    func refreshIfStale() async throws {
        let now = clock.now()
        let stale = state.withLockedValue { now.timeIntervalSince($0.checkedAt) >= checkInterval }
        guard stale else { return }
        try await reloadLock.withLock {
            let (checkedAt, known) = self.state.withLockedValue { ($0.checkedAt, $0.revision) }
            guard now.timeIntervalSince(checkedAt) >= self.checkInterval else { return }
            let store = self.store
            let revision = try await self.database.read { try await store.spatialRevision(on: $0) }
            if revision != known {
                let outlines = try await self.database.read { try await store.allGridOutlines(on: $0) }
                let index = SpatialIndex(outlines)
                self.state.withLockedValue { $0.index = index; $0.revision = revision }
            }
            self.state.withLockedValue { $0.checkedAt = now }
        }
    }
}
