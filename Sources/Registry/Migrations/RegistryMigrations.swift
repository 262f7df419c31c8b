import Kernel
import SQLKit

/// The register's tables. Numbered; never edited once released.
public enum RegistryMigrations {
    public static let all: [Migration] = [
        Migration("registry_0001_residents") { sql, kind in
            try await sql.create(table: "residents")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull)
                .column("id_number", type: .text, .notNull, .unique)
                .column("sex", type: .text, .notNull)
                .column("birth_date", type: .text, .notNull)
                .column("ethnicity", type: .text, .notNull)
                .column("phone", type: .text)
                .column("registered_address", type: .text, .notNull)
                .column("current_address", type: .text, .notNull)
                .column("population_type", type: .text, .notNull)
                .column("grid_code", type: kind.codeType, .notNull)
                .column("building_code", type: kind.codeType)
                .column("sealed", type: .bigint, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            // Lists and name searches run inside a grid/street/county code range.
            try await sql.create(index: "residents_grid_name").on("residents").column("grid_code").column("name").run()
        },
        Migration("registry_0002_organisations") { sql, kind in
            try await sql.create(table: "organisations")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull)
                .column("credit_code", type: .text, .notNull, .unique)
                .column("kind", type: .text, .notNull)
                .column("legal_representative", type: .text, .notNull)
                .column("address", type: .text, .notNull)
                .column("grid_code", type: kind.codeType, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "organisations_grid_name").on("organisations").column("grid_code").column("name").run()
        },
        Migration("registry_0003_households") { sql, kind in
            try await sql.create(table: "households")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("grid_code", type: kind.codeType, .notNull)
                .column("address", type: .text, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "households_grid").on("households").column("grid_code").run()
            // A person belongs to one household at a time: resident_id is the key.
            try await sql.create(table: "household_members")
                .column("resident_id", type: .text, .primaryKey(autoIncrement: false), .references("residents", "id"))
                .column("household_id", type: .text, .notNull, .references("households", "id"))
                .column("relation", type: .text, .notNull)
                .run()
            try await sql.create(index: "household_members_household").on("household_members").column("household_id").run()
        },
        Migration("registry_0004_residence_permits") { sql, kind in
            // When a floating resident arrived: the six-month clock of the residence permit.
            try await sql.alter(table: "residents").column("arrived_on", type: .text).run()
            try await sql.create(table: "residence_permits")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("resident_id", type: .text, .notNull, .references("residents", "id"))
                .column("grid_code", type: kind.codeType, .notNull)
                .column("basis", type: .text, .notNull)
                .column("issued_on", type: .text, .notNull)
                .column("expires_on", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("cancelled_on", type: .text)
                .column("cancel_reason", type: .text)
                .run()
            try await sql.create(index: "permits_grid_expiry").on("residence_permits").column("grid_code").column("expires_on").run()
            try await sql.create(index: "permits_resident").on("residence_permits").column("resident_id").run()
        },
        Migration("registry_0005_houses_rentals") { sql, kind in
            try await sql.create(table: "houses")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("grid_code", type: kind.codeType, .notNull)
                .column("building_code", type: kind.codeType, .notNull)
                .column("unit", type: .text, .notNull)
                .column("number", type: .text, .notNull)
                .column("use", type: .text, .notNull)
                .column("area", type: kind.doubleType, .notNull)
                .column("owner", type: .text, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "houses_place").on("houses").column("building_code").column("unit").column("number").unique().run()
            try await sql.create(index: "houses_grid").on("houses").column("grid_code").run()
            try await sql.create(table: "rentals")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("house_id", type: .text, .notNull, .references("houses", "id"))
                .column("grid_code", type: kind.codeType, .notNull)
                .column("landlord", type: .text, .notNull)
                .column("from_on", type: .text, .notNull)
                .column("to_on", type: .text, .notNull)
                .column("registered", type: .bigint, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "rentals_grid_to").on("rentals").column("grid_code").column("to_on").run()
            try await sql.create(table: "rental_tenants")
                .column("rental_id", type: .text, .notNull, .references("rentals", "id"))
                .column("resident_id", type: .text, .notNull, .references("residents", "id"))
                .run()
            try await sql.create(index: "rental_tenants_rental").on("rental_tenants").column("rental_id").column("resident_id").unique().run()
        },
        Migration("registry_0006_import_jobs") { sql, kind in
            // An upload from a page runs in the background; its progress and report live here so
            // any server process can answer "how far is it" and the report survives a restart.
            try await sql.create(table: "import_jobs")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("kind", type: .text, .notNull)
                .column("unit_code", type: kind.codeType, .notNull)
                .column("staff_id", type: .text, .notNull)
                .column("file_name", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("progress", type: kind.doubleType, .notNull)
                .column("rows", type: .bigint, .notNull)
                .column("inserted", type: .bigint, .notNull)
                .column("skipped", type: .bigint, .notNull)
                .column("error_count", type: .bigint, .notNull)
                .column("message", type: .text)
                .column("report", type: .blob)
                .column("created_at", type: .bigint, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "import_jobs_staff").on("import_jobs").column("staff_id").column("created_at").run()
        },
        Migration("registry_0007_organisation_employees") { sql, _ in
            // The employer answers for the people it employs (谁用工谁负责): who works where, since when.
            try await sql.create(table: "organisation_employees")
                .column("organisation_id", type: .text, .notNull, .references("organisations", "id"))
                .column("resident_id", type: .text, .notNull, .references("residents", "id"))
                .column("position", type: .text, .notNull)
                .column("since_on", type: .text, .notNull)
                .column("until_on", type: .text)
                .run()
            try await sql.create(index: "organisation_employees_pair").on("organisation_employees")
                .column("organisation_id").column("resident_id").unique().run()
            try await sql.create(index: "organisation_employees_resident").on("organisation_employees").column("resident_id").run()
        },
        Migration("registry_0008_resident_counts") { sql, _ in
            // Counts of a street's or county's people (list totals, unit figures) read this index
            // alone; with only (grid_code, name) each count visited every row for `sealed`.
            try await sql.create(index: "residents_grid_sealed_type").on("residents")
                .column("grid_code").column("sealed").column("population_type").run()
        },
        Migration("registry_0009_resident_conflicts") { sql, kind in
            // A number already registered where the registrar cannot see: told to someone who can see both.
            try await sql.create(table: "resident_conflicts")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("resident_id", type: .text, .notNull)
                .column("existing_grid", type: kind.codeType, .notNull)
                .column("attempted_grid", type: kind.codeType, .notNull)
                .column("common_unit", type: kind.codeType, .notNull)
                .column("attempted_by", type: .text, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "resident_conflicts_unit").on("resident_conflicts").column("common_unit").column("created_at").run()
        },
        Migration("registry_0010_search_terms") { sql, kind in
            // The search box's bigram index (ResidentSearchIndex): a name's per person, an address's per grid.
            // Keyed for "this term inside this code range"; SQLite keeps them without a rowid, half the size.
            let code = kind == .postgres ? "TEXT COLLATE \"C\"" : "TEXT", rowid = kind == .sqlite ? " WITHOUT ROWID" : ""
            try await sql.raw(SQLQueryString("CREATE TABLE resident_name_terms (term TEXT NOT NULL, grid_code \(code) NOT NULL, "
                + "resident_id TEXT NOT NULL, PRIMARY KEY (term, grid_code, resident_id))\(rowid)")).run()
            try await sql.raw(SQLQueryString("CREATE TABLE resident_address_terms (term TEXT NOT NULL, grid_code \(code) NOT NULL, "
                + "PRIMARY KEY (term, grid_code))\(rowid)")).run()
            try await ResidentSearchIndex.backfill(on: sql)
        },
        Migration("registry_0011_type_lists") { sql, _ in
            // A population type's list (a street's floating population) walks its own index in list order
            // and counts off it: `bench lists` at 3M, the county's overseas people (none) read every person
            // twice, 7.5 s; its left-behind people 0.9 s.
            try await sql.create(index: "residents_type_sealed_grid_name").on("residents")
                .column("population_type").column("sealed").column("grid_code").column("name").run()
        },
        Migration("registry_0012_tenancy_lists") { sql, kind in
            // While a tenant is a floating resident whose record is not sealed, their tenancy that ends last carries its
            // end and grid (`HouseStore.keepListed`, with every tenancy and resident written): ended tenancies are those
            // ends before today, walked in order in one index. Asking each tenancy whether its tenant had a later one,
            // and each tenant's record whether they are floating, took 5 s for a county at a million rentals (`bench
            // lists --pages`); before that every running tenancy of the database was read into memory for each request.
            try await sql.alter(table: "rental_tenants").column("listed_to", type: .text).run()
            try await sql.alter(table: "rental_tenants").column("listed_grid", type: kind.codeType).run()
            try await sql.create(index: "rental_tenants_resident").on("rental_tenants").column("resident_id").column("rental_id").run()
            // A statement of this file, no input in it: a tenancy is its tenant's last when no other of theirs ends later
            // (or the same day, a later rental).
            try await sql.raw("""
                UPDATE rental_tenants SET
                    listed_to = (SELECT r.to_on FROM rentals r WHERE r.id = rental_tenants.rental_id),
                    listed_grid = (SELECT r.grid_code FROM rentals r WHERE r.id = rental_tenants.rental_id)
                WHERE EXISTS (
                    SELECT 1 FROM residents p WHERE p.id = rental_tenants.resident_id AND p.population_type = 'floating' AND p.sealed = 0)
                AND NOT EXISTS (
                    SELECT 1 FROM rental_tenants t JOIN rentals later ON later.id = t.rental_id, rentals mine
                    WHERE mine.id = rental_tenants.rental_id AND t.resident_id = rental_tenants.resident_id
                      AND (later.to_on > mine.to_on OR (later.to_on = mine.to_on AND later.id > mine.id)))
                """).run()
            // A street's or the county's, newest end first, each one's grid checked inside; a grid's or community's by grid.
            try await sql.create(index: "rental_tenants_listed", on: "rental_tenants", ["listed_to", "rental_id", "listed_grid", "resident_id"],
                                 whereNotNull: "listed_to")
            try await sql.create(index: "rental_tenants_listed_grid", on: "rental_tenants", ["listed_grid", "listed_to", "rental_id", "resident_id"],
                                 whereNotNull: "listed_to")
            // A street's or the county's tenancies, newest end first, sorted every one of them (2.7–9.7 s at a million
            // rentals): walked off the end's index, grid and registration checked inside it; the unregistered ones off their own.
            try await sql.create(index: "rentals_to").on("rentals").column("to_on").column("id").column("grid_code").column("registered").run()
            let unregistered = sql.create(index: "rentals_unregistered").on("rentals").column("to_on").column("id").column("grid_code")
            unregistered.createIndex.predicate = SQLBinaryExpression(SQLColumn("registered"), .equal, SQLLiteral.numeric("0"))
            try await unregistered.run()
            // A house's page reads its tenancies: every rental of the database without this.
            try await sql.create(index: "rentals_house").on("rentals").column("house_id").column("from_on").run()
            // PostgreSQL took a county's or a street's `substr(grid, ...)` for 0.5 % of the rows and sorted them whole (page 201
            // of a county's ended tenancies at 125,000 rentals: 97 ms, where the walk backward is 2.7 ms).
            guard kind == .postgres else { return }
            try await sql.raw("CREATE STATISTICS rental_tenants_county ON (substr(listed_grid, 1, 6)) FROM rental_tenants").run()
            try await sql.raw("CREATE STATISTICS rental_tenants_street ON (substr(listed_grid, 1, 9)) FROM rental_tenants").run()
            try await sql.raw("CREATE STATISTICS rentals_county ON (substr(grid_code, 1, 6)) FROM rentals").run()
            try await sql.raw("CREATE STATISTICS rentals_street ON (substr(grid_code, 1, 9)) FROM rentals").run()
            try await sql.raw("ANALYZE rental_tenants").run()
            try await sql.raw("ANALYZE rentals").run()
        },
        Migration("registry_0013_house_lists") { sql, _ in
            // A use's houses in list order: a county's commercial houses walked every house for its use (1 s at a million).
            try await sql.create(index: "houses_use_place").on("houses").column("use").column("building_code").column("unit").column("number").run()
        },
        Migration("registry_0014_house_search") { sql, kind in
            // The house list's search index (PlaceTermIndex.houses): its owners' and numbers' terms, per building. Without it a
            // county's search read every house (1–1.8 s at a million).
            try await PlaceTermIndex.houses.create(kind, on: sql)
            try await PlaceTermIndex.houses.backfill(on: sql)
        },
        Migration("registry_0015_household_lists") { sql, kind in
            // Households in list order (grid, address, id): a county's were grouped with their members and sorted whole.
            try await sql.create(index: "households_place").on("households").column("grid_code").column("address").column("id").run()
            // Their addresses' terms per grid (PlaceTermIndex.households), as the residents' (registry_0010).
            try await PlaceTermIndex.households.create(kind, on: sql)
            try await PlaceTermIndex.households.backfill(on: sql)
        },
        Migration("registry_0016_organisation_lists") { sql, kind in
            // A kind's organisations in list order: a county's public institutions walked every organisation for their kind
            // (1.4–1.5 s at 500,000; page 201 about 3 s).
            try await sql.create(index: "organisations_kind_place").on("organisations").column("kind").column("grid_code").column("name").run()
            // Their names' terms per grid (PlaceTermIndex.organisations): a county's search read every organisation's name.
            try await PlaceTermIndex.organisations.create(kind, on: sql)
            try await PlaceTermIndex.organisations.backfill(on: sql)
        },
        Migration("registry_0017_permit_lists") { sql, kind in
            // The active permits soonest first (ties by id, so pages neither repeat nor skip), with each one's grid and holder
            // in the index: a county's permits due are walked in order and counted from it (the list sorted every active permit
            // of the county and counted them all, 5.1–5.9 s at 2,000,000; the page joined each to its holder, 30 s and more).
            // Partial, so a grid's list still takes the grid's index.
            let due = sql.create(index: "permits_due").on("residence_permits").column("expires_on").column("id").column("grid_code").column("resident_id")
            due.createIndex.predicate = SQLBinaryExpression(SQLColumn("status"), .equal, SQLLiteral.string(PermitStatus.active.rawValue))
            try await due.run()
            // As for the rentals: PostgreSQL takes a county's or a street's `substr(grid, ...)` for a sliver of the rows without these.
            guard kind == .postgres else { return }
            try await sql.raw("CREATE STATISTICS residence_permits_county ON (substr(grid_code, 1, 6)) FROM residence_permits").run()
            try await sql.raw("CREATE STATISTICS residence_permits_street ON (substr(grid_code, 1, 9)) FROM residence_permits").run()
            try await sql.raw("ANALYZE residence_permits").run()
        },
        Migration("registry_0018_employee_lists") { sql, _ in
            // An organisation's employees a page at a time, longest employed first (`EmployeeStore.list`).
            try await sql.create(index: "organisation_employees_list").on("organisation_employees").column("organisation_id").column("since_on")
                .column("resident_id").run()
        },
        Migration("registry_0019_type_lists_sealed_too") { sql, _ in
            // A type's list for those who see sealed records (a social worker's floating population, county-wide) in (grid, name)
            // order: the type's index kept the sealed apart from the rest, so PostgreSQL read a page 10,000 in by sorting the
            // 10,050 people before it (25 ms, 90 ms at p95 at 8 connections). The type's index now holds its people in list
            // order, `sealed` inside it for those who may not see them (few are sealed), and the sealed have a small index of
            // their own for the lists that leave them out by id (`ResidentStore.sealedIds`).
            try await sql.create(index: "residents_type_grid_name").on("residents")
                .column("population_type").column("grid_code").column("name").column("sealed").run()
            let sealed = sql.create(index: "residents_sealed").on("residents").column("id")
            sealed.createIndex.predicate = SQLBinaryExpression(SQLColumn("sealed"), .equal, SQLLiteral.numeric("1"))
            try await sealed.run()
            try await sql.drop(index: "residents_type_sealed_grid_name").run()
        },
        Migration("registry_0020_organisation_pages") { sql, _ in
            // Organisations in list order with their ids, so a page deep in a list walks the ids alone (`OrganisationStore.list`).
            try await sql.rebuild(index: "organisations_grid_name", on: "organisations", ["grid_code", "name", "id"])
            try await sql.rebuild(index: "organisations_kind_place", on: "organisations", ["kind", "grid_code", "name", "id"])
        },
    ]
}
