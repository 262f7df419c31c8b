import CivicGridApp
import Foundation
import Kernel
import KernelTesting
import SQLKit
import Testing
import Registry
import Disputes
import Petitions

/// Databases in the field upgrade: a database made by an earlier release, migrated to today's
/// schema, must be the same as one made fresh today, and keep its data. Each fixture was made by
/// main as of its date (migrate, seed demo, a minute or two of `serve` so there are notices):
/// migrations are only added, and a release that adds migrations adds its own fixture beside these.
@Suite("Schema: an upgraded database equals a fresh one")
struct SchemaUpgradeTests {
    static func fixtures(_ release: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/schema-\(release)")
    }

    static func freshSchema() async throws -> [String] {
        try await TestDatabase.with { database in
            try await Migrator.migrate(database, AppServices.migrations)
            return try await SchemaShape.describe(database)
        }
    }

    static func expectSameSchema(_ database: Database, as fresh: [String]) async throws {
        let upgraded = try await SchemaShape.describe(database)
        // Line by line, so a failure names what differs.
        #expect(upgraded.filter { !fresh.contains($0) } == [], "only in the upgraded database")
        #expect(fresh.filter { !upgraded.contains($0) } == [], "only in a fresh database")
        #expect(upgraded.count > 100)
    }

    @Test func releasedDatabaseUpgradesToTodaysSchemaWithItsData() async throws {
        let fresh = try await Self.freshSchema()
        try await Self.withReleasedDatabase("2026-12-02") { database in
            let applied = try await Migrator.migrate(database, AppServices.migrations)
            #expect(applied.contains("kernel_0005_case_notices") && applied.contains("workorders_0009_case_notices"))
            try await Self.expectSameSchema(database, as: fresh)

            // Nothing lost: the demo's records, and the notices moved into the kernel's table.
            struct Notice: Decodable, Equatable { let case_type: String, case_id: String, clock: String, kind: String, addressed_to: String }
            let (residents, orders, notices) = try await database.read { sql in
                (try await sql.count { $0.from("residents") }, try await sql.count { $0.from("work_orders") },
                 try await sql.select().columns("case_type", "case_id", "clock", "kind", "addressed_to").from("case_notices")
                    .orderBy("case_type").orderBy("kind").all(decoding: Notice.self))
            }
            #expect(residents == 300 && orders == 1)
            #expect(notices == [
                Notice(case_type: "petition", case_id: "demo-petition-2", clock: "handling_60d", kind: "escalated", addressed_to: "330199"),
                Notice(case_type: "petition", case_id: "demo-petition-2", clock: "handling_60d", kind: "overdue", addressed_to: "330199001"),
                Notice(case_type: "work_order", case_id: "demo-order-1", clock: "", kind: "near_due", addressed_to: "330199001"),
            ])
            // A second run finds nothing to do.
            #expect(try await Migrator.migrate(database, AppServices.migrations).isEmpty)
        }
    }

    /// The release of 2026-12-03 added major decisions, safety and ballots: they survive the upgrade.
    @Test func theDecemberThirdReleaseUpgradesWithItsDecisionsHazardsAndBallots() async throws {
        let fresh = try await Self.freshSchema()
        try await Self.withReleasedDatabase("2026-12-03") { database in
            let applied = try await Migrator.migrate(database, AppServices.migrations)
            // Only migrations added after that release run.
            #expect(!applied.contains { ($0.hasPrefix("kernel_") && !(Self.stop30 + Self.stop39 + Self.stop44).contains($0)) || ($0.hasPrefix("riskassessment_") && !Self.stop40.contains($0))
                || $0.hasPrefix("participation_0001") })
            try await Self.expectSameSchema(database, as: fresh)
            let counts = try await database.read { sql in
                [try await sql.count { $0.from("residents") }, try await sql.count { $0.from("decisions") },
                 try await sql.count { $0.from("hazards") }, try await sql.count { $0.from("ballots") },
                 try await sql.count { $0.from("ballot_households") }, try await sql.count { $0.from("case_notices") }]
            }
            #expect(counts == [300, 3, 2, 2, 2, 2])
            #expect(try await Migrator.migrate(database, AppServices.migrations).isEmpty)
        }
    }

    /// The second release of 2026-12-03 (made by 8650a00, whose migrations are those of stop 23) added
    /// projects, commitments, points, the council, proposals and star households: they survive, and the
    /// upgrade adds the work-order list indexes and their statistics, the search index and stop 27's list indexes.
    @Test func theParticipationReleaseUpgradesWithItsProjectsCouncilAndPoints() async throws {
        let fresh = try await Self.freshSchema()
        try await Self.withReleasedDatabase("2026-12-03-participation") { database in
            let applied = try await Migrator.migrate(database, AppServices.migrations)
            #expect(Set(applied) == Set(["registry_0010_search_terms", "workorders_0010_list_indexes", "workorders_0011_scope_statistics"] + Self.stop27 + Self.stop28 + Self.stop29 + Self.stop30 + Self.sinceStop36))
            try await Self.expectSameSchema(database, as: fresh)
            let counts = try await database.read { sql in
                var counts: [Int] = []
                for table in ["projects", "project_ledger", "commitments", "council_members", "proposals", "star_households", "point_accounts", "case_notices"] {
                    counts.append(try await sql.count { $0.from(table) })
                }
                return counts
            }
            #expect(counts == [2, 6, 2, 7, 4, 1, 1, 3])
            #expect(try await Migrator.migrate(database, AppServices.migrations).isEmpty)
        }
    }

    /// The list indexes `bench lists` asked for (stop 27), added to every release before it, in this order.
    static let stop27 = ["registry_0011_type_lists", "workorders_0012_category_lists", "petitions_0008_channel_lists_and_rate",
                         "disputes_0005_type_lists_and_figures"]
    /// Added after stop 27's release: the id in the work lists' deadline indexes, the response rate's and the dispute figures kept as counts.
    static let stop28 = ["workorders_0013_deadline_ties", "petitions_0009_kept_reply_counts", "disputes_0006_kept_figures"]

    /// Added after stop 28's release: the id inside the registers' list indexes and the grid inside the work list's deadline index.
    static let stop29 = ["workorders_0014_due_grid_and_unit_category_status", "petitions_0010_list_ties", "disputes_0007_list_ties_and_unit_figures"]
    static let stop30 = ["kernel_0006_change_counters", "workorders_0015_supervised_due"]
    /// Added after stop 30's release: the high-risk disputes' own clock, the tenancy lists' indexes and the houses' by use.
    static let stop36 = ["registry_0012_tenancy_lists", "registry_0013_house_lists", "disputes_0008_high_risk_due"]
    /// Added after stop 36's release: the houses' search index, the households' and organisations' list orders and search indexes.
    static let stop37 = ["registry_0014_house_search", "registry_0015_household_lists", "registry_0016_organisation_lists"]
    static let stop38 = ["registry_0017_permit_lists", "safety_0004_hazard_venue_lists", "safety_0005_hazard_figures", "caseloads_0002_list_index",
                         "participation_0004_star_lists"]
    static let stop39 = ["kernel_0007_audit_lists", "registry_0018_employee_lists", "safety_0006_agreement_lists"]
    static let stop40 = ["petitions_0011_aid_lists", "riskassessment_0005_visit_tally", "safety_0007_emergency_lists"]
    static let stop41 = ["participation_0005_proposal_and_commitment_lists"]
    static let stop42 = ["workorders_0016_street_lists", "workorders_0017_grid_statistics"]
    static let stop43 = ["workorders_0018_street_status_lists", "workorders_0019_street_whole_lists"]
    static let stop44 = ["workorders_0020_list_column_statistics", "kernel_0008_notice_lists", "workorders_0021_notice_holders"]
    static let stop45 = ["registry_0019_type_lists_sealed_too"]
    static let stop46 = ["caseloads_0003_kind_list_index"]
    static let stop47 = ["registry_0020_organisation_pages"]
    static let stop48 = ["grids_0002_unit_tallies", "disputes_0009_screening_answer_counts", "participation_0006_proposal_counts"]
    static let stop49 = ["disputes_0010_screening_answers_above_grids"]
    /// Every release from stop 36 on, which each upgrade below takes.
    static let sinceStop36 = stop36 + stop37 + stop38 + stop39 + stop40 + stop41 + stop42 + stop43 + stop44 + stop45 + stop46 + stop47 + stop48
        + stop49

    /// `ids` in the order the migrations are applied (each context's in turn).
    static func inListOrder(_ ids: [String]) -> [String] { AppServices.migrations.map(\.id).filter(Set(ids).contains) }

    /// The release of stop 24 (made by 053e6f2: migrate, seed demo, 80 s of serve): the upgrade adds only the
    /// search index (and stop 27's list indexes) and fills it from the residents already registered, so a search of two characters
    /// finds the same people through it as without it.
    @Test func theCityListsReleaseUpgradesAndIndexesItsResidents() async throws {
        let fresh = try await Self.freshSchema()
        try await Self.withReleasedDatabase("2026-12-03-city-lists") { database in
            let applied = try await Migrator.migrate(database, AppServices.migrations)
            #expect(applied == Self.inListOrder(["registry_0010_search_terms"] + Self.stop27 + Self.stop28 + Self.stop29 + Self.stop30 + Self.sinceStop36))
            try await Self.expectSameSchema(database, as: fresh)
            let names = try await database.read { sql in
                try await sql.select().column("name").from("residents").orderBy("id").limit(40).all(decodingColumn: "name", as: String.self)
            }
            #expect(names.count == 40)
            let named = try await database.read { sql in
                try await sql.select().column("name").from("residents").all(decodingColumn: "name", as: String.self).filter { $0.count >= 2 }.count
            }
            let indexed = try await database.read { try await ResidentSearchIndex.indexedNames(on: $0) }
            #expect(named >= 150 && indexed == named, "every demo resident's name of two characters or more is indexed")
            for name in Set(names.map { String($0.suffix(2)) }) {
                var filter = ResidentStore.Filter(scope: Scope(rootCode: "330199"), name: name, includeSealed: true)
                let indexed = try await database.read { [filter] in try await ResidentStore().list(filter, limit: 500, offset: 0, on: $0) }
                filter.searchIndex = false
                let scanned = try await database.read { [filter] in try await ResidentStore().list(filter, limit: 500, offset: 0, on: $0) }
                #expect(!indexed.items.isEmpty && indexed.items.map(\.id) == scanned.items.map(\.id), "\(name)")
            }
            #expect(try await Migrator.migrate(database, AppServices.migrations).isEmpty)
        }
    }

    /// The release of stop 28 (made by 0edf505: migrate, seed demo, 80 s of serve): its figures are counts kept with
    /// every step, and the upgrade rebuilds list indexes around them: the counts it carries are what counting its
    /// disputes and petitions again gives.
    @Test func theKeptCountsReleaseUpgradesWithItsCounts() async throws {
        let fresh = try await Self.freshSchema()
        try await Self.withReleasedDatabase("2026-12-05-kept-counts") { database in
            // Its demo order was never overdue in 80 s of serve: a notice as a sweep of that release would have written it,
            // so the upgrade has a supervised order to find.
            struct Order: Decodable { let id: String, grid_code: String, due_at: Int64, open_due: Int64? }
            let orders = try await database.read { sql in
                try await sql.select().columns("id", "grid_code", "due_at", "open_due").from("work_orders").orderBy("id").all(decoding: Order.self)
            }
            let open = try #require(orders.first { $0.open_due != nil })
            try await database.transaction { sql in
                try await sql.insert(into: "case_notices")
                    .columns("id", "case_type", "case_id", "clock", "kind", "level", "unit_code", "handling_unit", "addressed_to", "due_at", "created_at")
                    .values(SQLBind("upgrade-notice"), SQLBind("work_order"), SQLBind(open.id), SQLBind(""), SQLBind("overdue"), SQLBind(1),
                            SQLBind(open.grid_code), SQLBind(String?.none), SQLBind(String(open.grid_code.prefix(9))), SQLBind(open.due_at), SQLBind(open.due_at))
                    .run()
            }
            let applied = try await Migrator.migrate(database, AppServices.migrations)
            #expect(applied == Self.inListOrder(Self.stop29 + Self.stop30 + Self.sinceStop36))
            struct Supervised: Decodable, Equatable { let id: String, supervised_due: Int64? }
            let supervised = try await database.read { sql in
                try await sql.select().columns("id", "supervised_due").from("work_orders").where("supervised_due", .isNot, SQLLiteral.null)
                    .orderBy("id").all(decoding: Supervised.self)
            }
            #expect(supervised == [Supervised(id: open.id, supervised_due: open.open_due)])
            try await Self.expectSameSchema(database, as: fresh)
            struct Figure: Decodable, Equatable { let unit_code: String, type_code: String, day: Int, found: Int, concluded: Int, agreements: Int, escalated: Int }
            struct Replies: Decodable, Equatable { let unit_code: String, channel: String, replied: Int, on_time: Int }
            // Rows of zeros are left out: counting again writes one for a group with nothing to count, a step never does.
            func kept() async throws -> ([Figure], [Replies]) {
                try await database.read { sql in
                    (try await sql.select().columns("unit_code", "type_code", "day", "found", "concluded", "agreements", "escalated")
                        .from("dispute_figure_counts").orderBy("unit_code").orderBy("type_code").orderBy("day").all(decoding: Figure.self)
                        .filter { $0.found != 0 || $0.concluded != 0 || $0.agreements != 0 || $0.escalated != 0 },
                     try await sql.select().columns("unit_code", "channel", "replied", "on_time").from("petition_reply_counts")
                        .orderBy("unit_code").orderBy("channel").all(decoding: Replies.self).filter { $0.replied != 0 || $0.on_time != 0 })
                }
            }
            let carried = try await kept()
            #expect(carried.0.count > 10 && carried.1.count > 5)
            #expect(carried.0.contains { $0.found > 0 && $0.type_code == "" } && carried.1.contains { $0.replied > 0 })
            try await DisputeStore.recountFigures(in: database)
            try await PetitionStore.recountReplies(in: database)
            let recounted = try await kept()
            #expect(carried.0 == recounted.0)
            #expect(carried.1 == recounted.1)
            #expect(try await Migrator.migrate(database, AppServices.migrations).isEmpty)
        }
    }

    /// The release of stop 30 (made by f53a97c: migrate, seed demo, 80 s of serve): its change counters carry how often
    /// disputes and petitions were written, and the upgrade gives its open disputes of high or major risk their own clock.
    @Test func theSupervisedReleaseUpgradesWithItsCounters() async throws {
        let fresh = try await Self.freshSchema()
        try await Self.withReleasedDatabase("2026-12-05-supervised") { database in
            struct Clock: Decodable, Equatable { let id: String, risk_level: String, open_due: Int64? }
            let clocks = try await database.read { sql in
                try await sql.select().columns("id", "risk_level", "open_due").from("disputes").orderBy("id").all(decoding: Clock.self)
            }
            // One open dispute made major, as a registration of that release could have written it.
            let raised = try #require(clocks.first { $0.open_due != nil })
            try await database.transaction { sql in
                try await sql.update("disputes").set("risk_level", to: "major").where("id", .equal, raised.id).run()
            }
            // And an earlier tenancy of a tenant of its rental: the upgrade marks the later one as the tenant's last.
            struct Tenancy: Decodable, Equatable { let rental_id: String, resident_id: String, to_on: String, grid_code: String, house_id: String }
            let tenancy = try #require(try await database.read { sql in
                try await sql.select().column(SQLColumn("rental_id", table: "rental_tenants")).column(SQLColumn("resident_id", table: "rental_tenants"))
                    .column(SQLColumn("to_on", table: "rentals")).column(SQLColumn("grid_code", table: "rentals")).column(SQLColumn("house_id", table: "rentals"))
                    .from("rental_tenants").join("rentals", on: SQLColumn("id", table: "rentals"), .equal, SQLColumn("rental_id", table: "rental_tenants"))
                    .first(decoding: Tenancy.self)
            })
            try await database.transaction { sql in
                try await sql.insert(into: "rentals").columns("id", "house_id", "grid_code", "landlord", "from_on", "to_on", "registered", "created_at")
                    .values(SQLBind("upgrade-earlier"), SQLBind(tenancy.house_id), SQLBind(tenancy.grid_code), SQLBind("房东"), SQLBind("2020-01-01"),
                            SQLBind("2020-12-31"), SQLBind(1), SQLBind(0)).run()
                try await sql.insert(into: "rental_tenants").columns("rental_id", "resident_id").values(SQLBind("upgrade-earlier"), SQLBind(tenancy.resident_id)).run()
            }
            let applied = try await Migrator.migrate(database, AppServices.migrations)
            #expect(applied == Self.inListOrder(Self.sinceStop36))
            struct Listed: Decodable, Equatable { let rental_id: String, listed_to: String?, listed_grid: String? }
            let listed = try await database.read { sql in
                try await sql.select().columns("rental_id", "listed_to", "listed_grid").from("rental_tenants").where("resident_id", .equal, tenancy.resident_id)
                    .orderBy("rental_id").all(decoding: Listed.self)
            }
            #expect(listed == [Listed(rental_id: tenancy.rental_id, listed_to: tenancy.to_on, listed_grid: tenancy.grid_code),
                               Listed(rental_id: "upgrade-earlier", listed_to: nil, listed_grid: nil)].sorted { $0.rental_id < $1.rental_id })
            struct HighRisk: Decodable, Equatable { let id: String, high_risk_due: Int64? }
            let highRisk = try await database.read { sql in
                try await sql.select().columns("id", "high_risk_due").from("disputes").orderBy("id").all(decoding: HighRisk.self)
            }
            #expect(highRisk == clocks.map { c in
                HighRisk(id: c.id, high_risk_due: c.id == raised.id || ["high", "major"].contains(c.risk_level) ? c.open_due : nil)
            })
            // The houses it held are found by their owner's name through the index the upgrade filled.
            struct Owned: Decodable { let id: String, grid_code: String, owner: String }
            let house = try #require(try await database.read { sql in
                try await sql.select().columns("id", "grid_code", "owner").from("houses").orderBy("id").first(decoding: Owned.self)
            })
            let found = try await database.read { sql in
                try await HouseStore().list(within: Scope(rootCode: String(house.grid_code.prefix(6))), q: house.owner, limit: 50, offset: 0, on: sql)
            }
            #expect(house.owner.count >= 2 && found.items.map(\.id).contains(house.id))
            #expect(try await database.read { sql in try await sql.count { $0.from("house_terms") } } > 0)
            try await Self.expectSameSchema(database, as: fresh)
            struct Counter: Decodable, Equatable { let name: String, version: Int }
            let (counters, counts) = try await database.read { sql in
                (try await sql.select().columns("name", "version").from("change_counters").orderBy("name").all(decoding: Counter.self),
                 [try await sql.count { $0.from("residents") }, try await sql.count { $0.from("work_orders") },
                  try await sql.count { $0.from("petitions") }, try await sql.count { $0.from("disputes") },
                  try await sql.count { $0.from("case_notices") }])
            }
            #expect(counters == [Counter(name: "disputes", version: 5), Counter(name: "petitions", version: 9)])
            #expect(counts == [300, 1, 4, 2, 3])
        }
    }

    /// The released database, on the dialect under test: a copy of the SQLite file, or the
    /// PostgreSQL dump loaded into a schema of its own.
    static func withReleasedDatabase(_ release: String, _ body: (Database) async throws -> Void) async throws {
        let fixtures = Self.fixtures(release)
        switch TestDatabase.kind {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civicgrid-upgrade-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent("civicgrid.sqlite"), to: directory.appendingPathComponent("civicgrid.sqlite"))
            let database = try await Database.sqlite(dataDirectory: directory.path, logger: .init(label: "upgrade-test"))
            do { try await body(database) } catch { await database.shutdown(); throw error }
            await database.shutdown()
        case .postgres:
            let dump = try String(contentsOf: fixtures.appendingPathComponent("postgres.sql"), encoding: .utf8)
            try await TestDatabase.with { database in
                try await database.transaction { sql in
                    for statement in PostgresDump.statements(dump) {
                        // The dump is a file of this repository, not input: it is run as written.
                        try await sql.raw("\(unsafeRaw: statement)").run()
                    }
                }
                try await body(database)
            }
        }
    }
}

