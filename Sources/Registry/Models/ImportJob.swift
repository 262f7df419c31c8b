import Foundation

/// An import started from a page: it runs in the background while the page shows its progress.
public struct ImportJob: Sendable, Equatable {
    /// Still to finish: shown with a moving bar, polled by the page.
    public var isActive: Bool { status == .queued || status == .running }

    public enum Status: String, Sendable, Codable {
        /// Waiting for this process's import slot (one or two imports run at a time).
        case queued
        case running, done, failed
        /// The server stopped while it ran; importing the file again adds only what is missing.
        case interrupted
    }

    public var id: String
    public var kind: ImportKind
    public var unitCode: String
    public var staffId: String
    public var fileName: String
    public var status: Status
    public var progress: Double
    public var rows: Int
    public var inserted: Int
    public var skipped: Int
    public var errorCount: Int
    public var message: String?
    public var createdAt: Date
    public var updatedAt: Date
}
