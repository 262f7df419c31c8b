import Kernel
import SQLKit

/// The dispute tables. Numbered; never edited once released.
public enum DisputeMigrations {
    public static let all: [Migration] = [
        Migration("disputes_0001_register") { sql, kind in
            try await sql.create(table: "dispute_types")
                .column("code", type: .text, .primaryKey(autoIncrement: false))
                .column("name_zh", type: .text, .notNull)
                .column("name_en", type: .text, .notNull)
                .column("days", type: .bigint, .notNull)
                .column("active", type: .bigint, .notNull)
                .run()
            for t in DisputeDefaults.types {
                try await sql.insert(into: "dispute_types").columns("code", "name_zh", "name_en", "days", "active")
                    .values(SQLBind(t.code), SQLBind(t.nameZh), SQLBind(t.nameEn), SQLBind(t.days), SQLBind(1)).run()
            }
            try await sql.create(table: "mediation_bodies")
                .column("code", type: .text, .primaryKey(autoIncrement: false))
                .column("name_zh", type: .text, .notNull)
                .column("name_en", type: .text, .notNull)
                .column("kind", type: .text, .notNull)
                .column("active", type: .bigint, .notNull)
                .run()
            for b in DisputeDefaults.bodies {
                try await sql.insert(into: "mediation_bodies").columns("code", "name_zh", "name_en", "kind", "active")
                    .values(SQLBind(b.code), SQLBind(b.nameZh), SQLBind(b.nameEn), SQLBind(b.kind.rawValue), SQLBind(1)).run()
            }
            try await sql.create(table: "disputes")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("number", type: .text, .notNull, .unique)
                .column("title", type: .text, .notNull)
                .column("occurred_on", type: .text, .notNull)
                .column("place", type: .text, .notNull)
                .column("type_code", type: .text, .notNull)
                .column("scale", type: .bigint, .notNull)
                .column("summary", type: .text, .notNull)
                .column("unit_code", type: kind.codeType, .notNull)
                .column("violence_threatened", type: .bigint, .notNull)
                .column("risk_level", type: .text, .notNull)
                .column("risk_reasons", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("body_code", type: .text)
                .column("outcome", type: .text)
                .column("agreement_terms", type: .text)
                .column("performance_due", type: .text)
                .column("agreed_at", type: .bigint)
                .column("confirmation_requested_at", type: .bigint)
                .column("escalated_at", type: .bigint)
                .column("escalation_decision", type: .text)
                .column("due_at", type: .bigint)
                .column("due_rule", type: .text)
                .column("created_by", type: .text)
                .column("created_at", type: .bigint, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "disputes_unit_due").on("disputes").column("unit_code").column("due_at").run()
            try await sql.create(index: "disputes_type_unit_created").on("disputes").column("type_code").column("unit_code").column("created_at").run()
            try await sql.create(table: "dispute_parties")
                .column("dispute_id", type: .text, .notNull, .references("disputes", "id"))
                .column("seq", type: .bigint, .notNull)
                .column("name", type: .text, .notNull)
                .column("role", type: .text, .notNull)
                .column("is_organisation", type: .bigint, .notNull)
                .column("phone", type: .text)
                .column("registry_id", type: .text)
                .primaryKey("dispute_id", "seq")
                .run()
            try await DisputeStore.steps.createTable(referencing: "disputes", on: sql)
            try await DisputeStore.numbers.createTable(on: sql)
        },
        Migration("disputes_0002_screening") { sql, kind in
            try await sql.create(table: "screening_rounds")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("unit_code", type: kind.codeType, .notNull)
                .column("level", type: .text, .notNull)
                .column("period_start", type: .text, .notNull)
                .column("period_end", type: .text, .notNull)
                .column("reason", type: .text, .notNull)
                .column("created_by", type: .text)
                .column("created_at", type: .bigint, .notNull)
                .run()
            // One round per unit, level and period: a second "open" is refused, not duplicated.
            try await sql.create(index: "screening_rounds_unit_level_period").unique().on("screening_rounds")
                .column("unit_code").column("level").column("period_start").run()
            try await sql.create(table: "screening_reports")
                .column("round_id", type: .text, .notNull, .references("screening_rounds", "id"))
                .column("grid_code", type: kind.codeType, .notNull)
                .column("nothing_found", type: .bigint, .notNull)
                .column("findings", type: .text, .notNull)
                .column("dispute_ids", type: .text, .notNull)
                .column("reported_by", type: .text, .notNull)
                .column("reported_at", type: .bigint, .notNull)
                .primaryKey("round_id", "grid_code")
                .run()
        },
        Migration("disputes_0003_open_due") { sql, _ in
            // The clock of open disputes, NULL once closed: open lists read in deadline order off it.
            try await sql.alter(table: "disputes").column("open_due", type: .bigint).run()
            try await sql.update("disputes").set("open_due", to: SQLColumn("due_at"))
                .where("status", .in, DisputeStatus.allCases.filter(\.isOpen).map(\.rawValue)).run()
            try await sql.drop(index: "disputes_unit_due").run()
            try await sql.create(index: "disputes_open_due").on("disputes").column("open_due").column("unit_code").column("risk_level").run()
            try await sql.create(index: "disputes_unit_open_due").on("disputes").column("unit_code").column("open_due").run()
            try await sql.create(index: "disputes_created").on("disputes").column("created_at").column("unit_code").run()
            try await sql.create(index: "disputes_unit_created").on("disputes").column("unit_code").column("created_at").run()
        },
        Migration("disputes_0004_event_index_name") { sql, _ in
            // disputes_0001 named this index dispute_events_dispute until it was edited after
            // release: databases made before carry the old name, later ones the new.
            try await sql.drop(index: "dispute_events_dispute").ifExists().run()
            try await sql.drop(index: "dispute_events_dispute_id").ifExists().run()
            try await sql.create(index: "dispute_events_dispute_id").on("dispute_events").column("dispute_id").column("at").run()
        },
        Migration("disputes_0005_type_lists_and_figures") { sql, _ in
            // A type's lists walk the type's own clock (`bench lists` at a million disputes: a county's open
            // disputes of one type took 1.1 s off the type's unit index, then sorted).
            try await sql.create(index: "disputes_type_open_due").on("disputes").column("type_code").column("open_due").column("unit_code").run()
            try await sql.create(index: "disputes_type_created").on("disputes").column("type_code").column("created_at").column("unit_code").run()
            // The figures read every column they need from the unit's index, never the rows (7 s for a county's year).
            try await sql.drop(index: "disputes_unit_created").run()
            try await sql.create(index: "disputes_unit_created").on("disputes").column("unit_code").column("created_at").column("type_code")
                .column("status").column("outcome").column("due_at").column("escalated_at").run()
        },
        Migration("disputes_0006_kept_figures") { sql, kind in
            // The figures as counts kept with every step (`DisputeFigureCounts`), filled from the disputes already registered.
            try await sql.create(table: DisputeFigureCounts.table)
                .column("unit_code", type: .text, .notNull)
                .column("depth", type: .int, .notNull)
                .column("type_code", type: .text, .notNull)
                .column("day", type: .int, .notNull)
                .column("found", type: .int, .notNull)
                .column("concluded", type: .int, .notNull)
                .column("agreements", type: .int, .notNull)
                .column("escalated", type: .int, .notNull)
                .primaryKey("unit_code", "type_code", "day")
                .run()
            try await sql.create(index: "dispute_figure_counts_level").on(DisputeFigureCounts.table)
                .column("depth").column("type_code").column("unit_code").column("day").run()
            // Overdue is counted from the open disputes' clock, with what it needs in that index.
            try await sql.drop(index: "disputes_open_due").run()
            // (The id after the clock: open lists are in (deadline, id) order, and deadlines are shared by many.)
            try await sql.create(index: "disputes_open_due").on("disputes").column("open_due").column("id").column("unit_code").column("risk_level")
                .column("created_at").column("type_code").run()
            // A type's open lists in (deadline, id) order, the high-risk one checking the level inside the index.
            try await sql.drop(index: "disputes_type_open_due").run()
            try await sql.create(index: "disputes_type_open_due").on("disputes").column("type_code").column("open_due").column("id").column("unit_code")
                .column("risk_level").run()
            try await DisputeFigureCounts.recount(on: sql)
            // PostgreSQL took a county's or a street's `substr(unit_code, ...)` for 0.5 % of the rows and sorted them whole.
            guard kind == .postgres else { return }
            try await sql.raw("CREATE STATISTICS disputes_county ON (substr(unit_code, 1, 6)) FROM disputes").run()
            try await sql.raw("CREATE STATISTICS disputes_street ON (substr(unit_code, 1, 9)) FROM disputes").run()
            try await sql.raw("ANALYZE disputes").run()
        },
        Migration("disputes_0007_list_ties_and_unit_figures") { sql, _ in
            // The registers' whole lists are newest first by (registered, id): with the id inside the index a deep page
            // is walked in the index alone, not read row by row and sorted.
            try await sql.rebuild(index: "disputes_created", on: "disputes", ["created_at", "id", "unit_code"])
            try await sql.rebuild(index: "disputes_type_created", on: "disputes", ["type_code", "created_at", "id", "unit_code"])
            // A county's figures by street sum 101 streets' days of a year (34,000 rows): with the counts inside the
            // level's index they are summed from it alone, not looked up row by row in a table of millions.
            try await sql.rebuild(index: "dispute_figure_counts_level", on: DisputeFigureCounts.table,
                                  ["depth", "type_code", "unit_code", "day", "found", "concluded", "agreements", "escalated"])
        },
        Migration("disputes_0008_high_risk_due") { sql, kind in
            // The high-risk list walked the open disputes' clock checking each one's level (`bench lists --pages` at a million
            // disputes: 61–89 ms at p95 for a county's first page and page 201). A dispute of high or major risk carries its
            // open clock in `high_risk_due` too (the level is set at registration and never changes), and the list reads the
            // indexes of those disputes alone: NULL for the others, so most registrations write neither index.
            try await sql.alter(table: "disputes").column("high_risk_due", type: .bigint).run()
            try await sql.update("disputes").set("high_risk_due", to: SQLColumn("open_due"))
                .where("open_due", .isNot, SQLLiteral.null).where("risk_level", .in, ["high", "major"]).run()
            // A county's or a street's, each one's unit checked inside the index; and a type's.
            try await sql.create(index: "disputes_high_risk", on: "disputes", ["high_risk_due", "id", "unit_code"], whereNotNull: "high_risk_due")
            try await sql.create(index: "disputes_type_high_risk", on: "disputes", ["type_code", "high_risk_due", "id", "unit_code"],
                                 whereNotNull: "high_risk_due")
            if kind == .postgres { try await sql.raw("ANALYZE disputes").run() }
        },
        Migration("disputes_0009_screening_answer_counts") { sql, _ in
            // How many grids answered each round, each way, under every unit (`ScreeningAnswerCounts`), from the reports made.
            try await sql.create(table: ScreeningAnswerCounts.table)
                .column("unit_code", type: .text, .notNull)
                .column("depth", type: .int, .notNull)
                .column("round_id", type: .text, .notNull)
                .column("reported", type: .int, .notNull)
                .column("none", type: .int, .notNull)
                .primaryKey("unit_code", "round_id")
                .run()
            try await ScreeningAnswerCounts.recount(on: sql)
        },
        Migration("disputes_0010_screening_answers_above_grids") { sql, _ in
            // Answers are kept only under units above a grid (a grid's answer is its report): rows kept under grids by
            // disputes_0009 are never read or upkept again.
            try await sql.delete(from: ScreeningAnswerCounts.table).where("depth", .greaterThanOrEqual, 15).run()
        },
    ]
}

/// The types and mediation bodies a new installation starts with (SPEC.md module 4; the trade
/// centres of the "big mediation" in [002], where 12 departments each lead one).
enum DisputeDefaults {
    static let types: [DisputeType] = [
        .init(code: "family", nameZh: "婚姻家庭纠纷", nameEn: "Family", days: 30),
        .init(code: "neighbour", nameZh: "邻里纠纷", nameEn: "Neighbours", days: 30),
        .init(code: "damages", nameZh: "损害赔偿纠纷", nameEn: "Damages", days: 30),
        .init(code: "labour", nameZh: "劳动争议", nameEn: "Labour", days: 30),
        .init(code: "land", nameZh: "征地拆迁纠纷", nameEn: "Land requisition and demolition", days: 30),
        .init(code: "medical", nameZh: "医疗纠纷", nameEn: "Medical", days: 30),
        .init(code: "property", nameZh: "物业管理纠纷", nameEn: "Property management", days: 30),
        .init(code: "traffic", nameZh: "道路交通事故纠纷", nameEn: "Traffic", days: 30),
        .init(code: "environment", nameZh: "环境污染纠纷", nameEn: "Environment", days: 30),
        .init(code: "consumer", nameZh: "消费纠纷", nameEn: "Consumer", days: 30),
        .init(code: "other", nameZh: "其他纠纷", nameEn: "Other", days: 30),
    ]

