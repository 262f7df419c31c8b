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
                    .values(SQLBind(b.code), SQLBind(b.nameZh), SQLBind(b.nameEn), SQLBind(b.kind), SQLBind(1)).run()
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
            // The step history and the day counter as StepLog and DailyNumbers made them at release, frozen here.
            try await sql.create(table: "dispute_events")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("dispute_id", type: .text, .notNull, .references("disputes", "id"))
                .column("action", type: .text, .notNull)
                .column("from_status", type: .text)
                .column("to_status", type: .text, .notNull)
                .column("note", type: .text)
                .column("actor_id", type: .text)
                .column("at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "dispute_events_dispute_id").on("dispute_events").column("dispute_id").column("at").run()
            try await sql.create(table: "dispute_counters")
                .column("day", type: .text, .primaryKey(autoIncrement: false))
                .column("n", type: .bigint, .notNull)
                .run()
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
                .where("status", .in, ["registered", "assigned", "mediating", "escalated", "agreed"]).run()
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
    ]
}

/// The types and mediation bodies a new installation starts with (SPEC.md module 4; the trade
/// centres of the "big mediation" in [002], where 12 departments each lead one). Frozen with
/// disputes_0001: from then on the tables are the configuration.
enum DisputeDefaults {
    static let types: [(code: String, nameZh: String, nameEn: String, days: Int)] = [
        ("family", "婚姻家庭纠纷", "Family", 30),
        ("neighbour", "邻里纠纷", "Neighbours", 30),
        ("damages", "损害赔偿纠纷", "Damages", 30),
        ("labour", "劳动争议", "Labour", 30),
        ("land", "征地拆迁纠纷", "Land requisition and demolition", 30),
        ("medical", "医疗纠纷", "Medical", 30),
        ("property", "物业管理纠纷", "Property management", 30),
        ("traffic", "道路交通事故纠纷", "Traffic", 30),
        ("environment", "环境污染纠纷", "Environment", 30),
        ("consumer", "消费纠纷", "Consumer", 30),
        ("other", "其他纠纷", "Other", 30),
    ]

    static let bodies: [(code: String, nameZh: String, nameEn: String, kind: String)] = [
        ("people-street", "街道（乡镇）人民调解委员会", "Street people's mediation committee", "people"),
        ("people-community", "社区（村）人民调解委员会", "Community people's mediation committee", "people"),
        ("admin-justice", "县司法局行政调解", "County justice bureau (administrative)", "administrative"),
        ("admin-police", "派出所治安调解", "Police station (administrative)", "administrative"),
        ("judicial-court", "县人民法院诉调对接中心", "County court litigation–mediation centre", "judicial"),
        ("trade-demolition", "城市房屋拆迁纠纷调解中心", "Housing demolition mediation centre", "trade"),
        ("trade-land", "农村土地征用纠纷调解中心", "Rural land requisition mediation centre", "trade"),
        ("trade-restructuring", "企业改制纠纷调解中心", "Enterprise restructuring mediation centre", "trade"),
        ("trade-safety", "安全生产纠纷调解中心", "Work safety mediation centre", "trade"),
        ("trade-medical", "医患纠纷调解中心", "Medical dispute mediation centre", "trade"),
        ("trade-labour", "劳动争议调解中心", "Labour dispute mediation centre", "trade"),
        ("trade-property", "物业管理纠纷调解中心", "Property management mediation centre", "trade"),
        ("trade-environment", "环境污染纠纷调解中心", "Environmental dispute mediation centre", "trade"),
        ("trade-consumer", "消费者权益纠纷调解中心", "Consumer rights mediation centre", "trade"),
        ("trade-traffic", "道路交通事故纠纷调解中心", "Traffic accident mediation centre", "trade"),
        ("trade-family", "婚姻家庭纠纷调解中心", "Marriage and family mediation centre", "trade"),
        ("trade-construction", "建设工程纠纷调解中心", "Construction dispute mediation centre", "trade"),
    ]
}
