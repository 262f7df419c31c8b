import Foundation

/// Threads of their own for long CPU-bound work (imports), as a task executor: a task started with
/// `Task(executorPreference:)` runs its code here, not on the shared pool that answers HTTP, so
/// two busy imports on a two-core machine cannot stop `/healthz` from answering.
public final class DedicatedThreads: TaskExecutor, @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var waiting: [UnownedJob] = []

    public init(count: Int, name: String) {
        for index in 0..<max(1, count) {
            let thread = Thread { [unowned self] in
                // Named from inside: on Linux a name set from outside never reaches the OS (top, gdb).
                Thread.current.name = "\(name)-\(index)"
                Thread.current.threadDictionary[Self.marker] = true
                self.work()
            }
            thread.start()
        }
    }

    static let marker = "civicgrid.dedicated-thread"

    /// Whether the caller runs on one of these threads (any `DedicatedThreads`).
    public static var onDedicatedThread: Bool { Thread.current.threadDictionary[marker] as? Bool ?? false }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        waiting.append(job)
        condition.signal()
        condition.unlock()
    }

    /// The threads live as long as the process: the executor is made once (a static) per use.
    private func work() {
        while true {
            condition.lock()
            while waiting.isEmpty { condition.wait() }
            let job = waiting.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