    static let bodies: [MediationBody] = [
        .init(code: "people-street", nameZh: "街道（乡镇）人民调解委员会", nameEn: "Street people's mediation committee", kind: .people),
        .init(code: "people-community", nameZh: "社区（村）人民调解委员会", nameEn: "Community people's mediation committee", kind: .people),
        .init(code: "admin-justice", nameZh: "县司法局行政调解", nameEn: "County justice bureau (administrative)", kind: .administrative),
        .init(code: "admin-police", nameZh: "派出所治安调解", nameEn: "Police station (administrative)", kind: .administrative),
        .init(code: "judicial-court", nameZh: "县人民法院诉调对接中心", nameEn: "County court litigation–mediation centre", kind: .judicial),
        .init(code: "trade-demolition", nameZh: "城市房屋拆迁纠纷调解中心", nameEn: "Housing demolition mediation centre", kind: .trade),
        .init(code: "trade-land", nameZh: "农村土地征用纠纷调解中心", nameEn: "Rural land requisition mediation centre", kind: .trade),
        .init(code: "trade-restructuring", nameZh: "企业改制纠纷调解中心", nameEn: "Enterprise restructuring mediation centre", kind: .trade),
        .init(code: "trade-safety", nameZh: "安全生产纠纷调解中心", nameEn: "Work safety mediation centre", kind: .trade),
        .init(code: "trade-medical", nameZh: "医患纠纷调解中心", nameEn: "Medical dispute mediation centre", kind: .trade),
        .init(code: "trade-labour", nameZh: "劳动争议调解中心", nameEn: "Labour dispute mediation centre", kind: .trade),
        .init(code: "trade-property", nameZh: "物业管理纠纷调解中心", nameEn: "Property management mediation centre", kind: .trade),
        .init(code: "trade-environment", nameZh: "环境污染纠纷调解中心", nameEn: "Environmental dispute mediation centre", kind: .trade),
        .init(code: "trade-consumer", nameZh: "消费者权益纠纷调解中心", nameEn: "Consumer rights mediation centre", kind: .trade),
        .init(code: "trade-traffic", nameZh: "道路交通事故纠纷调解中心", nameEn: "Traffic accident mediation centre", kind: .trade),
        .init(code: "trade-family", nameZh: "婚姻家庭纠纷调解中心", nameEn: "Marriage and family mediation centre", kind: .trade),
        .init(code: "trade-construction", nameZh: "建设工程纠纷调解中心", nameEn: "Construction dispute mediation centre", kind: .trade),
    ]
}
