import Foundation
import Kernel
import SQLKit

/// SQL for the jurisdiction tree. Every list takes a scope; nothing here reads outside it.
public struct GridStore: Sendable {
    public init() {}

    static let columns = ["code", "parent_code", "level", "name", "settlement", "households", "address", "polygon", "lon", "lat"]

    struct Row: Decodable {
        let code: String
        let parent_code: String?
        let level: String
        let name: String
        let settlement: String
        let households: Int?
        let address: String?
        var polygon: String?
        let lon: Double?
        let lat: Double?

        var unit: JurisdictionUnit {
            JurisdictionUnit(
                code: code, parentCode: parent_code, level: UnitLevel(rawValue: level) ?? .grid, name: name,
                settlement: Settlement(rawValue: settlement) ?? .urban, households: households, address: address,
                polygon: polygon.flatMap { try? GeoJSON.parsePolygon($0) },
                point: lon.flatMap { lon in lat.map { GeoPoint(lon: lon, lat: $0) } }
            )
        }
    }

    public func find(_ code: String, on sql: any SQLDatabase) async throws -> JurisdictionUnit? {
        try await sql.select().columns(Self.columns).from("units").where("code", .equal, code)
            .first(decoding: Row.self)?.unit
    }

    /// The unit without its outline: cheaper where only names and counts are shown.
    public func summary(_ code: String, on sql: any SQLDatabase) async throws -> JurisdictionUnit? {
        try await sql.select().columns(Self.columns.filter { $0 != "polygon" }).from("units").where("code", .equal, code)
            .first(decoding: Row.self)?.unit
    }

    public func children(of code: String, on sql: any SQLDatabase) async throws -> [JurisdictionUnit] {
        try await sql.select().columns(Self.columns).from("units").where("parent_code", .equal, code)
            .orderBy("code").all(decoding: Row.self).map(\.unit)
    }

    /// The chain from the root down to `code` (inclusive).
    public func ancestry(of code: String, on sql: any SQLDatabase) async throws -> [JurisdictionUnit] {
        let prefixes = UnitLevel.allCases.map(\.codeLength).filter { $0 <= code.count }.map { String(code.prefix($0)) }
        return try await sql.select().columns(Self.columns).from("units").where("code", .in, prefixes)
            .orderBy("code").all(decoding: Row.self).map(\.unit)
    }

    /// Counts of descendants by level under `code`, one query.
    public func descendantCounts(under code: String, on sql: any SQLDatabase) async throws -> [UnitLevel: Int] {
        let rows = try await sql.select().column("level").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("units").where("code", within: Scope(rootCode: code)).where("code", .notEqual, code)
            .groupBy("level").all()
        var counts: [UnitLevel: Int] = [:]
        for row in rows {
            if let level = UnitLevel(rawValue: try row.decode(column: "level", as: String.self)) {
                counts[level] = try row.decode(column: "n", as: Int.self)
            }
        }
        return counts
    }

