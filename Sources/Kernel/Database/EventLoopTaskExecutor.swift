import NIOCore

/// Runs a task's nonisolated code on one event loop. The SQLite writer's statements complete
/// on its loop; a write transaction preferring that loop resumes there after each statement
/// instead of queueing behind every HTTP request on the two-thread cooperative pool (each
/// statement of a grouped intake commit waited there once).
final class EventLoopTaskExecutor: TaskExecutor, @unchecked Sendable {
    let loop: any EventLoop

    init(_ loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
