import Foundation
import SQLKit

extension Database {
    /// Writes a consistent copy of the SQLite database to `path` while the server keeps running
    /// (`VACUUM INTO` reads one snapshot). PostgreSQL is backed up with its own tools (pg_dump).
    public func backup(to path: String) async throws {
        guard kind == .sqlite else { throw BackupError.useDatabaseTools }
        guard !FileManager.default.fileExists(atPath: path) else { throw BackupError.exists(path) }
        try await read { sql in try await sql.raw("VACUUM INTO \(bind: path)").run() }
    }
}

public enum BackupError: Error, CustomStringConvertible {
    case useDatabaseTools
    case exists(String)

    public var description: String {
        switch self {
        case .useDatabaseTools: "back up PostgreSQL with pg_dump; `civicgrid backup` copies the embedded SQLite database"
        case .exists(let path): "\(path) already exists; choose a new file name"
        }
    }
}
