import Foundation
import Logging
import ServiceLifecycle

/// Writes the supervision notices now due on every declared clock, once a minute while the
/// server runs. A service of the app's lifecycle: graceful shutdown lets a sweep in progress
/// finish and then stops the loop.
public struct DeadlineSweeper: Service {
    public let clocks: [SupervisedClock]
    let database: Database
    let clock: any AppClock
    let interval: Duration
    let logger: Logger

    public init(clocks: [SupervisedClock], database: Database, clock: any AppClock, interval: Duration = .seconds(60),
                logger: Logger = Logger(label: "civicgrid.supervision")) {
        self.clocks = clocks
        self.database = database
        self.clock = clock
        self.interval = interval
        self.logger = logger
    }

    /// One pass over every clock; returns how many notices are new. Each stage is its own
    /// transaction, so a long backlog of one clock does not hold the others' locks.
    @discardableResult
    public func sweep() async throws -> Int {
        let now = clock.now(), store = NoticeStore()
        var created = 0
        for supervised in clocks {
            for stage in supervised.stages(at: now) {
                created += try await database.transaction { sql in
                    try await store.writeDue(supervised, kind: stage.kind, level: stage.level, from: stage.from, until: stage.until, at: now, on: sql)
                }
            }
        }
        return created
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                try await sweep()
            } catch is CancellationError where Task.isCancelled || Task.isShuttingDownGracefully {
                return  // stopped in the middle of a sweep: shutting down, nothing failed
            } catch {
                logger.error("supervision sweep failed: \(error)")
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
