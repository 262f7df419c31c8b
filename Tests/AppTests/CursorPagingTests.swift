import CivicGridApp
import Foundation
import Kernel
import Testing

/// The large lists read page after page by cursor (`after`, the `next` of the page before) hold
/// exactly what one page read by offset holds, in the same order: for every selection, with clocks
/// and dates shared by many rows (ties broken by id) and lists whose clock is empty for some rows
/// (SQLite sorts those first, PostgreSQL last), on both databases; and so do the pages read by offset.
@Suite("Cursor paging")
struct CursorPagingTests {
    static let petitionColumns = ["id", "number", "channel", "petitioner_name", "headcount", "matter", "demands", "unit_code", "responsible_body",
                                  "status", "received_at", "reply_due_at", "replied_at", "extension_days", "due_at", "due_rule", "stage_at",
                                  "updated_at", "owed_due"]
    static let disputeColumns = ["id", "number", "title", "occurred_on", "place", "type_code", "scale", "summary", "unit_code", "violence_threatened",
                                 "risk_level", "risk_reasons", "status", "due_at", "created_at", "updated_at", "open_due", "high_risk_due"]

    /// Every row of `path` read by cursor `limit` at a time, and the `next` of each page.
    static func walk(_ app: TestApp, _ path: String, token: String, limit: Int) async throws -> [String] {
        var ids: [String] = [], after: String? = nil
        repeat {
            let separator = path.contains("?") ? "&" : "?"
            let uri = path + separator + "limit=\(limit)" + (after.map { "&after=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" } ?? "")
            let response = try await app.api(.get, uri, token: token)
            try #require(response.status == .ok, "\(uri): \(response.text)")
            let page = try response.json()
            let items = try #require(page["items"] as? [[String: Any]])
            ids += items.compactMap { $0["id"] as? String }
            after = page["next"] as? String
            #expect((after != nil) == (items.count == limit), "\(uri): a full page names the next, a short one does not")
        } while after != nil && ids.count < 1_000
        return ids
    }

    /// Every row of `path` read by offset `limit` at a time: past the first page, a page's ids are found first and its rows read by them.
    static func walkByOffset(_ app: TestApp, _ path: String, token: String, limit: Int, key: String = "id") async throws -> [String] {
        var ids: [String] = [], count = 0
        repeat {
            let separator = path.contains("?") ? "&" : "?"
            let uri = path + separator + "limit=\(limit)&offset=\(ids.count)"
            let response = try await app.api(.get, uri, token: token)
            try #require(response.status == .ok, "\(uri): \(response.text)")
            let items = try #require(try response.json()["items"] as? [[String: Any]])
            ids += items.compactMap { $0[key] as? String }
            count = items.count
        } while count == limit && ids.count < 1_000
        return ids
    }

    static func all(_ app: TestApp, _ path: String, token: String) async throws -> [String] {
        let separator = path.contains("?") ? "&" : "?"
        let page = try await app.api(.get, path + separator + "limit=500", token: token).json()
        let items = try #require(page["items"] as? [[String: Any]])
        #expect(items.count < 500 && page["next"] == nil)
        return items.compactMap { $0["id"] as? String }
    }

