import CivicGridApp
import Foundation
import Kernel
import Registry
import Safety
import SQLKit
import Testing

/// Lists a county or a street reads off their ordering index with the place checked inside it (`withinWalking`), and a
/// community or a grid by code: at every scope each holds exactly its rows, in its order with ties broken by id, whole and
/// page by page, and counts them; checked against the rows themselves, read plainly and sorted here.
@Suite("Lists walked in order at every scope")
struct WalkedListTests {
    /// The readers of each scope: county and street walked, community and grid by code.
    static let readers = [("supervisor", "330199"), ("street_sup", "330199001"), ("clerk", "330199001001"), ("gridworker1", "330199001001001")]

    static let hazardColumns = ["id", "number", "grid_code", "place", "organisation_id", "kind", "level", "description", "responsible_unit",
                                "work_order_number", "status", "plan", "due_at", "due_rule", "rectified_at", "closed_at", "created_by", "created_at",
                                "updated_at", "open_due"]

    struct HazardRow: Decodable { let id: String, grid_code: String, kind: String, level: String, open_due: Int64?, created_at: Int64, closed_at: Int64? }

    /// Every scope walked, as a city's, and read by place, as a street or county holding few rows.
    @Test(arguments: [0, ListWalk.few]) func hazardListsAndFiguresHoldTheirScopesRows(walkingFrom few: Int) async throws {
        try await TestApp.run(walkingFrom: few) { app in
            let database = app.services.database, now = Int(Date().epochSeconds)
            let grids = try await app.gridCodes()
            // Deadlines and finding times shared by many (ties), none falling due within the test's seconds; open, overdue, major.
            let rows = (0..<60).map { i -> [BulkValue] in
                let open = i % 3 != 0, due = now + (i % 4 - 2) * 86_400 + 43_200, found = now - (i % 5) * 86_400 - 3_600
                return [.text(String(format: "wl-h%02d", 59 - i)), .text("WL\(i)"), .text(i % 5 == 0 ? "330199001001001" : grids[i * 7 % grids.count]), .text("某处"), .null,
                        .text(["fire", "gas", "road"][i % 3]), .text(i % 4 == 1 ? "major" : "general"), .text("隐患"), .text("物业"), .null,
                        .text(open ? "reported" : "closed"), .null, .integer(due), .null, .null, open ? .null : .integer(found + 60), .null,
                        .integer(found), .integer(found), open ? .integer(due) : .null]
            }
            try await database.transaction { sql in
                _ = try await database.insertNew(into: "hazards", columns: Self.hazardColumns, rows: rows, conflictKeys: [], on: sql)
            }
            // Loaded without their steps, as the bench loads them: their figures counted again from every hazard.
            try await HazardStore.recountFigures(in: database)
            let stored = try await database.read { sql in
                try await sql.select().columns("id", "grid_code", "kind", "level", "open_due", "created_at", "closed_at").from("hazards").all(decoding: HazardRow.self)
            }
            let byDue: (HazardRow, HazardRow) -> Bool = { ($0.open_due ?? 0, $0.id) < ($1.open_due ?? 0, $1.id) }
            let selections: [(String, (HazardRow) -> Bool, (HazardRow, HazardRow) -> Bool)] = [
                ("open", { $0.open_due != nil }, byDue),
                ("overdue", { ($0.open_due ?? .max) < Int64(now) }, byDue),
                ("major", { $0.open_due != nil && $0.level == "major" }, byDue),
                ("all", { _ in true }, { ($0.created_at, $0.id) > ($1.created_at, $1.id) }),
            ]
            for (reader, root) in Self.readers {
                let token = try await app.session(reader, kind: .api).token
                for (status, keeps, order) in selections {
                    let expected = stored.filter { $0.grid_code.hasPrefix(root) && keeps($0) }.sorted(by: order).map(\.id)
                    #expect(expected.count >= 2, "\(reader) \(status): too few rows to tell an order")
                    try await Self.expectList(app, "/api/v1/hazards?status=\(status)", token: token, holds: expected, "\(reader) \(status)")
                }
                // A quarter's figures: found, closed and overdue by kind and level, of this scope's hazards found in it.
                let figures = try await app.api(.get, "/api/v1/hazard-statistics?quarter=\(SafetyAPITests.quarter())", token: token).json()
                let from = try #require(Day(figures["from"] as? String ?? "")), to = try #require(Day(figures["to"] as? String ?? ""))
                let found = stored.filter {
                    $0.grid_code.hasPrefix(root) && $0.created_at >= from.startDate.epochSeconds && $0.created_at < to.adding(days: 1).startDate.epochSeconds
                }
                let lines = try #require(figures["lines"] as? [[String: Any]])
                #expect(lines.reduce(0) { $0 + ($1["found"] as? Int ?? 0) } == found.count, "\(reader) found")
                for line in lines {
                    let these = found.filter { $0.kind == line["kind"] as? String && $0.level == line["level"] as? String }
                    #expect(line["found"] as? Int == these.count, "\(reader) \(line)")
                    #expect(line["closed"] as? Int == these.filter { $0.closed_at != nil }.count, "\(reader) \(line)")
                    #expect(line["overdue"] as? Int == these.filter { ($0.open_due ?? .max) < Int64(now) }.count, "\(reader) \(line)")
                }
            }
        }
    }

