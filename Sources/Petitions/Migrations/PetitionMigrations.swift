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
            try await PetitionStore.steps.createTable(referencing: "petitions", on: sql)
            try await PetitionStore.numbers.createTable(on: sql)
        },
        Migration("petitions_0002_receptions_backlog") { sql, kind in
            // Leaders' reception days 领导接访日, published on the portal, and the petitions each received.
            try await sql.create(table: "reception_days")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("leader_name", type: .text, .notNull)
                .column("leader_title", type: .text, .notNull)
                .column("day", type: .text, .notNull)
                .column("hours", type: .text, .notNull)
                .column("place", type: .text, .notNull)
                .column("unit_code", type: kind.codeType, .notNull)
                .column("created_by", type: .text)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "reception_days_day").on("reception_days").column("day").run()
            try await sql.create(table: "reception_cases")
                .column("reception_id", type: .text, .notNull, .references("reception_days", "id"))
                .column("petition_id", type: .text, .notNull, .references("petitions", "id"))
                .primaryKey("reception_id", "petition_id")
                .run()
            // Backlog cases 积案: the "five ones", their meetings and judicial-aid grants.
            try await sql.create(table: "backlog_cases")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("petition_id", type: .text, .notNull, .unique, .references("petitions", "id"))
                .column("leader", type: .text, .notNull)
                .column("team", type: .text, .notNull)
                .column("plan", type: .text, .notNull)
                .column("owner", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("resolution", type: .text)
                .column("opened_at", type: .bigint, .notNull)
                .column("resolved_at", type: .bigint)
                .run()
            try await sql.create(table: "backlog_meetings")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("case_id", type: .text, .notNull, .references("backlog_cases", "id"))
                .column("kind", type: .text, .notNull)
                .column("held_on", type: .text, .notNull)
                .column("attendees", type: .text, .notNull)
                .column("minutes", type: .text, .notNull)
                .column("decisions", type: .text, .notNull)
                .column("recorded_by", type: .text)
                .column("recorded_at", type: .bigint, .notNull)
                .run()
            try await sql.create(table: "aid_grants")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("case_id", type: .text, .notNull, .references("backlog_cases", "id"))
                .column("amount_fen", type: .bigint, .notNull)
                .column("reason", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("requested_by", type: .text)
                .column("requested_at", type: .bigint, .notNull)
                .column("decided_by", type: .text)
                .column("decided_at", type: .bigint)
                .column("decision_note", type: .text)
                .run()
        },
        Migration("petitions_0003_supervision") { sql, kind in
            // Supervision notices on petition clocks: once per petition, stage (rule), kind and level.
            try await sql.create(table: "petition_notices")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("petition_id", type: .text, .notNull, .references("petitions", "id"))
                .column("due_rule", type: .text, .notNull)
                .column("kind", type: .text, .notNull)
                .column("level", type: .bigint, .notNull)
                .column("unit_code", type: kind.codeType, .notNull)
                .column("addressed_to", type: kind.codeType, .notNull)
                .column("due_at", type: .bigint, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "petition_notices_once").unique().on("petition_notices")
                .column("petition_id").column("due_rule").column("kind").column("level").run()
            try await sql.create(index: "petition_notices_addressed").on("petition_notices").column("addressed_to").column("created_at").run()
        },
        Migration("petitions_0004_owed_due") { sql, _ in
            // The clock of petitions an office owes an answer on, NULL otherwise: lists of owed
            // petitions read in deadline order off it (the status index made a million-row register
            // sort every owed petition of the county for one page: 0.4 s for a community).
            try await sql.alter(table: "petitions").column("owed_due", type: .bigint).run()
            try await sql.update("petitions").set("owed_due", to: SQLColumn("due_at"))
                .where("status", .in, PetitionStatus.allCases.filter(\.owesAnswer).map(\.rawValue)).run()
            try await sql.drop(index: "petitions_status_due").run()
            try await sql.drop(index: "petitions_unit_due").run()
            try await sql.create(index: "petitions_owed_due").on("petitions").column("owed_due").column("unit_code").run()
            try await sql.create(index: "petitions_unit_owed_due").on("petitions").column("unit_code").column("owed_due").run()
            try await sql.create(index: "petitions_received").on("petitions").column("received_at").column("unit_code").run()
            try await sql.create(index: "petitions_unit_received").on("petitions").column("unit_code").column("received_at").run()
        },
        Migration("petitions_0005_petitioner_link") { sql, kind in
            try await sql.alter(table: "petitions").column("petitioner_registry_id", type: .text).run()
        },
        Migration("petitions_0006_tracking_code") { sql, kind in
            // Receipts carry a code that cannot be guessed (numbers count up through the day).
            try await sql.alter(table: "petitions").column("tracking_code", type: .text).run()
            switch kind {
            case .sqlite: try await sql.raw("UPDATE petitions SET tracking_code = upper(hex(randomblob(8)))").run()
            case .postgres: try await sql.raw("UPDATE petitions SET tracking_code = upper(substr(md5(random()::text || id), 1, 16))").run()
            }
            try await sql.create(index: "petitions_tracking_code").on("petitions").column("tracking_code").unique().run()
        },
        Migration("petitions_0007_case_notices") { sql, _ in
            // Petition notices move to the casework kernel's table (kernel_0005).
            try await sql.insert(into: "case_notices")
                .columns("id", "case_type", "case_id", "clock", "kind", "level", "unit_code", "handling_unit", "addressed_to", "due_at", "created_at")
                .select { $0
                    .column("id").column(SQLLiteral.string("petition")).column("petition_id").column("due_rule").column("kind").column("level")
                    .column("unit_code").column(SQLLiteral.null).column("addressed_to").column("due_at").column("created_at")
                    .from("petition_notices")
                }
                .run()
            try await sql.drop(table: "petition_notices").run()
            // petitions_0001 named this index petition_events_petition until it was edited after
            // release: databases made before carry the old name, later ones the new.
            try await sql.drop(index: "petition_events_petition").ifExists().run()
            try await sql.drop(index: "petition_events_petition_id").ifExists().run()
            try await sql.create(index: "petition_events_petition_id").on("petition_events").column("petition_id").column("at").run()
        },
        Migration("petitions_0008_channel_lists_and_rate") { sql, _ in
            // A channel's lists walk the channel's own clock (`bench lists` at a million petitions: a county's
            // owed visits took 0.35 s, read and checked one by one off the owed index).
            try await sql.create(index: "petitions_channel_owed_due").on("petitions").column("channel").column("owed_due").column("unit_code").run()
            try await sql.create(index: "petitions_channel_received").on("petitions").column("channel").column("received_at").column("unit_code").run()
            // One status's list (`status=registered`) had no index since petitions_0004 and read the whole
            // register (1.1 s for a county's 20,000 registered petitions of a million). In list order, the id
            // too: a status with no clock (replied) is all one deadline, NULL, and was sorted whole by id (2 s).
            try await sql.create(index: "petitions_status_due").on("petitions").column("status").column("due_at").column("id").column("unit_code").run()
            // The response rate reads every column it needs from one index, never the rows (4.5 s for a county).
            try await sql.create(index: "petitions_unit_reply").on("petitions").column("unit_code").column("reply_due_at").column("replied_at")
                .column("channel").run()
        },
        Migration("petitions_0009_kept_reply_counts") { sql, kind in
            // The response rate's replies as counts kept with every step (`PetitionReplyCounts`), filled from the petitions there are;
            // the ones unanswered past their limit are read off their own index, and the unit's reply index is no longer read.
            try await sql.create(table: PetitionReplyCounts.table)
                .column("unit_code", type: .text, .notNull)
                .column("depth", type: .int, .notNull)
                .column("channel", type: .text, .notNull)
                .column("replied", type: .int, .notNull)
                .column("on_time", type: .int, .notNull)
                .primaryKey("unit_code", "channel")
                .run()
            try await sql.create(index: "petition_reply_counts_level").on(PetitionReplyCounts.table).column("depth").column("unit_code").run()
            try await sql.create(index: "petitions_unanswered_due").on("petitions").column("replied_at").column("reply_due_at").column("unit_code")
                .column("channel").run()
            try await sql.drop(index: "petitions_unit_reply").run()
            try await PetitionReplyCounts.recount(on: sql)
            // PostgreSQL took a county's or a street's `substr(unit_code, ...)` for 0.5 % of the rows and sorted them whole.
            guard kind == .postgres else { return }
            try await sql.raw("CREATE STATISTICS petitions_county ON (substr(unit_code, 1, 6)) FROM petitions").run()
            try await sql.raw("CREATE STATISTICS petitions_street ON (substr(unit_code, 1, 9)) FROM petitions").run()
            try await sql.raw("ANALYZE petitions").run()
        },
        Migration("petitions_0010_list_ties") { sql, _ in
            // Lists are in (clock, id) order and many petitions share a day's clock: with the id inside the index a page
            // 10,000 into a county's list is walked in the index alone (0.3 s → 3 ms at a million petitions), where
            // SQLite read every row it skipped for its id and sorted them.
            try await sql.rebuild(index: "petitions_received", on: "petitions", ["received_at", "id", "unit_code"])
            try await sql.rebuild(index: "petitions_owed_due", on: "petitions", ["owed_due", "id", "unit_code"])
            try await sql.rebuild(index: "petitions_channel_received", on: "petitions", ["channel", "received_at", "id", "unit_code"])
            try await sql.rebuild(index: "petitions_channel_owed_due", on: "petitions", ["channel", "owed_due", "id", "unit_code"])
        },
        Migration("petitions_0011_aid_lists") { sql, kind in
            // A grant carries its petition's place (a petition's unit never changes), so that the ledger is walked, paged and
            // totalled off its own indexes: it listed every grant of the county joined to its case and petition, unpaged (40,000
            // grants: seconds), and a case's grants were found by reading every grant.
            try await sql.alter(table: "aid_grants").column("unit_code", type: kind.codeType).run()
            let place = sql.select().column(SQLColumn("unit_code", table: "petitions")).from("backlog_cases")
                .join("petitions", on: SQLColumn("id", table: "petitions"), .equal, SQLColumn("petition_id", table: "backlog_cases"))
                .where(SQLColumn("id", table: "backlog_cases"), .equal, SQLColumn("case_id", table: "aid_grants"))
            try await sql.update("aid_grants").set("unit_code", to: SQLGroupExpression(place.select)).run()
            try await sql.create(index: "aid_grants_case").on("aid_grants").column("case_id").column("requested_at").run()
            try await sql.create(index: "aid_grants_requested_place").on("aid_grants").column("requested_at").column("id").column("unit_code").run()
            try await sql.create(index: "aid_grants_status_place").on("aid_grants").column("status").column("unit_code").column("amount_fen").run()
            try await sql.createPrefixStatistics(on: "aid_grants", column: "unit_code", kind: kind)
        },
    ]
}