    /// Every scope walked, as a city's, and read by place, as a street or county holding few rows.
    @Test(arguments: [0, ListWalk.few]) func everyLargeListReadsTheSameByCursorAsInOnePage(walkingFrom few: Int) async throws {
        try await TestApp.run(walkingFrom: few) { app in
            let database = app.services.database, now = Int(Date().epochSeconds)
            let grids = try await app.gridCodes()
            // Days shared by many rows, none of them due within the test's seconds (an overdue list changes when one falls
            // due between reading it whole and page by page); a third of the petitions replied (no clock), the rest owed, some registered ones without a clock
            // (a status list holding both).
            let petitions = (0..<90).map { i -> [BulkValue] in
                let day = now + (i % 6 - 3) * 86_400 + 43_200
                let status = ["registered", "accepted", "replied"][i % 3]
                let due: BulkValue = status == "replied" || i % 9 == 0 ? .null : .integer(day)
                return [.text("cp-\(i)"), .text("CP\(i)"), .text(["visit", "letter", "online"][i % 3]), .text("甲"), .integer(1), .text("事项"),
                        .text("诉求"), .text(String(grids[i % grids.count].prefix(12))), .text("县信访局"), .text(status), .integer(day),
                        status == "accepted" ? .integer(day) : .null, status == "replied" ? .integer(day) : .null, .integer(0), due,
                        status == "replied" ? .null : .text("acceptance_15d"), .integer(day), .integer(day), due]
            }
            let disputes = (0..<90).map { i -> [BulkValue] in
                let day = now + (i % 5 - 2) * 86_400 + 43_200
                let open = i % 4 != 0
                return [.text("cd-\(i)"), .text("CD\(i)"), .text("纠纷"), .text("2026-11-01"), .text("某地"), .text(["family", "neighbour"][i % 2]),
                        .integer(2), .text("情况"), .text(grids[i % grids.count]), .integer(0), .text(["low", "high"][i % 2]), .text(""),
                        .text(open ? "mediating" : "performed"), open ? .integer(day) : .null, .integer(day), .integer(day), open ? .integer(day) : .null,
                        open && i % 2 == 1 ? .integer(day) : .null]
            }
            try await database.transaction { sql in
                _ = try await database.insertNew(into: "petitions", columns: Self.petitionColumns, rows: petitions, conflictKeys: [], on: sql)
                _ = try await database.insertNew(into: "disputes", columns: Self.disputeColumns, rows: disputes, conflictKeys: [], on: sql)
            }
            let officer = try await app.session("petition", kind: .api).token
            let supervisor = try await app.session("supervisor", kind: .api).token
            let handler = try await app.session("handler", kind: .api).token
            var lists: [(String, String)] = ["", "?status=all", "?status=owed", "?status=overdue", "?status=registered", "?status=replied", "?status=accepted",
                                             "?channel=letter"].map { ("/api/v1/petitions" + $0, officer) }
            lists += ["", "?status=all", "?status=open", "?status=overdue", "?status=high_risk", "?type=family"].map { ("/api/v1/disputes" + $0, supervisor) }
            lists += ["", "?view=open", "?view=all", "?status=closed"].map { ("/api/v1/work-orders" + $0, supervisor) }
            lists.append(("/api/v1/work-orders", handler))
            for (path, token) in lists {
                let whole = try await Self.all(app, path, token: token)
                #expect(whole.count >= 2 || path.contains("work-orders"), "\(path) holds too little to page")
                for limit in [1, 4] {
                    #expect(try await Self.walk(app, path, token: token, limit: limit) == whole, "\(path) by \(limit)")
                    #expect(try await Self.walkByOffset(app, path, token: token, limit: limit) == whole, "\(path) by offset, \(limit)")
                }
            }
        }
    }

    @Test func aCursorThisServerCouldNotHaveGivenIs422() async throws {
        try await TestApp.run { app in
            let supervisor = try await app.session("supervisor", kind: .api).token
            for bad in ["x", "1", ".abc", "1.", "1.a/b", "1.a.b", "n", "99999999999999999999.a", "+1.a", "1 .a", String(repeating: "1", count: 20) + ".a",
                        "1." + String(repeating: "a", count: 65)] {
                let encoded = bad.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                let response = try await app.api(.get, "/api/v1/disputes?after=\(encoded)", token: supervisor)
                #expect(response.status == .unprocessableContent, "after=\(bad)")
                #expect(try response.json()["error"].flatMap { ($0 as? [String: Any])?["code"] as? String } == "bad_after", "after=\(bad)")
            }
            // Never with an offset: one says where the page starts.
            #expect(try await app.api(.get, "/api/v1/work-orders?after=1.a&offset=5", token: supervisor).status == .unprocessableContent)
            // A well-formed cursor of no row of the list is a position all the same.
            #expect(try await app.api(.get, "/api/v1/petitions?after=n.zzz", token: supervisor).status.code < 500)
            #expect(try await app.api(.get, "/api/v1/work-orders?after=-5.a&offset=0", token: supervisor).status == .ok)
        }
    }

    @Test func tokensReadBackAsTheyWereGiven() throws {
        for cursor in [ListCursor(value: 1_764_806_400, id: "0193a1b2c3d4e5f60718293a4b5c6d7e"), ListCursor(value: nil, id: "demo-dispute-1"),
                       ListCursor(value: -1, id: "a_b"), ListCursor(value: .max, id: "x"), ListCursor(value: .min, id: "x")] {
            #expect(try ListCursor(token: cursor.token) == cursor)
        }
        #expect(ListCursor.next(after: [1, 2], limit: 3) { ListCursor(value: Int64($0), id: "i") } == nil)
        #expect(ListCursor.next(after: [1, 2, 3], limit: 3) { ListCursor(value: Int64($0), id: "i") } == ListCursor(value: 3, id: "i"))
    }
}