    struct PermitRow: Decodable { let id: String, resident_id: String, grid_code: String, status: String, expires_on: String }

    /// Every scope walked, as a city's, and read by place, as a street or county holding few rows.
    @Test(arguments: [0, ListWalk.few]) func permitsDueHoldTheirScopesRowsSoonestFirst(walkingFrom few: Int) async throws {
        try await TestApp.run(walkingFrom: few) { app in
            let database = app.services.database, today = Day(date: Date())
            let residents = try await database.read { sql in
                try await sql.select().columns("id", "grid_code").from("residents").where("sealed", .equal, 0).orderBy("id").limit(300)
                    .all(decoding: Person.self)
            }
            // Every fifth resident a permit, expiring on one of six days (ties), some past, some outside the window; one in seven
            // cancelled; every other one held in the first grid, so each scope has several.
            let grids = try await app.gridCodes()
            let rows = residents.enumerated().filter { $0.offset % 5 == 0 }.map { n, person -> [BulkValue] in
                let expires = today.adding(days: n % 6 * 15 - 20)
                return [.text(String(format: "wl-p%03d", 300 - n)), .text(person.id), .text(n % 2 == 0 ? "330199001001001" : grids[n * 7 % grids.count]), .text("job"),
                        .text(expires.adding(days: -365).description), .text(expires.description), .text(n % 7 == 0 ? "cancelled" : "active")]
            }
            try await database.transaction { sql in
                _ = try await database.insertNew(into: "residence_permits", columns: ["id", "resident_id", "grid_code", "basis", "issued_on", "expires_on", "status"],
                                                 rows: rows, conflictKeys: [], on: sql)
            }
            let stored = try await database.read { sql in
                try await sql.select().columns("id", "resident_id", "grid_code", "status", "expires_on").from("residence_permits").all(decoding: PermitRow.self)
            }
            let until = PermitRules.dueUntil(today: today).description
            for (reader, root) in Self.readers {
                let token = try await app.session(reader, kind: .api).token
                let expected = stored.filter { $0.grid_code.hasPrefix(root) && $0.status == "active" && $0.expires_on <= until }
                    .sorted { ($0.expires_on, $0.id) < ($1.expires_on, $1.id) }.map(\.id)
                #expect(expected.count >= 2, "\(reader): too few rows to tell an order")
                try await Self.expectList(app, "/api/v1/residence-permits/due", token: token, holds: expected, reader)
            }
            // A street's page leaves out a sealed holder's permit, unless its reader may see sealed records.
            try await Self.expectSealedHolderLeftOut(app, permits: stored.filter { $0.status == "active" && $0.expires_on <= until && $0.grid_code.hasPrefix("330199002") })
        }
    }

    struct Person: Decodable { let id: String, grid_code: String }

    struct CaseloadRow: Decodable { let id: String, kind: String, grid_code: String, assigned_to: String, status: String, open_due: Int64? }