/// The schema as lines of text that compare equal when two databases have the same tables,
/// columns, types, defaults, indexes and constraints.
enum SchemaShape {
    static func describe(_ database: Database) async throws -> [String] {
        try await database.read { sql in
            struct Line: Decodable { let line: String }
            switch database.kind {
            case .sqlite:
                return try await sql.raw("""
                    SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || coalesce(sql, '') AS line
                    FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name
                    """).all(decoding: Line.self).map(\.line)
            case .postgres:
                // Index and constraint definitions name the schema each test runs in; left out.
                let columns = try await sql.raw("""
                    SELECT 'column ' || table_name || '.' || column_name || ' #' || ordinal_position || ' ' || data_type
                        || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') || ' collate=' || coalesce(collation_name, '') AS line
                    FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position
                    """).all(decoding: Line.self).map(\.line)
                let indexes = try await sql.raw("""
                    SELECT 'index ' || indexname || ': ' || replace(indexdef, current_schema() || '.', '') AS line
                    FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname
                    """).all(decoding: Line.self).map(\.line)
                let constraints = try await sql.raw("""
                    SELECT 'constraint ' || c.conname || ' ON ' || t.relname || ': ' || replace(pg_get_constraintdef(c.oid), current_schema() || '.', '') AS line
                    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = c.connamespace
                    WHERE n.nspname = current_schema() ORDER BY t.relname, c.conname
                    """).all(decoding: Line.self).map(\.line)
                return columns + indexes + constraints
            }
        }
    }
}

/// The statements of a plain `pg_dump --inserts`, to load into the test's own schema: psql's
/// backslash commands are left out, and so are the schema qualifiers and the empty search path
/// the dump sets, so that its tables land where the test's search path points.
enum PostgresDump {
    static func statements(_ dump: String) -> [String] {
        var statements: [String] = [], current = "", inQuote = false
        for line in dump.split(separator: "\n", omittingEmptySubsequences: false) {
            if !inQuote, current.isEmpty, line.hasPrefix("\\") || line.hasPrefix("--") || line.isEmpty { continue }
            for character in line {
                if character == "'" { inQuote.toggle() }
                if character == ";", !inQuote {
                    statements.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty || inQuote { current.append("\n") }
        }
        return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && !$0.contains("set_config('search_path'") }
            .map { $0.replacingOccurrences(of: "public.", with: "") }
    }
}
