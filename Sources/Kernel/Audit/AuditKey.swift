import Crypto
import Foundation
import Synchronization

/// The secret that keys the audit chain (HMAC-SHA256). Kept outside the database, so write
/// access to the database alone cannot rewrite the log and its hashes so that they verify.
public struct AuditKey: Sendable {
    let key: SymmetricKey

    public init(_ secret: String) {
        key = SymmetricKey(data: SHA256.hash(data: Data(secret.utf8)))
    }

    /// The process's key, set once at start-up (`use`). Every `AuditLog` signs and verifies with it.
    static let current = Mutex<AuditKey?>(nil)

    public static func use(_ key: AuditKey) {
        current.withLock { $0 = key }
    }

    public static var inUse: AuditKey? { current.withLock { $0 } }

    /// Where the key comes from, first found wins: `AUDIT_KEY` (the secret itself, at least 32
    /// characters), the file `AUDIT_KEY_FILE`, or `DATA_DIR/audit.key`, created with owner-only
    /// rights on first start. Several processes on one PostgreSQL must share it (the same
    /// `AUDIT_KEY`, or one key file). `created` is true when this call made the file.
    public static func resolve(environment: [String: String], dataDirectory: String) throws -> (key: AuditKey, created: Bool) {
        if let secret = environment["AUDIT_KEY"], !secret.isEmpty {
            guard secret.count >= 32 else { throw AuditKeyError.tooShort }
            return (AuditKey(secret), false)
        }
        let path = environment["AUDIT_KEY_FILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (dataDirectory as NSString).appendingPathComponent("audit.key")
        let manager = FileManager.default
        if let data = manager.contents(atPath: path) {
            let secret = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard secret.count >= 32 else { throw AuditKeyError.tooShort }
            return (AuditKey(secret), false)
        }
        try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let secret = Secrets.randomHex(bytes: 32)
        // Owner-only from the first byte: created with 0600, never world-readable for a moment.
        guard manager.createFile(atPath: path, contents: Data((secret + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw AuditKeyError.cannotWrite(path)
        }
        return (AuditKey(secret), true)
    }
}

public enum AuditKeyError: Error, CustomStringConvertible {
    case tooShort
    case cannotWrite(String)
    case notKeyed
    case wrongKey
    case brokenBeforeKeying(String)

    public var description: String {
        switch self {
        case .tooShort: "the audit key must be at least 32 characters"
        case .cannotWrite(let path): "cannot create the audit key file \(path)"
        case .notKeyed: "the audit log is not keyed yet: run `civicgrid audit rekey` with this key once"
        case .wrongKey: "the newest audit entry does not verify under this process's audit key: give every process the same AUDIT_KEY or key file, or, if the key is right, the log was altered (run `civicgrid audit verify`)"
        case .brokenBeforeKeying(let reason): "the audit log was already broken before keying (\(reason)); run `civicgrid audit verify`"
        }
    }
}