    @Test func caseloadsHoldWhatEachReaderNeedsToKnowInDutyOrder() async throws {
        try await TestApp.run { app in
            let database = app.services.database, now = Int(Date().epochSeconds)
            let grids = try await app.gridCodes()
            let residents = try await database.read { sql in
                try await sql.select().columns("id", "grid_code").from("residents").where("sealed", .equal, 0).orderBy("id").limit(40).all(decoding: Person.self)
            }
            // Every kind, one in four ended; duties on four days (ties), none falling due within the test's seconds.
            let rows = residents.enumerated().map { n, person -> [BulkValue] in
                let grid = grids[n * 7 % grids.count], active = n % 4 != 0
                return [.text(String(format: "wl-c%02d", 40 - n)), .text(["correction", "resettlement", "mental_health", "youth"][n % 4]),
                        .text(person.id), .text(grid), .text(String(grid.prefix(9))), .text("nobody"), .text(active ? "active" : "ended"),
                        .text("2026-01-01"), .null, .null, .null, .null, .integer(0), .null, .null, .null, .null, .text(""),
                        active ? .integer(now + (n % 4 - 1) * 86_400 + 43_200) : .null, active ? .text("visit") : .null, .null, .integer(now)]
            }
            try await database.transaction { sql in
                _ = try await database.insertNew(into: "caseloads", columns: Self.caseloadColumns, rows: rows, conflictKeys: [], on: sql)
            }
            let stored = try await database.read { sql in
                try await sql.select().columns("id", "kind", "grid_code", "assigned_to", "status", "open_due").from("caseloads").all(decoding: CaseloadRow.self)
            }
            // The county justice bureau: corrections and resettlements of the county; a street's social worker: every kind of the street.
            for (reader, root, kinds) in [("legal", "330199", ["correction", "resettlement"]), ("socialworker", "330199002", ["correction", "resettlement", "mental_health", "youth"])] {
                let token = try await app.session(reader, kind: .api).token
                let staffId = try await database.read { sql in
                    try await sql.select().column("id").from("staff").where("username", .equal, reader).first(decodingColumn: "id", as: String.self)
                }
                let expected = stored.filter { $0.status == "active" && kinds.contains($0.kind) && ($0.grid_code.hasPrefix(root) || $0.assigned_to == staffId) }
                    .sorted { ($0.open_due ?? 0, $0.id) < ($1.open_due ?? 0, $1.id) }.map(\.id)
                #expect(expected.count >= 2, "\(reader): too few rows to tell an order")
                try await Self.expectList(app, "/api/v1/caseloads", token: token, holds: expected, reader)
            }
            // A kind the county justice bureau does not run: none, on both databases (PostgreSQL refused the empty kind list, 500).
            let legal = try await app.session("legal", kind: .api).token
            let none = try await app.api(.get, "/api/v1/caseloads?kind=mental_health", token: legal)
            #expect(none.status == .ok)
            #expect(try none.json()["total"] as? Int == 0)
            #expect(try await app.api(.get, "/api/v1/caseloads/due?kind=youth&offset=5", token: legal).status == .ok)
        }
    }

    static let caseloadColumns = ["id", "kind", "resident_id", "grid_code", "unit_code", "assigned_to", "status", "starts_on", "ends_on", "level", "reported_on",
                                  "notice_on", "key_person", "met_on", "resettled_on", "reoffended_on", "youth_group", "plan", "open_due", "due_rule",
                                  "created_by", "created_at"]

    /// The street 330199002's permits-due page, read after the holder of the first of `permits` (due, in that street) is sealed.
    static func expectSealedHolderLeftOut(_ app: TestApp, permits: [PermitRow]) async throws {
        try #require(permits.count >= 2, "the street has permits due to show and one to seal")
        let sealedId = permits[0].resident_id
        try await app.services.database.transaction { sql in try await sql.update("residents").set("sealed", to: 1).where("id", .equal, sealedId).run() }
        let social = try await app.session("socialworker")
        let supervisor = try await app.session("supervisor")
        let shown = try await app.get("/units/330199002/permits-due", as: social).text
        let hidden = try await app.get("/units/330199002/permits-due", as: supervisor).text
        #expect(shown.contains("/residents/\(sealedId)"))
        #expect(!hidden.contains("/residents/\(sealedId)"))
        #expect(hidden.contains("/residents/\(permits[1].resident_id)") || permits[1].resident_id == sealedId)
    }


