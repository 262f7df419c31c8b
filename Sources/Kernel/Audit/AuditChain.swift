import Crypto
import Foundation

/// The hash chain behind the audit log: each entry's hash covers its fields and the previous
/// hash, so editing or deleting any row breaks every hash after it. With a key (HMAC-SHA256),
/// whoever can write the database but lacks the key cannot rewrite the later hashes to match.
public enum AuditChain {
    public static let genesis = String(repeating: "0", count: 64)

    /// Fields are length-prefixed so no two different entries encode to the same text.
    static func canonical(_ entry: AuditEntry) -> String {
        let fields = [
            String(entry.seq), String(entry.at), entry.actorId, entry.actorName, entry.action,
            entry.targetType, entry.targetId, entry.detail, entry.ip, entry.prevHash,
        ]
        return fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
    }

    /// The entry's hash: HMAC-SHA256 under `key`, or plain SHA-256 (the chain before keying).
    public static func hash(of entry: AuditEntry, key: AuditKey?) -> String {
        guard let key else { return Secrets.sha256Hex(canonical(entry)) }
        let mac = HMAC<SHA256>.authenticationCode(for: Data(canonical(entry).utf8), using: key.key)
        return Secrets.hex(mac)
    }

    public enum Verdict: Equatable, Sendable {
        case intact(entries: Int)
        /// The first entry whose sequence, link or hash is wrong.
        case broken(atSeq: Int64, reason: String)
    }

    /// Checks entries in sequence order, starting after `previousHash` at `previousSeq`.
    public static func verify(_ entries: [AuditEntry], previousSeq: Int64 = 0, previousHash: String = genesis,
                              key: AuditKey?) -> Verdict {
        var seq = previousSeq
        var prev = previousHash
        for entry in entries {
            if entry.seq != seq + 1 { return .broken(atSeq: entry.seq, reason: "sequence gap after \(seq)") }
            if entry.prevHash != prev { return .broken(atSeq: entry.seq, reason: "link to previous entry does not match") }
            if hash(of: entry, key: key) != entry.hash { return .broken(atSeq: entry.seq, reason: "entry hash does not match its content") }
            seq = entry.seq
            prev = entry.hash
        }
        return .intact(entries: Int(seq - previousSeq))
    }
}

public struct AuditEntry: Sendable, Codable, Equatable {
    public var seq: Int64
    public var at: Int64
    public var actorId: String
    public var actorName: String
    public var action: String
    public var targetType: String
    public var targetId: String
    public var detail: String
    public var ip: String
    public var prevHash: String
    public var hash: String

    public init(seq: Int64, at: Int64, actorId: String, actorName: String, action: String, targetType: String,
                targetId: String, detail: String, ip: String, prevHash: String, hash: String) {
        self.seq = seq
        self.at = at
        self.actorId = actorId
        self.actorName = actorName
        self.action = action
        self.targetType = targetType
        self.targetId = targetId
        self.detail = detail
        self.ip = ip
        self.prevHash = prevHash
        self.hash = hash
    }
}
