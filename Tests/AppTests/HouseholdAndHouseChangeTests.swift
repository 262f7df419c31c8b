import CivicGridApp
import Foundation
import Kernel
import Testing

@Suite("Households and houses: changes after registration")
struct HouseholdAndHouseChangeTests {
    @Test func membersJoinLeaveAndTheHeadChanges() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let path = "/api/v1/households/demo-household-1"
            let start = try await app.api(.get, path, token: worker).json()
            #expect((start["members"] as? [[String: Any]])?.map { $0["relation"] as? String } == ["head", "spouse"])

            #expect(try await app.api(.post, path + "/members", token: worker, json: #"{"resident_id":"demo-resident-2","relation":"head"}"#).status == .unprocessableContent)
            #expect(try await app.api(.post, path + "/members", token: worker, json: #"{"resident_id":"demo-resident-7","relation":"child"}"#).status == .unprocessableContent)
            let joined = try await app.api(.post, path + "/members", token: worker, json: #"{"resident_id":"demo-resident-2","relation":"child"}"#)
            #expect(joined.status == .ok)
            #expect((try joined.json()["members"] as? [[String: Any]])?.count == 3)

            #expect(try await app.api(.post, path + "/members/demo-resident-4/remove", token: worker).status == .unprocessableContent)
            let newHead = try await app.api(.post, path + "/head", token: worker, json: #"{"resident_id":"demo-resident-5","former_head_relation":"spouse"}"#)
            #expect(newHead.status == .ok)
            let removed = try await app.api(.post, path + "/members/demo-resident-4/remove", token: worker)
            #expect(removed.status == .ok)
            let members = try removed.json()["members"] as? [[String: Any]]
            #expect(members?.first?["resident_id"] as? String == "demo-resident-5")
            #expect(members?.first?["relation"] as? String == "head")
            #expect(members?.count == 2)
            #expect(try await app.auditActions().filter { $0.hasPrefix("household.") }.count == 3)
        }
    }

