import Foundation
import Kernel
import SQLKit

/// SQL for residents. Every list takes a scope and whether sealed records may show.
public struct ResidentStore: Sendable {
    /// The sealed residents' ids, read off their own small index (registry_0019): the few to leave out of a list of people
    /// (a firm's employees, the permits due) without reading each listed person's row to see whether they are sealed.
    /// The 1 is written out: SQLite takes a partial index only for the very condition it was made with, not a bound value.
    static var sealedIds: SQLGroupExpression {
        SQLGroupExpression(SQLSubquery.select { $0.column("id").from("residents").where("sealed", .equal, SQLLiteral.numeric("1")) })
    }

    /// Who `ids` are (name, ID number, grid), by id: the people a page of records names (permit holders, a firm's employees),
    /// read for that page alone.
    struct Named: Decodable { let id: String, name: String, id_number: String, grid_code: String }

    static func named(_ ids: [String], on sql: any SQLDatabase) async throws -> [String: Named] {
        guard !ids.isEmpty else { return [:] }
        let people = try await sql.select().columns("id", "name", "id_number", "grid_code").from("residents").where("id", .in, Array(Set(ids)))
            .all(decoding: Named.self)
        return Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public init() {}

    static let columns = ["id", "name", "id_number", "sex", "birth_date", "ethnicity", "phone", "registered_address",
                          "current_address", "population_type", "grid_code", "building_code", "sealed"]

    struct Row: Decodable {
        let id: String, name: String, id_number: String, sex: String, birth_date: String, ethnicity: String
        let phone: String?, registered_address: String, current_address: String, population_type: String
        let grid_code: String, building_code: String?, sealed: Int64

        var resident: Resident {
            Resident(id: id, name: name, idNumber: id_number, sex: CitizenID.Sex(rawValue: sex) ?? .male,
                     birthDate: Day(birth_date) ?? Day(year: 1900, month: 1, day: 1), ethnicity: ethnicity, phone: phone,
                     registeredAddress: registered_address, currentAddress: current_address,
                     populationType: PopulationType(rawValue: population_type) ?? .registered, gridCode: grid_code,
                     buildingCode: building_code, sealed: sealed != 0)
        }
    }

    public func find(id: String, on sql: any SQLDatabase) async throws -> Resident? {
        try await sql.select().columns(Self.columns).from("residents").where("id", .equal, id).first(decoding: Row.self)?.resident
    }

    public func find(idNumber: String, on sql: any SQLDatabase) async throws -> Resident? {
        try await sql.select().columns(Self.columns).from("residents").where("id_number", .equal, idNumber).first(decoding: Row.self)?.resident
    }

    public struct Filter: Sendable {
        public var scope: Scope
        public var grid: String?
        public var type: PopulationType?
        public var name: String?
        /// An exact full ID number, only for callers allowed to search by it.
        public var idNumber: String?
        public var includeSealed: Bool
        /// Whether a text search reads the bigram index first; off only to measure it (`bench search`).
        public var searchIndex = true

        /// The filter for a search box: a full ID number searches exactly, and only for roles that
        /// may see full numbers (for others it is text matched against names and addresses);
        /// sealed records only for the roles the law names.
        public static func search(_ q: String?, within scope: Scope, grid: String? = nil, type: PopulationType?, by staff: Staff) -> Filter {
            let idNumber = q.flatMap { try? CitizenID($0) }.flatMap { staff.can(.viewFullIdentifiers) ? $0.value : nil }
            return Filter(scope: scope, grid: grid, type: type, name: idNumber == nil ? q : nil, idNumber: idNumber,
                          includeSealed: staff.can(.viewSealedRecords))
        }

        public init(scope: Scope, grid: String? = nil, type: PopulationType? = nil, name: String? = nil, idNumber: String? = nil, includeSealed: Bool) {
            self.scope = scope
            self.grid = grid
            self.type = type
            self.name = name
            self.idNumber = idNumber
            self.includeSealed = includeSealed
        }

        /// The text searched in names and addresses (none when the search is an ID number).
        var text: String? { idNumber == nil ? name.flatMap { $0.isEmpty ? nil : $0 } : nil }

        /// Where the list's total stops counting: a text search sooner than a list.
        public var countCap: Int { text == nil ? ListTotal.cap : ListTotal.searchCap }

        /// The one range of grids the list reads: the grid asked for when it lies inside the caller's
        /// scope, the scope when the grid holds it, nil when they do not meet. Both ranges on the one
        /// column let SQLite use only one: a county clerk's `grid=` list walked the county (1.1 s at 3M).
        var narrowest: Scope? {
            guard let grid else { return scope }
            if scope.contains(grid) { return Scope(rootCode: grid) }
            return Scope(rootCode: grid).contains(scope.rootCode) ? scope : nil
        }
    }

    /// A page of the people `filter` selects in (grid, name) order, with their total counted up to
    /// `ListTotal.cap` + 1, or `ListTotal.searchCap` + 1 for a text search. A text search found
    /// through the index is read as two disjoint halves — those whose name holds the text, and
    /// those whose address holds it and name does not — each off its own index, merged here; so it
    /// pages only as deep as its cap.
    public func list(_ filter: Filter, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Resident], total: Int) {
        guard let within = filter.narrowest else { return ([], 0) }
        // A search's halves are found by their terms: the type's index (registry_0011) would walk all its people instead (1 s for a county).
        func scoped(_ builder: SQLSelectBuilder, typeIndexed: Bool = true) -> SQLSelectBuilder {
            var builder = builder.from("residents").where("grid_code", within: within)
            if let type = filter.type { builder = builder.where(listColumn("population_type", indexed: typeIndexed), .equal, SQLBind(type.rawValue)) }
            if !filter.includeSealed { builder = builder.where("sealed", .equal, 0) }
            return builder
        }
        func page(_ selected: (SQLSelectBuilder) -> SQLSelectBuilder, limit: Int, offset: Int, byId: Bool = false) async throws -> [Resident] {
            let ordered = selected(sql.select().columns(Self.columns)).orderBy("grid_code").orderBy("name")
            return try await (byId ? ordered.orderBy("id") : ordered).limit(limit).offset(offset).all(decoding: Row.self).map(\.resident)
        }
        let text = filter.text
        if let text, filter.searchIndex, let found = ResidentSearchIndex.candidates(text, within: within) {
            let pattern = SQLBind(containsPattern(text))
            func byName(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
                scoped(b, typeIndexed: false).where("id", .in, found.names).where(SQLColumn("name"), .like, pattern)
            }
            func byAddress(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
                scoped(b, typeIndexed: false).where("grid_code", .in, found.grids).where(SQLColumn("current_address"), .like, pattern)
                    .where(SQLColumn("name"), .notLike, pattern)
            }
            // Namesakes of one grid are ordered by id too, so each half's first rows are the merge's.
            return try await sql.mergedPage(of: [byName, byAddress], limit: limit, offset: offset, cap: filter.countCap,
                                            read: { half, first in try await page(half, limit: first, offset: 0, byId: true) }, by: Self.listOrder)
        }
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            if let idNumber = filter.idNumber { return scoped(builder).where("id_number", .equal, idNumber) }
            guard let text else { return scoped(builder) }
            let pattern = SQLBind(containsPattern(text))
            return scoped(builder).where { $0.where(SQLColumn("name"), .like, pattern).orWhere(SQLColumn("current_address"), .like, pattern) }
        }
        let people = try await page(filtered, limit: limit, offset: offset)
        return (people, try await sql.listTotal(cap: filter.countCap, afterReading: people.count, limit: limit, offset: offset, filtered))
    }

    /// The lists' (grid, name) order as the databases keep it (bytes), then the id.
    static func listOrder(_ a: Resident, _ b: Resident) -> Bool {
        for (x, y) in [(a.gridCode, b.gridCode), (a.name, b.name), (a.id, b.id)] where !x.utf8.elementsEqual(y.utf8) {
            return ResidentSearchIndex.precedes(x, y)
        }
        return false
    }

    public func update(_ r: Resident, at now: Date, on sql: any SQLDatabase) async throws {
        let before = try await sql.select().columns(ResidentSearchIndex.Entry.columns).from("residents")
            .where("id", .equal, r.id).first(decoding: ResidentSearchIndex.Entry.self)
        try await sql.update("residents")
            .set("name", to: r.name).set("id_number", to: r.idNumber).set("sex", to: r.sex.rawValue)
            .set("birth_date", to: r.birthDate.description).set("ethnicity", to: r.ethnicity).set("phone", to: r.phone)
            .set("registered_address", to: r.registeredAddress).set("current_address", to: r.currentAddress)
            .set("population_type", to: r.populationType.rawValue).set("grid_code", to: r.gridCode)
            .set("building_code", to: r.buildingCode).set("sealed", to: r.sealed ? 1 : 0).set("updated_at", to: now.epochSeconds)
            .where("id", .equal, r.id).run()
        // A tenant who is no longer floating, or whose record is sealed, leaves the ended-tenancies list (and comes back).
        try await HouseStore.keepListed(of: [r.id], on: sql)
        // The index only grows, so an edit that leaves what it holds alone adds nothing to it.
        if before.map({ ($0.name, $0.current_address, $0.grid_code) != (r.name, r.currentAddress, r.gridCode) }) ?? true {
            try await ResidentSearchIndex().add([r], on: sql)
        }
    }

    /// Of `ids`, those registered (an import's rows whose ID number was already taken were left out).
    func registered(_ ids: [String], on sql: any SQLDatabase) async throws -> Set<String> {
        var found = Set<String>()
        for chunk in ids.chunked(by: 1_000) {
            found.formUnion(try await sql.select().column("id").from("residents").where("id", .in, Array(chunk)).all(decodingColumn: "id", as: String.self))
        }
        return found
    }

    /// How many other people share the resident's household (a move of grid must take them along).
    public func householdCompanions(of id: String, on sql: any SQLDatabase) async throws -> Int {
        let household = try await sql.select().column("household_id").from("household_members").where("resident_id", .equal, id)
            .first()?.decode(column: "household_id", as: String.self)
        guard let household else { return 0 }
        return try await sql.count { $0.from("household_members").where("household_id", .equal, household).where("resident_id", .notEqual, id) }
    }


    static let insertColumns = columns + ["created_at", "updated_at"]

    /// A resident as the values of `insertColumns`.
    static func bulkRow(_ r: Resident, at now: Date) -> [BulkValue] {
        [
            .text(r.id), .text(r.name), .text(r.idNumber), .text(r.sex.rawValue), .text(r.birthDate.description), .text(r.ethnicity),
            .text(r.phone), .text(r.registeredAddress), .text(r.currentAddress), .text(r.populationType.rawValue), .text(r.gridCode),
            .text(r.buildingCode), .integer(r.sealed ? 1 : 0), .integer(Int(now.epochSeconds)), .integer(Int(now.epochSeconds)),
        ]
    }

    public func insert(_ residents: [Resident], at now: Date, on sql: any SQLDatabase) async throws {
        for chunk in residents.chunked(by: 500) {
            var insert = sql.insert(into: "residents").columns(Self.insertColumns)
            for r in chunk { insert = insert.values(Self.bulkRow(r, at: now).map(\.bind)) }
            try await insert.run()
        }
        try await ResidentSearchIndex().add(residents, on: sql)
    }

    /// Of `ids`, the residents in `scope` a record may link to (sealed ones are never offered).
    func linkable(_ ids: [String], within scope: Scope, on sql: any SQLDatabase) async throws -> [String] {
        try await sql.select().column("id").from("residents").where("id", .in, ids).where("grid_code", within: scope)
            .where("sealed", .equal, 0).all(decodingColumn: "id", as: String.self)
    }

    /// People under a unit by population type; sealed records only when `sealedToo`.
    func countsByType(under code: String, sealedToo: Bool, on sql: any SQLDatabase) async throws -> [String: Int] {
        var query = sql.select().column("population_type").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("residents").where("grid_code", within: Scope(rootCode: code))
        if !sealedToo { query = query.where("sealed", .equal, 0) }
        var counts: [String: Int] = [:]
        for row in try await query.groupBy("population_type").all() {
            counts[try row.decode(column: "population_type", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }
}
