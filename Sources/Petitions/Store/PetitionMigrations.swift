import Kernel
import SQLKit

/// The petition tables. Numbered; never edited once released.
public enum PetitionMigrations {
    public static let all: [Migration] = [
        Migration("petitions_0001_register") { sql, kind in
            try await sql.create(table: "petitions")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("number", type: .text, .notNull, .unique)
                .column("channel", type: .text, .notNull)
                .column("petitioner_name", type: .text, .notNull)
                .column("petitioner_phone", type: .text)
                .column("headcount", type: .bigint, .notNull)
                .column("matter", type: .text, .notNull)
                .column("demands", type: .text, .notNull)
                .column("unit_code", type: kind.codeType, .notNull)
                .column("responsible_body", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("received_at", type: .bigint, .notNull)
                .column("accepted_at", type: .bigint)
                .column("reply_due_at", type: .bigint)
                .column("replied_at", type: .bigint)
                .column("extension_days", type: .bigint, .notNull)
                .column("due_at", type: .bigint)
                .column("due_rule", type: .text)
                .column("stage_at", type: .bigint, .notNull)
                .column("work_order_id", type: .text, .unique)
                .column("created_by", type: .text)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            // Lists: a jurisdiction's petitions by clock; the response rate: accepted petitions by reply deadline.
            try await sql.create(index: "petitions_unit_due").on("petitions").column("unit_code").column("due_at").run()
            try await sql.create(index: "petitions_status_due").on("petitions").column("status").column("due_at").run()
            try await sql.create(index: "petitions_reply_due").on("petitions").column("reply_due_at").run()
            try await sql.create(table: "petition_events")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("petition_id", type: .text, .notNull, .references("petitions", "id"))
                .column("action", type: .text, .notNull)
                .column("from_status", type: .text)
                .column("to_status", type: .text, .notNull)
                .column("note", type: .text)
                .column("actor_id", type: .text)
                .column("at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "petition_events_petition").on("petition_events").column("petition_id").column("at").run()
            try await sql.create(table: "petition_counters")
                .column("day", type: .text, .primaryKey(autoIncrement: false))
                .column("n", type: .bigint, .notNull)
                .run()
        },
    ]
}
