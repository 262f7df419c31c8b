import SQLKit

/// Kernel tables: staff accounts, sessions, login throttle. Numbered; never edit a released one.
public enum KernelMigrations {
    public static let all: [Migration] = [
        Migration("kernel_0001_staff_sessions") { sql, kind in
            try await sql.create(table: "staff")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("username", type: .text, .notNull, .unique)
                .column("password_hash", type: .text, .notNull)
                .column("display_name", type: .text, .notNull)
                .column("role", type: .text, .notNull)
                .column("position", type: .text)
                .column("unit_code", type: kind.codeType, .notNull)
                .column("department", type: .text)
                .column("phone", type: .text)
                .column("locale", type: .text, .notNull)
                .column("active", type: .bigint, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "staff_unit").on("staff").column("unit_code").run()
            try await sql.create(table: "sessions")
                .column("token_hash", type: .text, .primaryKey(autoIncrement: false))
                .column("staff_id", type: .text, .notNull, .references("staff", "id"))
                .column("kind", type: .text, .notNull)
                .column("csrf", type: .text, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .column("expires_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "sessions_staff").on("sessions").column("staff_id").run()
            try await sql.create(table: "login_failures")
                .column("key", type: .text, .primaryKey(autoIncrement: false))
                .column("failures", type: .bigint, .notNull)
                .column("first_at", type: .bigint, .notNull)
                .column("locked_until", type: .bigint, .notNull)
                .run()
        },
        Migration("kernel_0002_audit") { sql, kind in
            try await sql.create(table: "audit_log")
                .column("seq", type: .bigint, .primaryKey(autoIncrement: false))
                .column("at", type: .bigint, .notNull)
                .column("actor_id", type: .text, .notNull)
                .column("actor_name", type: .text, .notNull)
                .column("action", type: .text, .notNull)
                .column("target_type", type: .text, .notNull)
                .column("target_id", type: .text, .notNull)
                .column("detail", type: .text, .notNull)
                .column("ip", type: .text, .notNull)
                .column("prev_hash", type: .text, .notNull)
                .column("hash", type: .text, .notNull)
                .run()
            try await sql.create(index: "audit_target").on("audit_log").column("target_type").column("target_id").run()
            // A single head row serialises appends across processes (row lock on PostgreSQL).
            try await sql.create(table: "audit_head")
                .column("id", type: .bigint, .primaryKey(autoIncrement: false))
                .column("seq", type: .bigint, .notNull)
                .column("hash", type: .text, .notNull)
                .run()
            try await sql.insert(into: "audit_head").columns("id", "seq", "hash")
                .values(SQLBind(Int64(1)), SQLBind(Int64(0)), SQLBind(AuditChain.genesis)).run()
        },
        Migration("kernel_0003_rate_limits") { sql, _ in
            // Counts of public requests per key (an address, an API key, a phone) in fixed windows,
            // shared by every server process.
            try await sql.create(table: "rate_limits")
                .column("key", type: .text, .primaryKey(autoIncrement: false))
                .column("window_start", type: .bigint, .notNull)
                .column("hits", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "rate_limits_window").on("rate_limits").column("window_start").run()
        },
        Migration("kernel_0004_audit_keyed") { sql, _ in
            // Set once the chain is signed with a key kept outside the database (HMAC).
            try await sql.raw("ALTER TABLE audit_head ADD COLUMN keyed BIGINT NOT NULL DEFAULT 0").run()
        },
        Migration("kernel_0005_case_notices") { sql, kind in
            // Supervision notices 督办通知单 of every context in one table: each exists once per case,
            // clock, kind and level, however many processes sweep at the same moment.
            try await sql.create(table: "case_notices")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("case_type", type: .text, .notNull)
                .column("case_id", type: .text, .notNull)
                .column("clock", type: .text, .notNull)
                .column("kind", type: .text, .notNull)
                .column("level", type: .bigint, .notNull)
                .column("unit_code", type: kind.codeType, .notNull)
                .column("handling_unit", type: .text)
                .column("addressed_to", type: kind.codeType, .notNull)
                .column("due_at", type: .bigint, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "case_notices_once").unique().on("case_notices")
                .column("case_type").column("case_id").column("clock").column("kind").column("level").run()
            // A jurisdiction's notices and a department's, newest first; what a street or county is sent.
            try await sql.create(index: "case_notices_unit").on("case_notices").column("case_type").column("unit_code").column("created_at").run()
            try await sql.create(index: "case_notices_handler").on("case_notices").column("case_type").column("handling_unit").column("created_at").run()
            try await sql.create(index: "case_notices_addressed").on("case_notices").column("addressed_to").column("created_at").run()
        },
        Migration("kernel_0006_change_counters") { sql, _ in
            // One row per thing watched (`ChangeCounter`): a figure cached by its version is exact across processes.
            try await sql.create(table: "change_counters")
                .column("name", type: .text, .primaryKey(autoIncrement: false))
                .column("version", type: .bigint, .notNull)
                .run()
        },
        Migration("kernel_0007_audit_lists") { sql, _ in
            // The audit browser by action and by actor, newest first: every sensitive read is an entry, and at 4.7 million
            // (a city's months) a rare action or one of 500 staff read the whole log backwards (5.1–5.5 s).
            try await sql.create(index: "audit_action").on("audit_log").column("action").column("seq").run()
            try await sql.create(index: "audit_actor").on("audit_log").column("actor_name").column("seq").run()
        },
        Migration("kernel_0008_notice_lists") { sql, kind in
            // A county's notices, newest first, read every notice of the county and sorted it, and counted all of them: on
            // PostgreSQL at 790,000 work-order notices 1.0–1.8 s at p95 (8 connections), a page 10,000 in 5.9–7.1 s. Now
            // walked off an index by time with the place inside (`NoticeStore.list`), a street off one led by the street as
            // the lists put it (`Scope.prefix`; the code itself last, see workorders_0018), and a department's with the
            // notice's case inside for the check that the department holds it now.
            let street = Scope.prefix(of: SQLColumn("unit_code"), length: Scope.streetLength)
            try await sql.create(index: "case_notices_created", on: "case_notices", ["case_type", "created_at", "id", "unit_code"].map { SQLColumn($0) })
            try await sql.create(index: "case_notices_street", on: "case_notices",
                                 [SQLColumn("case_type"), street] + ["created_at", "id", "unit_code"].map { SQLColumn($0) })
            try await sql.drop(index: "case_notices_handler").run()
            try await sql.create(index: "case_notices_handler", on: "case_notices",
                                 ["case_type", "handling_unit", "created_at", "id", "case_id"].map { SQLColumn($0) })
            try await sql.createPrefixStatistics(on: "case_notices", column: "unit_code", kind: kind)
        },
    ]
}
