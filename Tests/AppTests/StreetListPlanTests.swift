import CivicGridApp
import Kernel
import SQLKit
import Synchronization
import Testing

/// A street's lists — on the clock, of one status, whole — are read off indexes built on the street's prefix of the grid
/// code (workorders_0016, 0018 and 0019), which a database uses only for the very expression the lists put
/// (`where(_:withinWalking:)`, `Scope.prefix(of:length:)`). Were either to change alone, the lists would still be right
/// and walk the county's deadlines again: this asks SQLite,
/// which plans without statistics, how it reads them. (PostgreSQL plans by its statistics, and a test's few rows scan.)
@Suite("A street's lists read the street's own indexes")
struct StreetListPlanTests {
    /// `EXPLAIN QUERY PLAN` (SQLite's; PostgreSQL's is `EXPLAIN`) of a query built as the stores build theirs.
    struct QueryPlan: SQLExpression {
        let query: any SQLExpression
        var explain = "EXPLAIN QUERY PLAN "
        func serialize(to serializer: inout SQLSerializer) {
            serializer.write(explain)
            query.serialize(to: &serializer)
        }
    }

    static func plan(_ build: (SQLSelectBuilder) -> SQLSelectBuilder, orderedBy clock: String = "open_due", on sql: any SQLDatabase) async throws -> String {
        try await plan(of: build(sql.select().column("id").from("work_orders")).orderBy(clock).orderBy("id").limit(25), on: sql)
    }

    static func plan(of select: SQLSelectBuilder, on sql: any SQLDatabase) async throws -> String {
        let details = Mutex<[String]>([])
        try await sql.execute(sql: QueryPlan(query: select.select)) { row in
            let detail = (try? row.decode(column: "detail", as: String.self)) ?? ""
            details.withLock { $0.append(detail) }
        }
        return details.withLock { $0.joined(separator: "\n") }
    }

    @Test func everyListOfAStreet() async throws {
        try await TestApp.run { app in
            let database = app.services.database
            guard database.kind == .sqlite else { return }
            let street = Scope(rootCode: "330199001")
            let category = listColumn("category_code", indexed: false)
            let cases: [(String, String, String, @Sendable (SQLSelectBuilder) -> SQLSelectBuilder)] = [
                ("open", "work_orders_street_open", "open_due", { $0.where("open_due", .isNot, SQLLiteral.null) }),
                ("open of a category", "work_orders_street_open", "open_due", { $0.where("open_due", .isNot, SQLLiteral.null).where(category, .equal, SQLBind("A05")) }),
                ("overdue", "work_orders_street_open", "open_due", { $0.where("open_due", .lessThan, SQLBind(1_900_000_000)) }),
                ("supervised", "work_orders_street_supervised", "supervised_due", { $0.where("supervised_due", .isNot, SQLLiteral.null) }),
                ("one status", "work_orders_street_status_due", "due_at", { $0.where("status", .equal, SQLBind("closed")) }),
                ("one status of a category", "work_orders_street_status_due", "due_at", { $0.where("status", .equal, SQLBind("closed")).where(category, .equal, SQLBind("A05")) }),
                ("the whole list of a category", "work_orders_street_category_due", "due_at", { $0.where("category_code", .equal, SQLBind("A05")) }),
                ("the whole list", "work_orders_street_due", "due_at", { $0 }),
            ]
            for (name, index, clock, narrowed) in cases {
                let plan = try await database.read { sql in
                    try await Self.plan({ narrowed($0.where("grid_code", withinWalking: street)) }, orderedBy: clock, on: sql)
                }
                #expect(plan.contains("USING INDEX \(index)") || plan.contains("USING COVERING INDEX \(index)"), "\(name): \(plan)")
                #expect(!plan.contains("TEMP B-TREE"), "\(name) sorted: \(plan)")
            }
            // The county's lists keep walking the county's deadlines: the street's index holds its prefix, not the county's.
            let countyCases: [(String, String, String, @Sendable (SQLSelectBuilder) -> SQLSelectBuilder)] = [
                ("open", "work_orders_open_due", "open_due", { $0.where("open_due", .isNot, SQLLiteral.null) }),
                ("one status", "work_orders_status_due", "due_at", { $0.where("status", .equal, SQLBind("closed")) }),
            ]
            for (name, index, clock, narrowed) in countyCases {
                let plan = try await database.read { sql in
                    try await Self.plan({ narrowed($0.where("grid_code", withinWalking: Scope(rootCode: "330199"))) }, orderedBy: clock, on: sql)
                }
                #expect(plan.contains(index), "county, \(name): \(plan)")
            }
        }
    }

