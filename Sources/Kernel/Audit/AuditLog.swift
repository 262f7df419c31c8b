import Foundation
import SQLKit
import Synchronization

/// What happened, by whom, to what. Written inside the same transaction as the change it records.
public struct AuditEvent: Sendable {
    public var actorId: String
    public var actorName: String
    public var action: String
    public var targetType: String
    public var targetId: String
    public var detail: String
    public var ip: String

    public init(actor: Staff?, action: String, targetType: String, targetId: String, detail: String = "", ip: String = "") {
        self.actorId = actor?.id ?? "-"
        self.actorName = actor?.username ?? "-"
        self.action = action
        self.targetType = targetType
        self.targetId = targetId
        self.detail = detail
        self.ip = ip
    }
}

/// The append-only, hash-chained audit table.
public struct AuditLog: Sendable {
    /// Signs new entries and checks old ones; the process's key (`AuditKey.use`) unless given.
    public let key: AuditKey?

    public init(key: AuditKey? = AuditKey.inUse) {
        self.key = key
    }

    /// Whether `other` signs entries as this log does (the same key, or neither has one).
    func signsAs(_ other: AuditLog) -> Bool { key?.key == other.key?.key }

    /// Records one event in a transaction of its own: reads, exports and imports whose other
    /// writes (if any) were committed on their own. Committed with whatever others are recorded
    /// meanwhile (`AuditGroup`); returns once it is.
    @discardableResult
    public func record(_ event: AuditEvent, at now: Date, in database: Database) async throws -> AuditEntry {
        try await database.audits.record(event, at: now, log: self, in: database)
    }

    /// Appends one entry. Must run inside a write transaction: the head row is locked so two
    /// processes cannot both extend the chain from the same entry.
    @discardableResult
    public func append(_ event: AuditEvent, at now: Date, on sql: any SQLDatabase) async throws -> AuditEntry {
        try await append([(event, now)], on: sql)[0]
    }

    /// Appends entries in the order given, each with its own time, with one lock of the head and
    /// multi-row INSERTs (grouped intake writes hundreds at once).
    @discardableResult
    public func append(_ events: [(event: AuditEvent, at: Date)], on sql: any SQLDatabase) async throws -> [AuditEntry] {
        guard !events.isEmpty else { return [] }
        // The head this process wrote last is most often still the head: extending it is one
        // conditional UPDATE (which takes the row's lock) instead of a locking read and an UPDATE.
        // Anyone else's append since — another process, a rolled-back transaction — fails the
        // condition, and the head is read as it is.
        if let head = Self.lastHead.withLock({ $0 }) {
            let entries = chain(events, after: head)
            let extended = try await sql.update("audit_head").set("seq", to: entries.last!.seq).set("hash", to: entries.last!.hash)
                .where("id", .equal, 1).where("seq", .equal, head.seq).where("hash", .equal, head.hash)
                .returning("id").all()
            if !extended.isEmpty { return try await insert(entries, on: sql) }
        }
        guard let head = try await sql.select().columns("seq", "hash").from("audit_head").where("id", .equal, 1)
            .for(.update)
            .first(decoding: Head.self)
        else { throw AuditError.missingHead }
        let entries = chain(events, after: head)
        try await sql.update("audit_head").set("seq", to: entries.last!.seq).set("hash", to: entries.last!.hash).where("id", .equal, 1).run()
        return try await insert(entries, on: sql)
    }

    struct Head: Decodable, Sendable {
        let seq: Int64
        let hash: String
    }

    /// The head as this process last wrote it (committed or not: the condition above tells).
    static let lastHead = Mutex<Head?>(nil)

    private func chain(_ events: [(event: AuditEvent, at: Date)], after head: Head) -> [AuditEntry] {
        var seq = head.seq, previous = head.hash
        return events.map { event, at in
            seq += 1
            var entry = AuditEntry(
                seq: seq, at: at.epochSeconds, actorId: event.actorId, actorName: event.actorName,
                action: event.action, targetType: event.targetType, targetId: event.targetId, detail: event.detail,
                ip: event.ip, prevHash: previous, hash: ""
            )
            entry.hash = AuditChain.hash(of: entry, key: key)
            previous = entry.hash
            return entry
        }
    }

    private func insert(_ entries: [AuditEntry], on sql: any SQLDatabase) async throws -> [AuditEntry] {
        try await sql.insert(
            into: "audit_log", columns: ["seq", "at", "actor_id", "actor_name", "action", "target_type", "target_id", "detail", "ip", "prev_hash", "hash"],
            rows: entries.map { entry in
                [.integer(Int(entry.seq)), .integer(Int(entry.at)), .text(entry.actorId), .text(entry.actorName), .text(entry.action),
                 .text(entry.targetType), .text(entry.targetId), .text(entry.detail), .text(entry.ip), .text(entry.prevHash), .text(entry.hash)]
            })
        let last = entries.last!
        Self.lastHead.withLock { $0 = Head(seq: last.seq, hash: last.hash) }
        return entries
    }

