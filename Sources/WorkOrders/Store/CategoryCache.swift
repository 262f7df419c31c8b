import Foundation
import Kernel
import Synchronization

/// The category tree, read once and kept for half a minute: every intake classifies against it
/// and it changes a few times a year. Several processes each keep their own copy; a change shows
/// everywhere within the half minute.
final class CategoryCache: Sendable {
    static let lifetime: TimeInterval = 30
    private let state = Mutex<(loadedAt: Date, items: [WorkOrderCategory])?>(nil)

    func categories(now: Date, load: () async throws -> [WorkOrderCategory]) async throws -> [WorkOrderCategory] {
        if let cached = state.withLock({ $0 }), now.timeIntervalSince(cached.loadedAt) < Self.lifetime, now >= cached.loadedAt {
            return cached.items
        }
        let items = try await load()
        state.withLock { $0 = (now, items) }
        return items
    }

    /// After a change made here: this process sees it at once, others within the lifetime.
    func clear() {
        state.withLock { $0 = nil }
    }
}
