import CivicGridApp
import Foundation
import Kernel
import SQLKit
import Testing
@testable import Registry

/// The search box reads a bigram index (`ResidentSearchIndex`) before it checks rows; whatever the
/// index holds, a search must find exactly what `LIKE` over every row of the scope finds, after
/// registrations, renames, moves and imports, on both databases.
@Suite("Resident search: the index finds what a plain LIKE finds")
struct ResidentSearchTests {
    struct Plain: Decodable { let id: String, name: String, current_address: String, grid_code: String, sealed: Int64 }

    static let names = ["张伟", "张伟明", "王子涵", "欧阳子涵", "李娜", "Anna Li", "张", "陈%伟", "幸福"]
    static let addresses = ["云溪县解放路12号", "云溪县解放路120号", "幸福里2号3单元", "人民路5号", "Green Road 7"]
    static let searches = ["张伟", "伟明", "子涵", "欧阳", "张伟明", "张", "解放路12", "解放路12号", "路1", "2号", "幸福里",
                           "anna", "ANNA LI", "road", "陈%伟", "%伟", "陈_", "伟", "无此人", "云溪县解放路120号", "Li", String(repeating: "张伟明", count: 3_000)]

    /// A registered resident of `grid` whose valid ID number is made of the county, `born` and `sequence`.
    static func resident(_ id: String, name: String, address: String, grid: String, born: Day, sequence: Int,
                         sex: CitizenID.Sex = .male, sealed: Bool = false) -> Resident {
        let body = "330199" + String(format: "%04d%02d%02d%03d", born.year, born.month, born.day, sequence)
        return Resident(id: id, name: name, idNumber: body + String(CitizenID.checkCharacter(for: body)), sex: sex, birthDate: born,
                        ethnicity: "汉族", phone: nil, registeredAddress: "浙江省云溪县", currentAddress: address, populationType: .registered,
                        gridCode: grid, buildingCode: nil, sealed: sealed)
    }

    @Test func everySearchIsWhatAPlainLikeGives() async throws {
        try await TestApp.run { app in
            let database = app.services.database, now = Date()
            let grids = try await app.gridCodes()
            try #require(grids.count >= 4)
            let store = ResidentStore()
            var residents = (0..<120).map { i in
                Self.resident("search-\(i)", name: Self.names[i % Self.names.count], address: Self.addresses[i % Self.addresses.count],
                              grid: grids[i % grids.count], born: Day(year: 1980, month: 1 + i % 12, day: 1 + i % 28), sequence: i,
                              sex: .female, sealed: i % 17 == 0)
            }
            let registered = residents
            try await database.transaction { sql in try await store.insert(registered, at: now, on: sql) }
            // Renamed, moved and re-addressed after they were indexed: the old entries stay behind.
            for i in [1, 2, 3] {
                residents[i].name = ["刘德华", "张伟", "Zed"][i - 1]
                residents[i].gridCode = grids[(i + 2) % grids.count]
                residents[i].currentAddress = "新华路\(i)号"
                let changed = residents[i]
                try await database.transaction { sql in try await store.update(changed, at: now, on: sql) }
            }
            // And some through the importer's bulk path.
            let imported = SyntheticResidents.csv(rows: 0..<40, grids: Array(grids.prefix(3)))
            _ = try await RegistryImporter(database: database, clock: app.services.clock, units: app.services.grids, strings: app.services.views.strings)
                .run(.residents, data: imported, scope: Scope(rootCode: ""), actor: nil)

            let plain = try await database.read { sql in
                try await sql.select().columns("id", "name", "current_address", "grid_code", "sealed").from("residents").all(decoding: Plain.self)
            }
            let scopes = [grids[0], String(grids[0].prefix(12)), String(grids[0].prefix(9)), String(grids[0].prefix(6))]
            var found = 0
            for q in Self.searches {
                for root in scopes {
                    for sealedToo in [false, true] {
                        let filter = ResidentStore.Filter(scope: Scope(rootCode: root), name: q, includeSealed: sealedToo)
                        let got = try await database.read { try await store.list(filter, limit: 500, offset: 0, on: $0) }
                        let expected = try await database.read { sql in
                            let query = sql.select().column("id").from("residents").where("grid_code", within: Scope(rootCode: root))
                                .where { $0.where(SQLColumn("name"), .like, SQLBind(containsPattern(q))).orWhere(SQLColumn("current_address"), .like, SQLBind(containsPattern(q))) }
                            return try await (sealedToo ? query : query.where("sealed", .equal, 0)).all(decodingColumn: "id", as: String.self)
                        }
                        #expect(Set(got.items.map(\.id)) == Set(expected), "\(q) in \(root)")
                        #expect(got.total == expected.count, "\(q) in \(root) total")
                        found += expected.count
                    }
                }
            }
            #expect(found > 200, "the searches must find people, not only agree on nobody")
            // The moved resident is found in the new grid by the new name, and not by the old one there.
            let moved = try await database.read {
                try await store.list(.init(scope: Scope(rootCode: grids[3]), name: "刘德华", includeSealed: true), limit: 10, offset: 0, on: $0)
            }
            #expect(moved.items.map(\.id) == ["search-1"])
            #expect(plain.contains { $0.id == "search-1" && $0.name == "刘德华" && $0.grid_code == grids[3] })
        }
    }

