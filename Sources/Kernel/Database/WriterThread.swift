import NIOPosix

/// The SQLite writer's one thread: it runs the writer's statements and the code of the write
/// transactions between them. A statement's answer resumes its transaction on the thread that
/// ran it, so a grouped intake commit of seven statements goes through without a hand-over
/// between threads (each hand-over waited about 0.3 ms for a core here, twice per statement).
final class WriterThread: TaskExecutor, @unchecked Sendable {
    /// One thread: the connection's statements and the executor's jobs share its queue.
    let pool: NIOThreadPool

    init() {
        pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        // After shutdown the pool hands the item back at once: the job still runs, on the caller's thread.
        pool.submit { _ in job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }

    func shutdown() async {
        try? await pool.shutdownGracefully()
    }
}