    /// Grids inside `scope`, optionally under one unit or matching a name, by code.
    public func grids(within scope: Scope, under parent: String?, query: String?, limit: Int, offset: Int,
                      on sql: any SQLDatabase) async throws -> (items: [JurisdictionUnit], total: Int) {
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            var builder = builder.from("units").where("level", .equal, UnitLevel.grid.rawValue).where("code", within: scope)
            if let parent { builder = builder.where("code", within: Scope(rootCode: parent)) }
            if let query, !query.isEmpty {
                builder = builder.where(SQLColumn("name"), .like, SQLBind(containsPattern(query)))
            }
            return builder
        }
        // Without a name the grids under the narrower of the scope and the unit asked for are kept counted (`UnitTallies`).
        let root = parent.map { $0.count > scope.rootCode.count ? $0 : scope.rootCode } ?? scope.rootCode
        let nested = parent.map { $0.hasPrefix(scope.rootCode) || scope.rootCode.hasPrefix($0) } ?? true
        let kept = query?.isEmpty ?? true ? try await UnitTallies.count(level: UnitLevel.grid.rawValue, under: root, on: sql).map { nested ? $0 : 0 } : nil
        // Outlines are left out: a list shows names and counts, and parsing 50 outlines dominated its cost. Past the first page
        // the skipped grids are walked as codes alone, from the end when that is nearer: read whole, a county's last page
        // (10,000 in) read 10,000 rows.
        let items = try await sql.page(of: "units", columns: Self.columns.filter { $0 != "polygon" }, orderedBy: [("code", .ascending)],
                                       limit: limit, offset: offset, total: kept, decoding: Row.self, keyedBy: \.code, where: filtered).map(\.unit)
        if let kept { return (items, kept) }
        // A search's total is exact, as the list's is (a city holds 40,000 grids), but not counted when its page tells it.
        return (items, try await sql.listTotal(cap: 100_000_000, afterReading: items.count, limit: limit, offset: offset, filtered))
    }

    /// Grids and communities whose bounding box touches `box`: the candidates for an overlap check.
    public func outlines(level: UnitLevel, touching box: BoundingBox, on sql: any SQLDatabase) async throws -> [JurisdictionUnit] {
        try await sql.select().columns(Self.columns).from("units")
            .where("level", .equal, level.rawValue)
            .where("min_lon", .lessThanOrEqual, box.maxLon).where("max_lon", .greaterThanOrEqual, box.minLon)
            .where("min_lat", .lessThanOrEqual, box.maxLat).where("max_lat", .greaterThanOrEqual, box.minLat)
            .all(decoding: Row.self).map(\.unit)
    }

    /// Every grid outline, for building the locate index.
    public func allGridOutlines(on sql: any SQLDatabase) async throws -> [(code: String, polygon: GeoPolygon)] {
        struct Outline: Decodable { let code: String; let polygon: String }
        return try await sql.select().columns("code", "polygon").from("units")
            .where("level", .equal, UnitLevel.grid.rawValue).where("polygon", .isNot, SQLLiteral.null)
            .all(decoding: Outline.self)
            .compactMap { row in (try? GeoJSON.parsePolygon(row.polygon)).map { (row.code, $0) } }
    }

    public func insert(_ units: [JurisdictionUnit], at now: Date, on sql: any SQLDatabase) async throws {
        // Chunked multi-row INSERTs: bulk seeding of 40,000 grids stays fast on both databases.
        for chunk in stride(from: 0, to: units.count, by: 500).map({ Array(units[$0..<min($0 + 500, units.count)]) }) {
            var insert = sql.insert(into: "units").columns(Self.columns + ["min_lon", "min_lat", "max_lon", "max_lat", "created_at", "updated_at"])
            for unit in chunk {
                insert = insert.values(Self.values(unit) + [SQLBind(now.epochSeconds), SQLBind(now.epochSeconds)])
            }
            try await insert.run()
        }
        try await UnitTallies.add(units, on: sql)
    }

    public func update(_ unit: JurisdictionUnit, at now: Date, on sql: any SQLDatabase) async throws {
        let box = unit.polygon?.boundingBox
        try await sql.update("units")
            .set("name", to: unit.name)
            .set("settlement", to: unit.settlement.rawValue)
            .set("households", to: unit.households)
            .set("address", to: unit.address)
            .set("polygon", to: unit.polygon.map(GeoJSON.text))
            .set("lon", to: unit.point?.lon).set("lat", to: unit.point?.lat)
            .set("min_lon", to: box?.minLon).set("min_lat", to: box?.minLat)
            .set("max_lon", to: box?.maxLon).set("max_lat", to: box?.maxLat)
            .set("updated_at", to: now.epochSeconds)
            .where("code", .equal, unit.code)
            .run()
    }

    static func values(_ unit: JurisdictionUnit) -> [any SQLExpression] {
        let box = unit.polygon?.boundingBox
        return [
            SQLBind(unit.code), SQLBind(unit.parentCode), SQLBind(unit.level.rawValue), SQLBind(unit.name),
            SQLBind(unit.settlement.rawValue), SQLBind(unit.households), SQLBind(unit.address),
            SQLBind(unit.polygon.map(GeoJSON.text)), SQLBind(unit.point?.lon), SQLBind(unit.point?.lat),
            SQLBind(box?.minLon), SQLBind(box?.minLat), SQLBind(box?.maxLon), SQLBind(box?.maxLat),
        ]
    }

    // MARK: Team

    public func team(of gridCode: String, on sql: any SQLDatabase) async throws -> [TeamMember] {
        struct Row: Decodable {
            let id: String, grid_code: String, name: String, position: String
            let phone: String?, building_code: String?, staff_id: String?
        }
        let order = ["head", "coordinator", "informant", "building_head", "volunteer"]
        return try await sql.select().columns("id", "grid_code", "name", "position", "phone", "building_code", "staff_id")
            .from("grid_team").where("grid_code", .equal, gridCode).orderBy("name")
            .all(decoding: Row.self)
            .map { TeamMember(id: $0.id, gridCode: $0.grid_code, name: $0.name, position: GridPosition(rawValue: $0.position) ?? .volunteer,
                              phone: $0.phone, buildingCode: $0.building_code, staffId: $0.staff_id) }
            .sorted { (order.firstIndex(of: $0.position.rawValue) ?? 9) < (order.firstIndex(of: $1.position.rawValue) ?? 9) }
    }

    public func insertTeam(_ members: [TeamMember], on sql: any SQLDatabase) async throws {
        for chunk in stride(from: 0, to: members.count, by: 500).map({ Array(members[$0..<min($0 + 500, members.count)]) }) {
            var insert = sql.insert(into: "grid_team").columns("id", "grid_code", "name", "position", "phone", "building_code", "staff_id")
            for m in chunk {
                insert = insert.values(SQLBind(m.id), SQLBind(m.gridCode), SQLBind(m.name), SQLBind(m.position.rawValue),
                                       SQLBind(m.phone), SQLBind(m.buildingCode), SQLBind(m.staffId))
            }
            try await insert.run()
        }
    }

    public func deleteTeamMember(id: String, gridCode: String, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "grid_team").where("id", .equal, id).where("grid_code", .equal, gridCode).run()
    }

    // MARK: Spatial revision

    public func spatialRevision(on sql: any SQLDatabase) async throws -> Int64 {
        try await sql.select().column("revision").from("spatial_revision").where("id", .equal, 1)
            .first()?.decode(column: "revision", as: Int64.self) ?? 0
    }

    public func bumpSpatialRevision(on sql: any SQLDatabase) async throws {
        try await sql.update("spatial_revision").set("revision", to: SQLBinaryExpression(SQLColumn("revision"), .add, SQLLiteral.numeric("1"))).where("id", .equal, 1).run()
    }

    /// The grids under a unit, by code.
    func grids(under code: String, on sql: any SQLDatabase) async throws -> [(code: String, name: String)] {
        try await units(level: UnitLevel.grid.rawValue, under: code, limit: nil, on: sql)
    }

    func units(level: String, under code: String, limit: Int?, offset: Int = 0, on sql: any SQLDatabase) async throws -> [(code: String, name: String)] {
        struct Row: Decodable { let code: String; let name: String }
        func filtered(_ select: SQLSelectBuilder) -> SQLSelectBuilder { select.from("units").where("level", .equal, level).where("code", within: Scope(rootCode: code)) }
        guard let limit else { return try await filtered(sql.select().columns("code", "name")).orderBy("code").all(decoding: Row.self).map { ($0.code, $0.name) } }
        // Deep pages walk the codes alone (a county round's grids 10,000 in), from the end when that is nearer (the count is kept).
        let total = offset > 0 ? try await UnitTallies.count(level: level, under: code, on: sql) : nil
        return try await sql.page(of: "units", columns: ["code", "name"], orderedBy: [("code", .ascending)], limit: limit, offset: offset, total: total,
                                  decoding: Row.self, keyedBy: \.code, where: filtered).map { ($0.code, $0.name) }
    }

    func count(level: String, under code: String, on sql: any SQLDatabase) async throws -> Int {
        if let kept = try await UnitTallies.count(level: level, under: code, on: sql) { return kept }
        return try await sql.count { $0.from("units").where("level", .equal, level).where("code", within: Scope(rootCode: code)) }
    }

    func names(of codes: [String], on sql: any SQLDatabase) async throws -> [String: String] {
        struct Row: Decodable { let code: String; let name: String }
        guard !codes.isEmpty else { return [:] }
        let rows = try await sql.select().columns("code", "name").from("units").where("code", .in, codes).all(decoding: Row.self)
        return Dictionary(rows.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The installation's county (the first, when there are several).
    func firstCounty(on sql: any SQLDatabase) async throws -> String? {
        try await sql.select().column("code").from("units").where("level", .equal, UnitLevel.county.rawValue).orderBy("code")
            .first(decodingColumn: "code", as: String.self)
    }

    func codes(level: String, under code: String, on sql: any SQLDatabase) async throws -> [String] {
        try await sql.select().column("code").from("units").where("level", .equal, level).where("code", within: Scope(rootCode: code))
            .all(decodingColumn: "code", as: String.self)
    }
}