    @Test func aHouseholdMovesWithItsMembers() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let move = #"{"grid_code":"330199001001002","address":"幸福里2号"}"#
            #expect(try await app.api(.patch, "/api/v1/households/demo-household-1", token: worker, json: move).status == .unprocessableContent)
            let clerk = try await app.session("clerk", kind: .api).token
            let moved = try await app.api(.patch, "/api/v1/households/demo-household-1", token: clerk, json: move)
            #expect(moved.status == .ok)
            #expect(try moved.json()["grid_code"] as? String == "330199001001002")
            let member = try await app.api(.get, "/api/v1/residents/demo-resident-4", token: clerk).json()
            #expect(member["grid_code"] as? String == "330199001001002")
            // The search box finds them in the new grid (the search index followed the move).
            let name = try #require(member["name"] as? String)
            let found = try await app.api(.get, "/api/v1/residents?grid=330199001001002&q=" + name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, token: clerk)
            #expect((try found.json()["items"] as? [[String: Any]])?.contains { $0["id"] as? String == "demo-resident-4" } == true)
            // The household list finds it by its new address in the new grid (its address index followed the move), with its
            // members counted, and not in the old grid; by one character too.
            for (query, grid, total) in [("幸福里2", "330199001001002", 1), ("里2号", "330199001001002", 1), ("2", "330199001001002", 1),
                                         ("幸福里2", "330199001001001", 0), ("幸福里9", "330199001001002", 0)] {
                let q = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                let list = try await app.api(.get, "/api/v1/households?grid=\(grid)&q=\(q)", token: clerk).json()
                #expect(list["total"] as? Int == total, "\(query) in \(grid)")
                if total == 1 { #expect((list["items"] as? [[String: Any]])?.first?["members"] as? Int == 2) }
            }
            // The grid worker of the old grid no longer sees the household or its members.
            #expect(try await app.api(.get, "/api/v1/households/demo-household-1", token: worker).status == .notFound)
            #expect(try await app.api(.get, "/api/v1/residents/demo-resident-5", token: worker).status == .notFound)
        }
    }

    @Test func housesAreCorrectedAndTenanciesEndEarly() async throws {
        try await TestApp.run { app in
            let worker = try await app.session("gridworker1", kind: .api).token
            let house = try await app.api(.get, "/api/v1/houses/demo-house-1", token: worker).json()
            #expect((house["rentals"] as? [[String: Any]])?.first?["id"] as? String == "demo-rental-1")
            let owner = try #require((house["house"] as? [String: Any])?["owner"] as? String)
            let fixed = try await app.api(.patch, "/api/v1/houses/demo-house-1", token: worker, json: #"{"area":91.2,"owner":"王建平"}"#)
            #expect(fixed.status == .ok)
            #expect(try fixed.json()["area"] as? Double == 91.2)
            #expect(try await app.api(.patch, "/api/v1/houses/demo-house-1", token: worker, json: #"{"area":-1}"#).status == .unprocessableContent)
            #expect(try await app.api(.patch, "/api/v1/houses/demo-house-1", token: worker, json: #"{"use":"castle"}"#).status == .unprocessableContent)

            #expect(try await app.api(.post, "/api/v1/rentals/demo-rental-1/end", token: worker, json: #"{"to_on":"2030-01-01"}"#).status == .unprocessableContent)
            let ended = try await app.api(.post, "/api/v1/rentals/demo-rental-1/end", token: worker, json: #"{"to_on":"2026-10-31"}"#)
            #expect(ended.status == .ok)
            // The floating tenant now shows among those whose tenancy has ended.
            func listed() async throws -> Bool {
                let list = try await app.api(.get, "/api/v1/rentals/ended", token: worker).json()
                return (list["items"] as? [[String: Any]])?.contains { $0["resident_id"] as? String == "demo-resident-2" } == true
            }
            #expect(try await listed())
            // Registered as a resident of the place, they are no longer followed up as a departed tenant; floating again, they are.
            for (type, expected) in [("registered", false), ("floating", true)] {
                let changed = try await app.api(.patch, "/api/v1/residents/demo-resident-2", token: worker, json: #"{"population_type":"\#(type)"}"#)
                #expect(changed.status == .ok, "\(changed.text)")
                #expect(try await listed() == expected, "\(type)")
            }

            let filtered = try await app.api(.get, "/api/v1/houses?grid=330199001001001&type=residential&q=王建", token: worker).json()
            #expect(filtered["total"] as? Int == 1)
            #expect(try await app.api(.get, "/api/v1/houses?grid=330199001001002", token: worker).json()["total"] as? Int == 0)
            // A building as the filter: its houses, and none of another building of the same grid.
            #expect(try await app.api(.get, "/api/v1/houses?grid=330199001001001001", token: worker).json()["total"] as? Int == 1)
            #expect(try await app.api(.get, "/api/v1/houses?grid=330199001001001009", token: worker).json()["total"] as? Int == 0)
            #expect(try await app.api(.get, "/api/v1/houses?grid=330199001001001001&q=王建", token: worker).json()["total"] as? Int == 1)
            #expect(try await app.api(.get, "/api/v1/houses?grid=330199001001001009&q=王建", token: worker).json()["total"] as? Int == 0)
            // The search index keeps the owner's old name (it only grows); the row checked, the house is not found by it.
            let before = try #require(owner.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            #expect(try await app.api(.get, "/api/v1/houses?q=\(before)", token: worker).json()["total"] as? Int == 0)
            #expect(try await app.api(.get, "/api/v1/houses?q=%E5%BB%BA%E5%B9%B3", token: worker).json()["total"] as? Int == 1)
            let other = try await app.session("gridworker2", kind: .api).token
            #expect(try await app.api(.post, "/api/v1/rentals/demo-rental-1/end", token: other, json: "{").status == .notFound)
        }
    }
}

@Suite("Register API filters")
struct RegisterFilterTests {
    @Test func gridTypeAndTextFiltersOnEveryList() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            func total(_ path: String) async throws -> Int? { try await app.api(.get, path, token: clerk).json()["total"] as? Int }
            #expect(try await total("/api/v1/organisations?type=enterprise&grid=330199001001001") == 1)
            #expect(try await total("/api/v1/organisations?type=public_institution") == 0)
            #expect(try await app.api(.get, "/api/v1/organisations?type=club", token: clerk).status == .unprocessableContent)
            let address = try #require(try await app.api(.get, "/api/v1/households/demo-household-1", token: clerk).json()["address"] as? String)
            #expect(try await total("/api/v1/households?q=\(address.suffix(4).addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)") == 1)
            #expect(try await total("/api/v1/households?q=%E4%B8%8D%E5%AD%98%E5%9C%A8") == 0)
            #expect(try await total("/api/v1/households?grid=330199001001002") == 0)
            #expect(try await total("/api/v1/houses?q=301") == 1)
        }
    }
}