    /// The index only grows, so a second run of the same import file (every row already registered)
    /// must not grow it: only the people a run writes are indexed. An edit of a phone number keeps
    /// the person as indexed, and a rename is found by the new name.
    @Test func theIndexGrowsOnlyWithWhatItHolds() async throws {
        try await TestApp.run { app in
            let database = app.services.database, store = ResidentStore()
            let grids = try await app.gridCodes()
            let importer = RegistryImporter(database: database, clock: app.services.clock, units: app.services.grids, strings: app.services.views.strings)
            let file = SyntheticResidents.csv(rows: 0..<60, grids: Array(grids.prefix(3)))
            let before = try await database.read { try await ResidentSearchIndex.indexedNames(on: $0) }
            let first = try await importer.run(.residents, data: file, scope: Scope(rootCode: ""), actor: nil)
            let afterImport = try await database.read { try await ResidentSearchIndex.indexedNames(on: $0) }
            #expect(first.inserted == 60 && afterImport == before + 60)
            let again = try await importer.run(.residents, data: file, scope: Scope(rootCode: ""), actor: nil)
            #expect(again.inserted == 0)
            #expect(try await database.read { try await ResidentSearchIndex.indexedNames(on: $0) } == afterImport)

            let someone = try #require(try await database.read { sql in
                try await store.list(.init(scope: Scope(rootCode: grids[0]), includeSealed: true), limit: 1, offset: 0, on: sql).items.first
            })
            var edited = someone
            edited.phone = "13900001111"
            try await database.transaction { [edited] sql in try await store.update(edited, at: Date(), on: sql) }
            #expect(try await database.read { try await ResidentSearchIndex.indexedNames(on: $0) } == afterImport)
            edited.name = "司马相如"
            try await database.transaction { [edited] sql in try await store.update(edited, at: Date(), on: sql) }
            let found = try await database.read { sql in
                try await store.list(.init(scope: Scope(rootCode: grids[0]), name: "马相", includeSealed: true), limit: 10, offset: 0, on: sql)
            }
            #expect(found.items.map(\.id) == [someone.id])
        }
    }

    /// A search read through the index is two halves (names, addresses) merged: its pages, read one
    /// after another, are the whole list in (grid, name, id) order, each person once, however the
    /// halves interleave; a person whose name and address both match counts once.
    @Test func aSearchPagesInListOrder() async throws {
        try await TestApp.run { app in
            let database = app.services.database, store = ResidentStore()
            let grids = try await app.gridCodes()
            try #require(grids.count >= 3)
            let residents = (0..<45).map { i in
                // Names and addresses that hold 幸福 interleave in every grid; some people hold it in both.
                Self.resident("page-\(i)", name: ["幸福", "王芳", "幸福来", "李明"][i % 4], address: ["幸福里\(i)号", "人民路\(i)号", "幸福路\(i)号"][i % 3],
                              grid: grids[i % 3], born: Day(year: 1990, month: 1 + i % 12, day: 1 + i % 28), sequence: i)
            }
            try await database.transaction { sql in try await store.insert(residents, at: Date(), on: sql) }
            let scope = Scope(rootCode: String(grids[0].prefix(6)))
            // Whoever else the register holds (the demo county) counts too: what a plain LIKE finds, in (grid, name, id) byte order.
            let expected = try await database.read { sql in
                try await sql.select().columns("id", "name", "current_address", "grid_code", "sealed").from("residents")
                    .where("grid_code", within: scope).where("sealed", .equal, 0)
                    .where { $0.where(SQLColumn("name"), .like, SQLBind("%幸福%")).orWhere(SQLColumn("current_address"), .like, SQLBind("%幸福%")) }
                    .all(decoding: Plain.self)
            }.sorted { a, b in
                [(a.grid_code, b.grid_code), (a.name, b.name), (a.id, b.id)].first { !$0.0.utf8.elementsEqual($0.1.utf8) }
                    .map { $0.0.utf8.lexicographicallyPrecedes($0.1.utf8) } ?? false
            }.map(\.id)
            #expect(expected.count > 30)
            var paged: [String] = []
            for offset in stride(from: 0, to: expected.count + 7, by: 7) {
                let page = try await database.read { try await store.list(.init(scope: scope, name: "幸福", includeSealed: false), limit: 7, offset: offset, on: $0) }
                #expect(page.total == expected.count)
                paged += page.items.map(\.id)
            }
            #expect(paged == expected)
        }
    }

    /// A search stops counting past `ListTotal.searchCap` and pages no deeper, through the index
    /// (two characters) and without it (one); the plain list counts on.
    @Test func aSearchCountsToItsCap() async throws {
        try await TestApp.run { app in
            let database = app.services.database, store = ResidentStore()
            let grid = try #require(try await app.gridCodes().first)
            let many = ListTotal.searchCap + 20
            let residents = (0..<many).map { i in
                Self.resident("cap-\(i)", name: "欧阳\(i)", address: "云溪县翠湖路\(i)号", grid: grid,
                              born: Day(year: 1950 + i % 50, month: 1 + i % 12, day: 1 + i % 28), sequence: i % 1000)
            }
            try await database.transaction { sql in try await store.insert(residents, at: Date(), on: sql) }
            let scope = Scope(rootCode: grid)
            for q in ["欧阳", "翠湖路", "欧"] {
                let first = try await database.read { try await store.list(.init(scope: scope, name: q, includeSealed: true), limit: 50, offset: 0, on: $0) }
                #expect(first.total == ListTotal.searchCap + 1, "\(q)")
                #expect(first.items.count == 50)
                let beyond = try await database.read { try await store.list(.init(scope: scope, name: q, includeSealed: true), limit: 50, offset: ListTotal.searchCap, on: $0) }
                if q.count > 1 { #expect(beyond.items.isEmpty, "\(q) pages no deeper than the cap") }
            }
            let plain = try await database.read { try await store.list(.init(scope: scope, includeSealed: true), limit: 50, offset: 0, on: $0) }
            #expect(plain.total > ListTotal.searchCap + 1)
            #expect(ListTotal.label(ListTotal.searchCap + 1, cap: ListTotal.searchCap) == "1000+")
        }
    }

    @Test func bigramsOfNamesAndAddresses() {
        #expect(ResidentSearchIndex.bigrams("张伟") == ["张伟"])
        #expect(ResidentSearchIndex.bigrams("欧阳子涵") == ["欧阳", "阳子", "子涵"])
        #expect(ResidentSearchIndex.bigrams("张") == [])
        #expect(ResidentSearchIndex.bigrams("AnNa") == ["an", "nn", "na"])
        #expect(ResidentSearchIndex.bigrams("哈哈哈") == ["哈哈"])
        #expect(ResidentSearchIndex.terms("路12号") == ["路1", "12", "2号", "路12", "12号"])
        // A search reads a place's trigrams, or its one bigram, without the pattern's wildcards.
        #expect(ResidentSearchIndex.placeTerms(searched: "路12号") == ["路12", "12号"])
        #expect(ResidentSearchIndex.placeTerms(searched: "1%2") == ["12"])
        #expect(ResidentSearchIndex.placeTerms(searched: "路") == [])
    }
}
