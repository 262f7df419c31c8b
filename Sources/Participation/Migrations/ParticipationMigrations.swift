import Kernel
import SQLKit

/// The tables of ballots and their households' votes. Numbered; never edited once released.
public enum ParticipationMigrations {
    public static let all: [Migration] = [
        Migration("participation_0001_ballots") { sql, kind in
            try await sql.create(table: "ballots")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("unit_code", type: kind.codeType, .notNull)
                .column("title", type: .text, .notNull)
                .column("options", type: .text, .notNull)
                .column("opens_at", type: .bigint, .notNull)
                .column("closes_at", type: .bigint, .notNull)
                .column("rule", type: .text, .notNull)
                .column("households_eligible", type: .bigint)
                .column("codes_issued_at", type: .bigint)
                .column("created_by", type: .text)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "ballots_unit_closes").on("ballots").column("unit_code").column("closes_at").run()
            // One row per eligible household, frozen when the slips are issued; the vote is written
            // into the row once (voted_at IS NULL guards it), so a household cannot vote twice.
            try await sql.create(table: "ballot_households")
                .column("ballot_id", type: .text, .notNull, .references("ballots", "id"))
                .column("household_id", type: .text, .notNull)
                .column("code_hash", type: .text, .notNull)
                .column("option_index", type: .bigint)
                .column("channel", type: .text)
                .column("entered_by", type: .text)
                .column("voted_at", type: .bigint)
                .primaryKey("ballot_id", "household_id")
                .run()
            try await sql.create(index: "ballot_households_code").unique().on("ballot_households").column("ballot_id").column("code_hash").run()
        },
    ]
}
