import Foundation
import SQLKit

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
    public init() {}

    /// Records one event in a transaction of its own: reads, exports and imports whose other
    /// writes (if any) were committed on their own.
    @discardableResult
    public func record(_ event: AuditEvent, at now: Date, in database: Database) async throws -> AuditEntry {
        try await database.transaction { try await append(event, at: now, on: $0) }
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
        struct Head: Decodable { let seq: Int64; let hash: String }
        let head = try await sql.select().columns("seq", "hash").from("audit_head").where("id", .equal, 1)
            .for(.update)
            .first(decoding: Head.self)
        guard let head else { throw AuditError.missingHead }
        var seq = head.seq, previous = head.hash
        let entries = events.map { event, at in
            seq += 1
            var entry = AuditEntry(
                seq: seq, at: at.epochSeconds, actorId: event.actorId, actorName: event.actorName,
                action: event.action, targetType: event.targetType, targetId: event.targetId, detail: event.detail,
                ip: event.ip, prevHash: previous, hash: ""
            )
            entry.hash = AuditChain.hash(of: entry)
            previous = entry.hash
            return entry
        }
        for chunk in entries.chunked(by: 1_000) {
            var insert = sql.insert(into: "audit_log")
                .columns("seq", "at", "actor_id", "actor_name", "action", "target_type", "target_id", "detail", "ip", "prev_hash", "hash")
            for entry in chunk {
                insert = insert.values(
                    SQLBind(entry.seq), SQLBind(entry.at), SQLBind(entry.actorId), SQLBind(entry.actorName), SQLBind(entry.action),
                    SQLBind(entry.targetType), SQLBind(entry.targetId), SQLBind(entry.detail), SQLBind(entry.ip),
                    SQLBind(entry.prevHash), SQLBind(entry.hash)
                )
            }
            try await insert.run()
        }
        try await sql.update("audit_head").set("seq", to: seq).set("hash", to: previous).where("id", .equal, 1).run()
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
        let total = try await sql.count { filtered($0.from("audit_log")) }
        return (items, total)
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
            switch AuditChain.verify(batch, previousSeq: seq, previousHash: hash) {
            case .broken(let at, let reason): return .broken(atSeq: at, reason: reason)
            case .intact(let n): count += n
            }
            seq = batch.last!.seq
            hash = batch.last!.hash
        }
        struct Head: Decodable { let seq: Int64; let hash: String }
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
