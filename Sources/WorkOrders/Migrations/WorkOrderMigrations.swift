import Kernel
import SQLKit

/// The work-order tables. Numbered; never edited once released.
public enum WorkOrderMigrations {
    public static let all: [Migration] = [
        Migration("workorders_0001_orders") { sql, kind in
            // The configurable category tree: each leaf maps to a request class, the level that
            // must act (its time limit) and, for the non-administrative classes, where it goes.
            try await sql.create(table: "work_order_categories")
                .column("code", type: kind.codeType, .primaryKey(autoIncrement: false))
                .column("parent_code", type: kind.codeType)
                .column("name_zh", type: .text, .notNull)
                .column("name_en", type: .text, .notNull)
                .column("request_class", type: .text, .notNull)
                .column("handling_level", type: .text, .notNull)
                .column("handling_unit", type: .text)
                .column("active", type: .bigint, .notNull)
                .run()
            for category in DefaultCategories.all {
                try await sql.insert(into: "work_order_categories")
                    .columns("code", "parent_code", "name_zh", "name_en", "request_class", "handling_level", "handling_unit", "active")
                    .values(SQLBind(category.code), SQLBind(category.parentCode), SQLBind(category.nameZh), SQLBind(category.nameEn),
                            SQLBind(category.requestClass.rawValue), SQLBind(category.level.rawValue), SQLBind(category.handlingUnit), SQLBind(1))
                    .run()
            }
            try await sql.create(table: "work_orders")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("number", type: .text, .notNull, .unique)
                .column("channel", type: .text, .notNull)
                .column("request_class", type: .text, .notNull)
                .column("category_code", type: kind.codeType, .notNull)
                .column("description", type: .text, .notNull)
                .column("address", type: .text)
                .column("lon", type: kind.doubleType)
                .column("lat", type: kind.doubleType)
                .column("grid_code", type: kind.codeType, .notNull)
                .column("handling_level", type: .text, .notNull)
                .column("handling_unit", type: .text)
                .column("status", type: .text, .notNull)
                .column("contact_name", type: .text)
                .column("contact_phone", type: .text)
                .column("proxy", type: .bigint, .notNull)
                .column("satisfaction", type: .text)
                .column("extensions", type: .bigint, .notNull)
                .column("created_by", type: .text)
                .column("created_at", type: .bigint, .notNull)
                .column("due_at", type: .bigint, .notNull)
                .column("closed_at", type: .bigint)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            // Work lists: a unit's open orders by deadline; supervision: everything open by deadline.
            try await sql.create(index: "work_orders_grid_status_due").on("work_orders").column("grid_code").column("status").column("due_at").run()
            try await sql.create(index: "work_orders_unit_status_due").on("work_orders").column("handling_unit").column("status").column("due_at").run()
            try await sql.create(index: "work_orders_status_due").on("work_orders").column("status").column("due_at").run()
            try await sql.create(table: "work_order_events")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("work_order_id", type: .text, .notNull, .references("work_orders", "id"))
                .column("action", type: .text, .notNull)
                .column("from_status", type: .text)
                .column("to_status", type: .text, .notNull)
                .column("actor_id", type: .text)
                .column("note", type: .text)
                .column("at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "work_order_events_order").on("work_order_events").column("work_order_id").column("at").run()
            // One counter a day gives numbers residents can read out on the phone: 20261123-00042.
            try await sql.create(table: "work_order_counters")
                .column("day", type: .text, .primaryKey(autoIncrement: false))
                .column("n", type: .bigint, .notNull)
                .run()
        },
        Migration("workorders_0002_supervision") { sql, kind in
            // 督办通知单. The unique (order, kind, level) makes each notice exist once, however many
            // server processes sweep at the same moment.
            try await sql.create(table: "supervision_notices")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("work_order_id", type: .text, .notNull, .references("work_orders", "id"))
                .column("kind", type: .text, .notNull)
                .column("level", type: .bigint, .notNull)
                .column("grid_code", type: kind.codeType, .notNull)
                .column("handling_unit", type: .text)
                .column("due_at", type: .bigint, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "supervision_notices_once").on("supervision_notices")
                .column("work_order_id").column("kind").column("level").unique().run()
            try await sql.create(index: "supervision_notices_grid").on("supervision_notices").column("grid_code").column("created_at").run()
        },
        Migration("workorders_0003_open311") { sql, kind in
            // Open311 GeoReport v2 clients: only a hash of each API key is kept.
            try await sql.create(table: "open311_clients")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull)
                .column("key_hash", type: .text, .notNull, .unique)
                .column("active", type: .bigint, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .run()
            // What an Open311 request carries beyond an ordinary intake. One column per ALTER: SQLite adds them singly.
            for column in ["source_client", "media_url", "contact_email"] {
                try await sql.alter(table: "work_orders").column(column, type: .text).run()
            }
            // GET requests lists a client's requests by date.
            try await sql.create(index: "work_orders_source_created").on("work_orders").column("source_client").column("created_at").run()
        },
        Migration("workorders_0004_handling") { sql, kind in
            // Extensions 延期: asked by the handling unit, approved or refused by the service centre.
            // `pending` is "pending" while undecided and NULL after: the unique index allows one
            // open request per order (NULLs never collide) in both databases.
            try await sql.create(table: "work_order_extensions")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("work_order_id", type: .text, .notNull, .references("work_orders", "id"))
                .column("working_days", type: .bigint, .notNull)
                .column("reason", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("pending", type: .text)
                .column("requested_by", type: .text)
                .column("requested_at", type: .bigint, .notNull)
                .column("decided_by", type: .text)
                .column("decided_at", type: .bigint)
                .column("decision_note", type: .text)
                .run()
            try await sql.create(index: "work_order_extensions_one_pending").on("work_order_extensions").column("work_order_id").column("pending").unique().run()
            // Co-handling 会办: units that act alongside the lead unit, each with its own answer.
            try await sql.create(table: "work_order_co_handlers")
                .column("work_order_id", type: .text, .notNull, .references("work_orders", "id"))
                .column("unit", type: .text, .notNull)
                .column("added_by", type: .text)
                .column("added_at", type: .bigint, .notNull)
                .column("reply", type: .text)
                .column("replied_by", type: .text)
                .column("replied_at", type: .bigint)
                .run()
            try await sql.create(index: "work_order_co_handlers_once").on("work_order_co_handlers").column("work_order_id").column("unit").unique().run()
            try await sql.create(index: "work_order_co_handlers_unit").on("work_order_co_handlers").column("unit").column("work_order_id").run()
            // A duplicate merged into another order points at it.
            try await sql.alter(table: "work_orders").column("merged_into", type: .text).run()
            // The petition hand-over point: petition-class orders wait here for the petition module.
            try await sql.create(table: "petition_handovers")
                .column("work_order_id", type: .text, .primaryKey(autoIncrement: false), .references("work_orders", "id"))
                .column("handed_at", type: .bigint, .notNull)
                .column("petition_id", type: .text)
                .column("taken_by", type: .text)
                .column("taken_at", type: .bigint)
                .run()
            try await sql.create(index: "petition_handovers_waiting").on("petition_handovers").column("taken_at").column("handed_at").run()
            // Notices are addressed: level 1 to the street over the grid, level 2 (escalated) to the county.
            try await sql.alter(table: "supervision_notices").column("addressed_to", type: kind.codeType).run()
            try await sql.create(index: "supervision_notices_addressed").on("supervision_notices").column("addressed_to").column("created_at").run()
        },
        Migration("workorders_0005_portal") { sql, kind in
            // Each portal form carries a one-time submission token: a replayed or double-clicked
            // form finds its token taken and gets the first submission's receipt, not a second order.
            try await sql.create(table: "portal_submissions")
                .column("token", type: .text, .primaryKey(autoIncrement: false))
                .column("work_order_id", type: .text)
                .column("created_at", type: .bigint, .notNull)
                .run()
            // The portal's daily limit per mobile number counts by phone and time.
            try await sql.create(index: "work_orders_phone_created").on("work_orders").column("contact_phone").column("created_at").run()
        },
        Migration("workorders_0006_open_due") { sql, kind in
            // The deadline of orders still on the clock, NULL once finished: the county-wide work
            // list reads its first page straight off this index instead of sorting every open order
            // (a partial index on the status list would not be used with bound parameters).
            try await sql.alter(table: "work_orders").column("open_due", type: .bigint).run()
            try await sql.update("work_orders").set("open_due", to: SQLColumn("due_at"))
                .where("status", .in, ["registered", "dispatched", "returned", "accepted", "replied", "reopened"]).run()
            try await sql.create(index: "work_orders_open_due").on("work_orders").column("open_due").column("grid_code").run()
        },
        Migration("workorders_0007_unit_open_due") { sql, _ in
            // A department's open orders in deadline order, read straight off the index.
            try await sql.create(index: "work_orders_unit_open_due").on("work_orders").column("handling_unit").column("open_due").run()
        },
        Migration("workorders_0008_tracking_code") { sql, kind in
            // Receipts carry a code that cannot be guessed (numbers count up through the day).
            try await sql.alter(table: "work_orders").column("tracking_code", type: .text).run()
            switch kind {
            case .sqlite: try await sql.raw("UPDATE work_orders SET tracking_code = upper(hex(randomblob(8)))").run()
            case .postgres: try await sql.raw("UPDATE work_orders SET tracking_code = upper(substr(md5(random()::text || id), 1, 16))").run()
            }
            try await sql.create(index: "work_orders_tracking_code").on("work_orders").column("tracking_code").unique().run()
        },
        Migration("workorders_0009_case_notices") { sql, _ in
            // Work-order notices move to the casework kernel's table (kernel_0005); an old notice
            // without an addressee gets the one the sweep gives now (street, county when escalated).
            for (level, prefix) in [(1, 9), (2, 6)] {
                try await sql.insert(into: "case_notices")
                    .columns("id", "case_type", "case_id", "clock", "kind", "level", "unit_code", "handling_unit", "addressed_to", "due_at", "created_at")
                    .select { $0
                        .column("id").column(SQLLiteral.string("work_order")).column("work_order_id").column(SQLLiteral.string("")).column("kind")
                        .column("level").column("grid_code").column("handling_unit")
                        .column(SQLFunction("coalesce", args: SQLColumn("addressed_to"),
                                            SQLFunction("substr", args: SQLColumn("grid_code"), SQLLiteral.numeric("1"), SQLLiteral.numeric(String(prefix)))))
                        .column("due_at").column("created_at")
                        .from("supervision_notices").where("level", level == 1 ? .lessThanOrEqual : .greaterThanOrEqual, SQLLiteral.numeric(String(level)))
                    }
                    .run()
            }
            try await sql.drop(table: "supervision_notices").run()
        },
        Migration("workorders_0010_list_indexes") { sql, _ in
            // Every list the API answers reads its first page in deadline order off an index
            // (`civicgrid bench worklist --views`): the default list of a county or a street walks
            // the deadlines checking each grid; a category, with or without the clock, and a
            // department's whole list each have theirs.
            try await sql.create(index: "work_orders_due").on("work_orders").column("due_at").column("id").run()
            try await sql.create(index: "work_orders_category_due").on("work_orders").column("category_code").column("due_at").run()
            try await sql.create(index: "work_orders_category_open_due").on("work_orders").column("category_code").column("open_due").run()
            try await sql.create(index: "work_orders_unit_due").on("work_orders").column("handling_unit").column("due_at").run()
        },
        Migration("workorders_0011_scope_statistics") { sql, kind in
            // PostgreSQL guesses that `substr(grid_code, 1, 9) = ?` (a street's orders) keeps 0.5 % of
            // the rows; with statistics on the street prefix it plans a street's lists from what a street
            // holds. Not the county's prefix: knowing that it keeps every row, the planner walked the
            // deadline index for one status (2.6 s where the status index takes 40 ms).
            // SQLite keeps no statistics and walks as asked.
            guard kind == .postgres else { return }
            try await sql.raw("CREATE STATISTICS work_orders_street ON (substr(grid_code, 1, 9)) FROM work_orders").run()
            try await sql.raw("ANALYZE work_orders").run()
        },
        Migration("workorders_0012_category_lists") { sql, _ in
            // `bench lists` at 5 million orders: one status of one category walked the status's deadlines
            // checking each order's category (a county's: 2.5 s), and a department's whole list of one
            // category walked the department's (4.2 s). Each now walks its own deadlines, its grid or
            // status checked inside the index, and counts off it.
            try await sql.create(index: "work_orders_category_status_due").on("work_orders")
                .column("category_code").column("status").column("due_at").column("grid_code").run()
            try await sql.create(index: "work_orders_unit_category_due").on("work_orders")
                .column("handling_unit").column("category_code").column("due_at").column("status").run()
            // A department's open or overdue orders of one category, in the clock's order (1.1 s sorting its category's).
            try await sql.create(index: "work_orders_unit_category_open_due").on("work_orders")
                .column("handling_unit").column("category_code").column("open_due").run()
            // One status of a county or a street walks this index checking each order's grid and counts off it:
            // with the grid inside it, neither reads the rows it skips (10,001 of them for a county's count).
            try await sql.drop(index: "work_orders_status_due").run()
            try await sql.create(index: "work_orders_status_due").on("work_orders").column("status").column("due_at").column("grid_code").run()
        },
        Migration("workorders_0013_deadline_ties") { sql, kind in
            // Deadlines fall at the end of a working day, so a county's lists hold thousands of orders
            // with one deadline, and a list is in (deadline, id) order: without the id in the index every
            // order sharing the page's deadlines was read from the table and sorted (a county's open list:
            // 0.6 s at 5 million orders), and a page after a cursor read them again to find its place.
            let indexes: [(name: String, columns: [String])] = [
                ("work_orders_open_due", ["open_due", "id", "grid_code"]),
                // A county's or a street's lists of a category check each order's grid: inside the index, a count reads no rows.
                ("work_orders_category_due", ["category_code", "due_at", "id", "grid_code"]),
                ("work_orders_category_open_due", ["category_code", "open_due", "id", "grid_code"]),
                ("work_orders_category_status_due", ["category_code", "status", "due_at", "id", "grid_code"]),
                ("work_orders_status_due", ["status", "due_at", "id", "grid_code"]),
                // A grid's lists of one status: with the id in both, SQLite keeps taking the grid's index over
                // walking the whole status's (1.3 s for a grid worker's closed orders of a category).
                ("work_orders_grid_status_due", ["grid_code", "status", "due_at", "id"]),
                // A department's lists check every order's status (dispatched ones only): inside the index,
                // counting 10,001 of them reads no rows.
                ("work_orders_unit_open_due", ["handling_unit", "open_due", "id", "status"]),
                ("work_orders_unit_due", ["handling_unit", "due_at", "id", "status"]),
                ("work_orders_unit_category_due", ["handling_unit", "category_code", "due_at", "id", "status"]),
                ("work_orders_unit_category_open_due", ["handling_unit", "category_code", "open_due", "id", "status"]),
                ("work_orders_unit_status_due", ["handling_unit", "status", "due_at", "id"]),
            ]
            for index in indexes {
                try await sql.drop(index: index.name).run()
                var create = sql.create(index: index.name).on("work_orders")
                for column in index.columns { create = create.column(column) }
                try await create.run()
            }
            // PostgreSQL guessed that `substr(grid_code, 1, 6) = ?` (a county's orders) keeps 0.5 % of the rows and sorted
            // a county's status list after a cursor (0.12 s) and its tenth-thousand page (6 s) instead of walking the
            // index; with the id in the status index, knowing the county keeps every row no longer walks the wrong one
            // (workorders_0011 left this out for that).
            guard kind == .postgres else { return }
            try await sql.raw("CREATE STATISTICS work_orders_county ON (substr(grid_code, 1, 6)) FROM work_orders").run()
            try await sql.raw("ANALYZE work_orders").run()
        },
        Migration("workorders_0014_due_grid_and_unit_category_status") { sql, _ in
            // A county's whole list walks the deadline index checking each order's grid: with the grid inside it, a
            // page 10,000 in reads 25 rows of the table, not 10,025 (1.1 s cold, 21 ms warm at 5 million orders).
            try await sql.rebuild(index: "work_orders_due", on: "work_orders", ["due_at", "id", "grid_code"])
            // A department's list of one category and one status walked the category's orders checking each one's status,
            // and counted up to 10,001 of them that way (57–81 ms on PostgreSQL at a million orders): its own range now.
            try await sql.create(index: "work_orders_unit_category_status_due").on("work_orders").column("handling_unit").column("category_code")
                .column("status").column("due_at").column("id").run()
        },
        Migration("workorders_0015_supervised_due") { sql, kind in
            // The supervised list was the open orders with a notice, found by joining every notice: on PostgreSQL a
            // hash of all of them for each count (1.6–12 s at 5 million orders with the sweep running). The order
            // carries its deadline in `supervised_due` while it is open and noticed (the sweep sets it, a step keeps
            // it), and the lists read the indexes of those orders alone: NULL elsewhere, so intake writes none of them.
            try await sql.alter(table: "work_orders").column("supervised_due", type: .bigint).run()
            try await sql.update("work_orders").set("supervised_due", to: SQLColumn("open_due"))
                .where("open_due", .isNot, SQLLiteral.null)
                .where("id", .in, SQLSubquery.select { $0.column("case_id").from("case_notices").where("case_type", .equal, "work_order") })
                .run()
            let indexes: [(name: String, columns: [String])] = [
                // A county's or a street's, each order's grid and category checked inside the index.
                ("work_orders_supervised", ["supervised_due", "id", "grid_code", "category_code"]),
                ("work_orders_category_supervised", ["category_code", "supervised_due", "id", "grid_code"]),
                // A department's, each order's status checked inside (dispatched ones only).
                ("work_orders_unit_supervised", ["handling_unit", "supervised_due", "id", "status"]),
                ("work_orders_unit_category_supervised", ["handling_unit", "category_code", "supervised_due", "id", "status"]),
            ]
            for index in indexes {
                try await sql.create(index: index.name, on: "work_orders", index.columns, whereNotNull: "supervised_due")
            }
            if kind == .postgres { try await sql.raw("ANALYZE work_orders").run() }
        },
        Migration("workorders_0016_street_lists") { sql, kind in
            // A street's open, overdue and supervised lists walked the county's deadlines checking each order's street, and
            // counted their total so: every open order of the county read for one street's (61–68 ms at p95, 8 connections,
            // 1,000,000 orders; fivefold at 5 million). Their own index now, led by the street as the lists put it (partial:
            // the orders on the clock only, or noticed only), each order's category checked inside it.
            let street = Scope.prefix(of: SQLColumn("grid_code"), length: Scope.streetLength)
            for (name, clock) in [("work_orders_street_open", "open_due"), ("work_orders_street_supervised", "supervised_due")] {
                try await sql.create(index: name, on: "work_orders", [street, SQLColumn(clock), SQLColumn("id"), SQLColumn("category_code")],
                                     whereNotNull: clock)
            }
            // A street's whole list of one category counted its orders off the grid index reading every row for its category
            // (10,000 rows a count at 1,000,000 orders): with the category inside the index, it reads none.
            try await sql.rebuild(index: "work_orders_grid_status_due", on: "work_orders", ["grid_code", "status", "due_at", "id", "category_code"])
            if kind == .postgres { try await sql.raw("ANALYZE work_orders").run() }
        },
        Migration("workorders_0017_grid_statistics") { sql, kind in
            // PostgreSQL guessed a street's share of the grid codes from a hundred-bucket histogram: in two `ANALYZE`s of four
            // it took a street of 49,999 orders (5,000,000 in all) for 98 and read and sorted the whole street for its
            // default list (188–319 ms at p95, 8 connections) instead of walking the deadlines (43–68). A thousand buckets
            // gave 44,500–51,700 in six of six. SQLite keeps no statistics.
            guard kind == .postgres else { return }
            try await sql.raw("ALTER TABLE work_orders ALTER COLUMN grid_code SET STATISTICS 1000").run()
            try await sql.raw("ANALYZE work_orders").run()
        },
        Migration("workorders_0018_street_status_lists") { sql, kind in
            // A street's list of one status walked the county's status index checking each order's street, and counted its
            // total off the grid index's range, every order of the street read: on PostgreSQL at 5,000,000 orders a street's
            // `status=closed` took 60–160 ms at p95 (8 connections) and its page 10,000 in 1.0–2.3 s (a hundred of the
            // county's orders walked for each of the street's). Led by the street as the lists put it, with the category inside.
            // The grid code itself at the end, here and in workorders_0016's street indexes, made again: PostgreSQL reads an
            // index alone only when it holds every column the query names, and the street is put as `substr(grid_code, …)`
            // (without it a street's page 10,000 in read 10,025 orders from the table, 11 ms; its count 10,001, 14 ms).
            let street = Scope.prefix(of: SQLColumn("grid_code"), length: Scope.streetLength)
            try await sql.create(index: "work_orders_street_status_due", on: "work_orders",
                                 [street] + ["status", "due_at", "id", "category_code", "grid_code"].map { SQLColumn($0) })
            for (name, clock) in [("work_orders_street_open", "open_due"), ("work_orders_street_supervised", "supervised_due")] {
                try await sql.drop(index: name).run()
                try await sql.create(index: name, on: "work_orders", [street] + [clock, "id", "category_code", "grid_code"].map { SQLColumn($0) },
                                     whereNotNull: clock)
            }
            if kind == .postgres { try await sql.raw("ANALYZE work_orders").run() }
        },
        Migration("workorders_0019_street_whole_lists") { sql, kind in
            // A street's whole list read the street's range of the grid index: of one category, every order of the street
            // twice (its count and its page, sorted), and a deep page sorted the street (5,000,000 orders on PostgreSQL, a
            // street of 50,000: 12 ms a count and 12–40 ms a page; 184–334 ms at p95 at 8 connections for one category,
            // 146–369 for a page 10,000 in). Led by the street as the lists put it, the grid code inside (see 0018).
            let street = Scope.prefix(of: SQLColumn("grid_code"), length: Scope.streetLength)
            try await sql.create(index: "work_orders_street_category_due", on: "work_orders",
                                 [street] + ["category_code", "due_at", "id", "grid_code"].map { SQLColumn($0) })
            try await sql.create(index: "work_orders_street_due", on: "work_orders",
                                 [street] + ["due_at", "id", "category_code", "grid_code"].map { SQLColumn($0) })
            if kind == .postgres { try await sql.raw("ANALYZE work_orders").run() }
        },
        Migration("workorders_0020_list_column_statistics") { sql, kind in
            // A street's open list of one category (the category checked inside the street's own index, `listColumn`):
            // PostgreSQL, guessing 37 of the street's 7,524 open orders, read all of them and sorted (8 ms; 50–90 ms at p95,
            // 8 connections, 5,000,000 orders); knowing 635, it walks the street's deadlines (0.5 ms). The status put so (a
            // community's lists) reads the community's range whatever the guess.
            try await sql.createListColumnStatistics(on: "work_orders", columns: ["category_code"], kind: kind)
        },
        Migration("workorders_0021_notice_holders") { sql, _ in
            // A notice names the department that holds its order now, none while the order waits for dispatch (it named
            // the category's usual department, and the department's list checked each against its orders): as the sweep
            // and each step now write it. The statuses are those a department holds an order in, as of this migration.
            let held = ["accepted", "closed", "dispatched", "reopened", "replied", "returned", "visited"]
            try await sql.update("case_notices")
                .set("handling_unit", to: SQLSubquery.select { sub in
                    sub.column(SQLCaseWhen(SQLBinaryExpression(SQLColumn("status", table: "work_orders"), .in, SQLBind.group(held)),
                                           then: SQLColumn("handling_unit", table: "work_orders")))
                        .from("work_orders").where(SQLColumn("id", table: "work_orders"), .equal, SQLColumn("case_id", table: "case_notices"))
                })
                .where("case_type", .equal, "work_order")
                .run()
        },
    ]
}
