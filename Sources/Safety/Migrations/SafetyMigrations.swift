import Kernel
import SQLKit

/// The tables of hazards, emergencies and warnings. Numbered; never edited once released;
/// written out in full.
public enum SafetyMigrations {
    public static let all: [Migration] = [
        Migration("safety_0001_hazards_emergencies_warnings") { sql, kind in
            try await sql.create(table: "hazards")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("number", type: .text, .notNull, .unique)
                .column("grid_code", type: kind.codeType, .notNull)
                .column("place", type: .text, .notNull)
                .column("organisation_id", type: .text)
                .column("kind", type: .text, .notNull)
                .column("level", type: .text, .notNull)
                .column("description", type: .text, .notNull)
                .column("responsible_unit", type: .text, .notNull)
                .column("work_order_number", type: .text)
                .column("status", type: .text, .notNull)
                .column("plan", type: .text)
                .column("due_at", type: .bigint)
                .column("due_rule", type: .text)
                .column("open_due", type: .bigint)
                .column("rectified_at", type: .bigint)
                .column("closed_at", type: .bigint)
                .column("created_by", type: .text)
                .column("created_at", type: .bigint, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "hazards_grid_created").on("hazards").column("grid_code").column("created_at").run()
            try await sql.create(index: "hazards_open_due").on("hazards").column("open_due").run()
            try await sql.create(table: "hazard_events")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("hazard_id", type: .text, .notNull, .references("hazards", "id"))
                .column("action", type: .text, .notNull)
                .column("from_status", type: .text)
                .column("to_status", type: .text, .notNull)
                .column("note", type: .text)
                .column("actor_id", type: .text)
                .column("at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "hazard_events_hazard_id").on("hazard_events").column("hazard_id").column("at").run()
            try await sql.create(table: "hazard_counters")
                .column("day", type: .text, .primaryKey(autoIncrement: false))
                .column("n", type: .bigint, .notNull)
                .run()
            try await sql.create(table: "emergencies")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("number", type: .text, .notNull, .unique)
                .column("category", type: .text, .notNull)
                .column("type", type: .text, .notNull)
                .column("title", type: .text, .notNull)
                .column("occurred_at", type: .bigint, .notNull)
                .column("learned_at", type: .bigint, .notNull)
                .column("place", type: .text, .notNull)
                .column("unit_code", type: kind.codeType, .notNull)
                .column("deaths", type: .bigint, .notNull)
                .column("serious_injuries", type: .bigint, .notNull)
                .column("direct_loss_yuan", type: .bigint, .notNull)
                .column("affected", type: .bigint, .notNull)
                .column("grade", type: .text, .notNull)
                .column("grade_rule", type: .text, .notNull)
                // The next report owed and when, NULL once every required report is made.
                .column("open_due", type: .bigint)
                .column("due_rule", type: .text)
                .column("created_by", type: .text)
                .column("created_at", type: .bigint, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "emergencies_unit_occurred").on("emergencies").column("unit_code").column("occurred_at").run()
            try await sql.create(index: "emergencies_occurred").on("emergencies").column("occurred_at").run()
            try await sql.create(index: "emergencies_open_due").on("emergencies").column("open_due").run()
            try await sql.create(table: "emergency_reports")
                .column("emergency_id", type: .text, .notNull, .references("emergencies", "id"))
                .column("level", type: .text, .notNull)
                .column("reported_at", type: .bigint, .notNull)
                .column("due_at", type: .bigint, .notNull)
                .column("reported_by", type: .text)
                .column("note", type: .text, .notNull)
                .primaryKey("emergency_id", "level")
                .run()
            try await sql.create(table: "emergency_events")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("emergency_id", type: .text, .notNull, .references("emergencies", "id"))
                .column("action", type: .text, .notNull)
                .column("from_status", type: .text)
                .column("to_status", type: .text, .notNull)
                .column("note", type: .text)
                .column("actor_id", type: .text)
                .column("at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "emergency_events_emergency_id").on("emergency_events").column("emergency_id").column("at").run()
            try await sql.create(table: "emergency_counters")
                .column("day", type: .text, .primaryKey(autoIncrement: false))
                .column("n", type: .bigint, .notNull)
                .run()
            try await sql.create(table: "warnings")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("level", type: .bigint, .notNull)
                .column("kind", type: .text, .notNull)
                .column("title", type: .text, .notNull)
                .column("message", type: .text, .notNull)
                .column("starts_at", type: .bigint, .notNull)
                .column("ends_at", type: .bigint, .notNull)
                .column("lifted_at", type: .bigint)
                .column("issued_by", type: .text)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "warnings_ends").on("warnings").column("ends_at").run()
            try await sql.create(table: "warning_units")
                .column("warning_id", type: .text, .notNull, .references("warnings", "id"))
                .column("unit_code", type: kind.codeType, .notNull)
                .primaryKey("warning_id", "unit_code")
                .run()
        },
        Migration("safety_0002_venues_agreements") { sql, kind in
            try await sql.create(table: "venues")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull)
                .column("kind", type: .text, .notNull)
                .column("organisation_id", type: .text)
                .column("grid_code", type: kind.codeType, .notNull)
                .column("address", type: .text, .notNull)
                .column("licence", type: .text, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "venues_grid_name").on("venues").column("grid_code").column("name").run()
            try await sql.create(table: "venue_inspections")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("venue_id", type: .text, .notNull, .references("venues", "id"))
                .column("inspected_on", type: .text, .notNull)
                .column("inspector", type: .text)
                .column("findings", type: .text, .notNull)
                .column("violations", type: .text, .notNull)
                .column("minors", type: .bigint, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "venue_inspections_venue").on("venue_inspections").column("venue_id").column("inspected_on").run()
            // Repeat-violation rules are data: a county changes a row, not the code. The defaults for internet cafés [002].
            try await sql.create(table: "venue_rules")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("kind", type: .text, .notNull)
                .column("violations", type: .text, .notNull)
                .column("count", type: .bigint, .notNull)
                .column("window_days", type: .bigint, .notNull)
                .column("minors_at_least", type: .bigint)
                .column("minors_at_most", type: .bigint)
                .column("measure", type: .text, .notNull)
                .column("active", type: .bigint, .notNull)
                .run()
            let defaults: [(String, String, Int, Int, Int?, Int?, String)] = [
                ("cafe_twice_in_a_year", "admitting_minors,out_of_hours", 2, 365, nil, nil, "revoke_licence"),
                ("cafe_three_minors", "admitting_minors", 1, 1, 3, nil, "revoke_licence"),
                ("cafe_one_or_two_minors", "admitting_minors", 1, 1, 1, 2, "suspend_30d"),
            ]
            for (id, violations, count, window, least, most, measure) in defaults {
                try await sql.insert(into: "venue_rules").columns("id", "kind", "violations", "count", "window_days", "minors_at_least", "minors_at_most", "measure", "active")
                    .values(SQLBind(id), SQLBind("internet_cafe"), SQLBind(violations), SQLBind(count), SQLBind(window), SQLBind(least), SQLBind(most),
                            SQLBind(measure), SQLBind(1)).run()
            }
            try await sql.create(table: "venue_proposals")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("venue_id", type: .text, .notNull, .references("venues", "id"))
                .column("inspection_id", type: .text, .notNull, .references("venue_inspections", "id"))
                .column("rule_id", type: .text, .notNull)
                .column("measure", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("decided_by", type: .text)
                .column("decision_note", type: .text)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "venue_proposals_venue").on("venue_proposals").column("venue_id").run()
            try await sql.create(table: "safety_agreements")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("organisation_id", type: .text, .notNull)
                .column("grid_code", type: kind.codeType, .notNull)
                .column("year", type: .bigint, .notNull)
                .column("signed_on", type: .text, .notNull)
                .column("signatory", type: .text, .notNull)
                .column("terms", type: .text, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .unique("organisation_id", "year")
                .run()
            try await sql.create(index: "safety_agreements_grid_year").on("safety_agreements").column("grid_code").column("year").run()
            try await sql.create(table: "agreement_records")
                .column("agreement_id", type: .text, .notNull, .references("safety_agreements", "id"))
                .column("kind", type: .text, .notNull)
                .column("on_day", type: .text, .notNull)
                .column("findings", type: .text, .notNull)
                .column("passed", type: .bigint, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "agreement_records_agreement").on("agreement_records").column("agreement_id").run()
        },
        Migration("safety_0003_hazard_photos") { sql, _ in
            // One photo a hazard may carry from the patrol, kept with the record it documents.
            try await sql.create(table: "hazard_photos")
                .column("hazard_id", type: .text, .primaryKey(autoIncrement: false), .references("hazards", "id"))
                .column("content_type", type: .text, .notNull)
                .column("bytes", type: .blob, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
        },
        Migration("safety_0004_hazard_venue_lists") { sql, kind in
            // A county's hazards walked in each list's order with the place read from the index (500,000 hazards: every
            // hazard sorted for the full list, 370–830 ms; the open ones' rows read to check their place, 80–190 ms). The
            // open list's index takes the place of the deadline's own; the open major ones, one in twenty, have theirs (partial).
            // With what a quarter's overdue hazards are counted by, so they are counted from it alone.
            // Partial: a closed hazard's clock is empty, and nine in ten are closed.
            let open = sql.create(index: "hazards_open_place").on("hazards").column("open_due").column("id").column("grid_code").column("kind")
                .column("level").column("created_at")
            open.createIndex.predicate = SQLBinaryExpression(SQLColumn("open_due"), .isNot, SQLLiteral.null)
            try await open.run()
            try await sql.drop(index: "hazards_open_due").run()
            let major = sql.create(index: "hazards_major_open").on("hazards").column("open_due").column("id").column("grid_code")
            major.createIndex.predicate = SQLBinaryExpression(SQLColumn("level"), .equal, SQLLiteral.string(HazardLevel.major.rawValue))
            try await major.run()
            try await sql.create(index: "hazards_created_place").on("hazards").column("created_at").column("id").column("grid_code").run()
            // Venues in list order with the id that breaks ties (page 201 read every skipped venue's row for it), and a kind's
            // own: a county's kind walked every venue (350–450 ms at 200,000).
            try await sql.create(index: "venues_place").on("venues").column("grid_code").column("name").column("id").run()
            try await sql.drop(index: "venues_grid_name").run()
            try await sql.create(index: "venues_kind_place").on("venues").column("kind").column("grid_code").column("name").column("id").run()
            // As for the rentals: PostgreSQL takes a county's or a street's `substr(grid, ...)` for a sliver of the rows without these.
            guard kind == .postgres else { return }
            try await sql.raw("CREATE STATISTICS hazards_county ON (substr(grid_code, 1, 6)) FROM hazards").run()
            try await sql.raw("CREATE STATISTICS hazards_street ON (substr(grid_code, 1, 9)) FROM hazards").run()
            try await sql.raw("ANALYZE hazards").run()
        },
        Migration("safety_0005_hazard_figures") { sql, kind in
            // A quarter's figures as counts kept with every step (`HazardFigureCounts`), filled from the hazards already
            // reported: a county's read every hazard found in the quarter (1.0–1.1 s at 500,000 hazards).
            try await HazardFigureCounts.create(kind, on: sql)
            try await HazardFigureCounts.recount(on: sql)
        },
        Migration("safety_0006_agreement_lists") { sql, _ in
            // The agreements a year at a time by place (`VenueStore.agreementRows`): a county's were sorted whole for every page
            // (500,000 agreements of two years: 3.2–3.7 s; a year's 120–160 ms).
            try await sql.create(index: "safety_agreements_year_place").on("safety_agreements").column("year").column("grid_code").column("id").run()
        },
        Migration("safety_0007_emergency_lists") { sql, kind in
            // Each event's late reports kept with it (a report is made once and never changed), so that a month's statistics
            // are summed off one index; they were counted by joining every report of the month's events.
            try await sql.alter(table: "emergencies").column("late_reports", type: .bigint, .notNull, .default(0)).run()
            let late = sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all)).from("emergency_reports")
                .where(SQLColumn("emergency_id", table: "emergency_reports"), .equal, SQLColumn("id", table: "emergencies"))
                .where(SQLColumn("reported_at", table: "emergency_reports"), .greaterThan, SQLColumn("due_at", table: "emergency_reports"))
            try await sql.update("emergencies").set("late_reports", to: SQLGroupExpression(late.select)).run()
            // A county's emergencies walked newest first, or the owing soonest due, with the place read from the index, and a
            // deep page's ids alone (100,000 events: 86–95 ms 10,000 in; the owing list walked every event, 450–510 ms). The
            // first holds what the month's statistics sum, read off it alone (350–510 ms when every event was read whole).
            // Each takes the place of its column's own index.
            try await sql.create(index: "emergencies_occurred_place").on("emergencies").column("occurred_at").column("id").column("unit_code")
                .column("category").column("grade").column("deaths").column("serious_injuries").column("direct_loss_yuan").column("late_reports").run()
            try await sql.drop(index: "emergencies_occurred").run()
            // Partial: an event's clock empties once every report it owes is made.
            try await sql.create(index: "emergencies_owing_place", on: "emergencies", ["open_due", "id", "unit_code"], whereNotNull: "open_due")
            try await sql.drop(index: "emergencies_open_due").run()
            try await sql.createPrefixStatistics(on: "emergencies", column: "unit_code", kind: kind)
        },
    ]
}