    /// `path` read whole and by offset one and four at a time holds `expected`, and says how many.
    static func expectList(_ app: TestApp, _ path: String, token: String, holds expected: [String], key: String = "id", _ label: String) async throws {
        let separator = path.contains("?") ? "&" : "?"
        let whole = try await app.api(.get, path + separator + "limit=500", token: token).json()
        #expect((whole["items"] as? [[String: Any]])?.compactMap { $0[key] as? String } == expected, "\(label) whole")
        #expect(whole["total"] as? Int == expected.count, "\(label) total")
        for limit in [1, 4] {
            #expect(try await CursorPagingTests.walkByOffset(app, path, token: token, limit: limit, key: key) == expected, "\(label) by \(limit)")
        }
    }

    struct Star: Decodable { let household_id: String, grid_code: String, stars: Int }
    struct Venue: Decodable { let id: String, grid_code: String, name: String }
    struct OrganisationRow: Decodable { let id: String, grid_code: String, name: String, kind: String }
    struct Account: Decodable { let resident_id: String, unit_code: String }

    struct Agreement: Decodable { let id: String, grid_code: String, year: Int }

    static func agreements(_ database: Database) async throws -> [Agreement] {
        try await database.read { try await $0.select().columns("id", "grid_code", "year").from("safety_agreements").all(decoding: Agreement.self) }
    }

    /// This year's star households, the venues and the points accounts as stored.
    static func stored(_ database: Database, year: Int) async throws -> ([Star], [Venue], [Account]) {
        try await database.read { sql in
            (try await sql.select().columns("household_id", "grid_code", "stars").from("star_households").where("year", .equal, year).all(decoding: Star.self),
             try await sql.select().columns("id", "grid_code", "name").from("venues").all(decoding: Venue.self),
             try await sql.select().columns("resident_id", "unit_code").from("point_accounts").all(decoding: Account.self))
        }
    }