    /// Newest first, optionally only one action or one actor.
    public func page(action: String?, actor: String?, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [AuditEntry], total: Int) {
        func filtered(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
            var query = query
            if let action, !action.isEmpty { query = query.where("action", .equal, action) }
            if let actor, !actor.isEmpty { query = query.where("actor_name", .equal, actor) }
            return query
        }
        let items = try await filtered(sql.select().column("*").from("audit_log"))
            .orderBy("seq", .descending).limit(limit).offset(offset)
            .all(decoding: AuditEntry.self, with: .init(keyDecodingStrategy: .convertFromSnakeCase))
        // Counted up to the cap, as every large list is: the whole log counted was 0.65 s a page at 4.7 million entries.
        return (items, try await sql.listTotal(afterReading: items.count, limit: limit, offset: offset) { filtered($0.from("audit_log")) })
    }

    /// Walks the whole chain in batches and reports the first break.
    public func verify(on sql: any SQLDatabase, batchSize: Int = 5_000) async throws -> AuditChain.Verdict {
        var seq: Int64 = 0
        var hash = AuditChain.genesis
        var count = 0
        while true {
            let batch = try await sql.select().column("*").from("audit_log")
                .where("seq", .greaterThan, seq).orderBy("seq").limit(batchSize)
                .all(decoding: AuditEntry.self, with: .init(keyDecodingStrategy: .convertFromSnakeCase))
            if batch.isEmpty { break }
            switch AuditChain.verify(batch, previousSeq: seq, previousHash: hash, key: key) {
            case .broken(let at, let reason): return .broken(atSeq: at, reason: reason)
            case .intact(let n): count += n
            }
            seq = batch.last!.seq
            hash = batch.last!.hash
        }
        if let head = try await sql.select().columns("seq", "hash").from("audit_head").where("id", .equal, 1).first(decoding: Head.self),
           head.seq != seq || head.hash != hash {
            return .broken(atSeq: seq + 1, reason: "entries after \(seq) are missing (head is at \(head.seq))")
        }
        return .intact(entries: count)
    }
}

public enum AuditError: Error {
    case missingHead
}

extension AuditLog {
    /// Whether the chain is signed with a key yet.
    public func isKeyed(on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("keyed").from("audit_head").where("id", .equal, 1).first()?.decode(column: "keyed", as: Int64.self) == 1
    }

    /// Signs the whole chain with `key`, once: only a chain that verifies unkeyed is signed, so a
    /// break from before is not covered up. Runs inside the caller's write transaction.
    func rekey(with key: AuditKey, on sql: any SQLDatabase, batchSize: Int = 5_000) async throws {
        struct Head: Decodable { let seq: Int64 }
        _ = try await sql.select().column("seq").from("audit_head").where("id", .equal, 1).for(.update).first(decoding: Head.self)
        var seq: Int64 = 0
        var plainPrevious = AuditChain.genesis, keyedPrevious = AuditChain.genesis
        while true {
            let batch = try await sql.select().column("*").from("audit_log")
                .where("seq", .greaterThan, seq).orderBy("seq").limit(batchSize)
                .all(decoding: AuditEntry.self, with: .init(keyDecodingStrategy: .convertFromSnakeCase))
            if batch.isEmpty { break }
            if case .broken(let at, let reason) = AuditChain.verify(batch, previousSeq: seq, previousHash: plainPrevious, key: nil) {
                throw AuditKeyError.brokenBeforeKeying("entry \(at): \(reason)")
            }
            for var entry in batch {
                plainPrevious = entry.hash
                entry.prevHash = keyedPrevious
                entry.hash = AuditChain.hash(of: entry, key: key)
                keyedPrevious = entry.hash
                try await sql.update("audit_log").set("prev_hash", to: entry.prevHash).set("hash", to: entry.hash)
                    .where("seq", .equal, entry.seq).run()
            }
            seq = batch.last!.seq
        }
        try await sql.update("audit_head").set("hash", to: keyedPrevious).set("keyed", to: 1).where("id", .equal, 1).run()
    }

    /// At start-up, with this log's key: signs an empty chain, or an unsigned one when `maySign`
    /// (the key file was made just now, or the operator ran `civicgrid audit rekey`), and refuses
    /// to run with a key that does not match the chain. An unsigned chain is otherwise never
    /// signed behind the operator's back: someone able to clear the flag in the database could
    /// have it sign a forgery.
    public func prepare(_ database: Database, maySign: Bool) async throws {
        guard let key else { preconditionFailure("prepare(_:maySign:) needs an AuditLog with a key") }
        let log = self
        try await database.transaction { sql in
            if try await log.isKeyed(on: sql) {
                if let last = try await sql.select().column("*").from("audit_log").orderBy("seq", .descending).limit(1)
                    .first(decoding: AuditEntry.self, with: .init(keyDecodingStrategy: .convertFromSnakeCase)),
                   AuditChain.hash(of: last, key: key) != last.hash {
                    throw AuditKeyError.wrongKey
                }
                return
            }
            let empty = try await sql.select().column("seq").from("audit_log").limit(1).first() == nil
            guard maySign || empty else { throw AuditKeyError.notKeyed }
            try await log.rekey(with: key, on: sql)
        }
    }
}

extension Database {
    /// A change and its audit entry in one transaction: both land, or neither does.
    @discardableResult
    public func transaction<T: Sendable>(recording event: AuditEvent, at now: Date, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await transaction { sql in
            let result = try await body(sql)
            _ = try await AuditLog().append(event, at: now, on: sql)
            return result
        }
    }
}