    /// Supervision notices, newest first: a county's walk the notices by time and a street's its own (kernel_0008), each
    /// with the place inside the index, never sorting the county's (790,000 on PostgreSQL: 1–7 s a page).
    @Test func noticesWalkTheirOwnIndexes() async throws {
        try await TestApp.run { app in
            let database = app.services.database
            guard database.kind == .sqlite else { return }
            for (scope, index) in [("330199", "case_notices_created"), ("330199001", "case_notices_street")] {
                let plan = try await database.read { sql in
                    let select = sql.select().column("id").from("case_notices").where("case_type", .equal, SQLBind("work_order"))
                        .where("unit_code", withinWalking: Scope(rootCode: scope)).keysetOrder("created_at", descending: true).limit(25)
                    return try await Self.plan(of: select, on: sql)
                }
                #expect(plan.contains("USING INDEX \(index)") || plan.contains("USING COVERING INDEX \(index)"), "\(scope): \(plan)")
                #expect(!plan.contains("TEMP B-TREE"), "\(scope) sorted: \(plan)")
            }
        }
    }

    /// PostgreSQL walks a street's open orders of one category in deadline order only when it expects the category to
    /// hold enough of them for a page: its guess for the category as the list puts it (`listColumn`, which no index is to
    /// answer) comes from the statistics workorders_0020 keeps of that very expression. Without them it guesses 0.5 % of
    /// the rows, here 10 of 2,000 where 500 match (at 5,000,000 orders it read and sorted a street's 7,524 open orders).
    @Test func postgresGuessesAStreetsCategoryFromItsStatistics() async throws {
        try await TestApp.run { app in
            let database = app.services.database
            guard database.kind == .postgres else { return }
            let street = Scope(rootCode: "330199001")
            let estimate = try await database.transaction { sql in
                // Categories no demo order has, a quarter of the 2,000 each.
                try await sql.raw("""
                    INSERT INTO work_orders (id, number, channel, request_class, category_code, description, grid_code, handling_level,
                        status, proxy, extensions, created_at, due_at, updated_at, open_due)
                    SELECT 'plan-' || n, 'PLAN-' || n, 'hotline', 'help', 'Z0' || (n % 4), '', '330199001001001', 'grid',
                        'registered', 0, 0, 0, n, 0, n FROM generate_series(1, 2000) AS n
                    """).run()
                try await sql.raw("ANALYZE work_orders").run()
                let select = sql.select().column("id").from("work_orders").where("grid_code", withinWalking: street)
                    .where("open_due", .isNot, SQLLiteral.null).where(listColumn("category_code", indexed: false), .equal, SQLBind("Z01"))
                let lines = Mutex<[String]>([])
                try await sql.execute(sql: QueryPlan(query: select.select, explain: "EXPLAIN ")) { row in
                    let line = (try? row.decode(column: "QUERY PLAN", as: String.self)) ?? ""
                    lines.withLock { $0.append(line) }
                }
                // The top node's "rows=N", what the planner expects the whole query to return.
                let top = lines.withLock { $0.first } ?? ""
                return top.firstMatch(of: /rows=(\d+)/).flatMap { Int($0.1) } ?? 0
            }
            #expect(estimate >= 250, "expected about 500 rows of category Z01, the plan guessed \(estimate)")
        }
    }
}
