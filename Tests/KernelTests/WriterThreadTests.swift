import Foundation
@testable import Kernel
import NIOPosix
import Testing

@Suite("The SQLite writer's thread")
struct WriterThreadTests {
    private static func thread() -> pthread_t { pthread_self() }

    @Test func aStatementsAnswerResumesItsTransactionOnTheThreadThatRanIt() async throws {
        let writer = WriterThread()
        let threads = try await Task(executorPreference: writer) {
            let before = Self.thread()
            // What SQLiteNIO does for every statement: run it on the connection's pool and await it.
            let statement = try await writer.pool.runIfActive { Self.thread() }
            return [before, statement, Self.thread()]
        }.value
        await writer.shutdown()
        #expect(Set(threads).count == 1, "transaction, statement, transaction ran on \(threads)")
    }

    @Test(.timeLimit(.minutes(1)))
    func workEnqueuedAfterShutdownStillRuns() async throws {
        let writer = WriterThread()
        await writer.shutdown()
        let answer = await Task(executorPreference: writer) { 42 }.value
        #expect(answer == 42)
    }
}