    /// Lists ordered by several columns with their key last (star households, venues, organisations, points accounts, and safety
    /// agreements a year at a time), whose pages past the first walk the keys alone and read their rows by key: in order, ties broken by the
    /// key, whole and page by page.
    /// Every scope walked, as a city's, and read by place, as a street or county holding few rows.
    @Test(arguments: [0, ListWalk.few]) func listsOrderedBySeveralColumnsPageByKey(walkingFrom few: Int) async throws {
        try await TestApp.run(walkingFrom: few) { app in
            let database = app.services.database, year = Day(date: Date()).year, grids = try await app.gridCodes()
            func grid(_ i: Int) -> String { i % 4 == 0 ? "330199001001001" : grids[i * 7 % grids.count] }
            // Few grids, names and star counts among many rows (ties), keys out of the order; last year's stars of the same
            // households, which the key alone would also find.
            let stars = (0..<30).map { i -> [BulkValue] in
                [.text(String(format: "wl-s%02d", 29 - i)), .integer(year), .text(grid(i)), .integer(1 + i % 3), .text("a"), .text(""), .null, .integer(0)]
            } + (0..<10).map { i -> [BulkValue] in [.text(String(format: "wl-s%02d", 29 - i)), .integer(year - 1), .text(grid(i + 1)), .integer(5), .text("a"), .text(""), .null, .integer(0)] }
            let venues = (0..<30).map { i -> [BulkValue] in
                [.text(String(format: "wl-v%02d", 29 - i)), .text(["甲网吧", "乙宾馆"][i % 2]), .text("other"), .null, .text(grid(i)), .text("某处"), .text("证"), .integer(0)]
            }
            let accounts = (0..<30).map { i -> [BulkValue] in [.text(String(format: "wl-p%02d", 29 - i)), .text(grid(i)), .integer(i), .integer(0)] }
            // Safety agreements of three years with one between them empty (a year the offset passes over counted, one with none).
            let agreements = (0..<30).map { i -> [BulkValue] in
                [.text(String(format: "wl-a%02d", 29 - i)), .text("wl-o\(i)"), .text(grid(i)), .integer([year, year - 1, year - 3][i % 3]), .text("2026-01-01"), .text("某"),
                 .text("责任"), .integer(0)]
            }
            // Organisations of two names and three kinds, so that a grid's namesakes are ordered by id.
            let organisations = (0..<30).map { i -> [BulkValue] in
                [.text(String(format: "wl-g%02d", 29 - i)), .text(["甲商行", "乙有限公司"][i % 2]), .text(String(format: "WLCREDIT%010d", i)),
                 .text(["enterprise", "social_organisation", "public_institution"][i % 3]), .text("某"), .text("某处"), .text(grid(i)), .integer(0)]
            }
            try await database.transaction { sql in
                _ = try await database.insertNew(into: "organisations", columns: ["id", "name", "credit_code", "kind", "legal_representative", "address",
                                                                                  "grid_code", "created_at"], rows: organisations, conflictKeys: [], on: sql)
                _ = try await database.insertNew(into: "star_households", columns: ["household_id", "year", "grid_code", "stars", "criteria", "note",
                                                                                    "reviewed_by", "reviewed_at"], rows: stars,
                                                 conflictKeys: [], on: sql)
                _ = try await database.insertNew(into: "venues", columns: ["id", "name", "kind", "organisation_id", "grid_code", "address", "licence",
                                                                           "created_at"], rows: venues, conflictKeys: [], on: sql)
                _ = try await database.insertNew(into: "point_accounts", columns: ["resident_id", "unit_code", "balance", "opened_at"], rows: accounts,
                                                 conflictKeys: [], on: sql)
                _ = try await database.insertNew(into: "safety_agreements", columns: ["id", "organisation_id", "grid_code", "year", "signed_on", "signatory",
                                                                                      "terms", "created_at"], rows: agreements, conflictKeys: [], on: sql)
            }
            let (allStars, allVenues, allAccounts) = try await Self.stored(database, year: year)
            let allAgreements = try await Self.agreements(database)
            let allOrganisations = try await database.read {
                try await $0.select().columns("id", "grid_code", "name", "kind").from("organisations").all(decoding: OrganisationRow.self)
            }
            for (reader, root) in Self.readers {
                let token = try await app.session(reader, kind: .api).token
                let starIds = allStars.filter { $0.grid_code.hasPrefix(root) }.sorted { ($0.grid_code, -$0.stars, $0.household_id) < ($1.grid_code, -$1.stars, $1.household_id) }
                try await Self.expectList(app, "/api/v1/star-households?year=\(year)", token: token, holds: starIds.map(\.household_id), key: "household_id",
                                          "\(reader) stars")
                let accountIds = allAccounts.filter { $0.unit_code.hasPrefix(root) }.sorted { ($0.unit_code, $0.resident_id) < ($1.unit_code, $1.resident_id) }
                try await Self.expectList(app, "/api/v1/points", token: token, holds: accountIds.map(\.resident_id), key: "resident_id", "\(reader) points")
                let venueIds = allVenues.filter { $0.grid_code.hasPrefix(root) }.sorted { ($0.grid_code, $0.name, $0.id) < ($1.grid_code, $1.name, $1.id) }
                // Every reader of these scopes keeps safety records.
                try await Self.expectList(app, "/api/v1/venues", token: token, holds: venueIds.map(\.id), "\(reader) venues")
                let organisationIds = allOrganisations.filter { $0.grid_code.hasPrefix(root) }
                    .sorted { ($0.grid_code, $0.name, $0.id) < ($1.grid_code, $1.name, $1.id) }
                #expect(organisationIds.count >= 4, "\(reader): too few organisations to tell an order")
                try await Self.expectList(app, "/api/v1/organisations", token: token, holds: organisationIds.map(\.id), "\(reader) organisations")
                try await Self.expectList(app, "/api/v1/organisations?kind=enterprise", token: token,
                                          holds: organisationIds.filter { $0.kind == "enterprise" }.map(\.id), "\(reader) enterprises")
                let agreementIds = allAgreements.filter { $0.grid_code.hasPrefix(root) }
                    .sorted { (-$0.year, $0.grid_code, $0.id) < (-$1.year, $1.grid_code, $1.id) }
                #expect(Set(agreementIds.map(\.year)).count == 3 || root.count == 15, "\(reader): too few years")
                try await Self.expectList(app, "/api/v1/safety-agreements", token: token, holds: agreementIds.map(\.id), "\(reader) agreements")
                for y in [year, year - 1, year - 2] {
                    try await Self.expectList(app, "/api/v1/safety-agreements?year=\(y)", token: token, holds: agreementIds.filter { $0.year == y }.map(\.id),
                                              "\(reader) agreements of \(y)")
                }
            }
        }
    }
}
