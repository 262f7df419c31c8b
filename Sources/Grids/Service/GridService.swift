import Foundation
import Kernel
import SQLKit

/// The rules of the jurisdiction tree: codes nest, outlines do not overlap, every change is audited.
public struct GridService: UnitDirectory {
    public let database: Database
    public let locator: LocateIndex
    let clock: any AppClock
    let store = GridStore()
    let audit = AuditLog()

    public init(database: Database, clock: any AppClock) {
        self.database = database
        self.clock = clock
        self.locator = LocateIndex(database: database, clock: clock)
    }

    public func unitName(code: String) async throws -> String? {
        try await unit(code)?.name
    }

    public func grids(under code: String) async throws -> [(code: String, name: String)] {
        let store = self.store
        return try await database.read { try await store.grids(under: code, on: $0) }
    }

    public func units(level: String, under code: String, limit: Int, offset: Int) async throws -> [(code: String, name: String)] {
        let store = self.store
        return try await database.read { try await store.units(level: level, under: code, limit: limit, offset: offset, on: $0) }
    }

    public func count(level: String, under code: String) async throws -> Int {
        let store = self.store
        return try await database.read { try await store.count(level: level, under: code, on: $0) }
    }

    public func codes(level: String, under code: String) async throws -> [String] {
        let store = self.store
        return try await database.read { try await store.codes(level: level, under: code, on: $0) }
    }

    public func names(of codes: [String]) async throws -> [String: String] {
        let store = self.store
        return try await database.read { try await store.names(of: codes, on: $0) }
    }

    public func unit(_ code: String) async throws -> JurisdictionUnit? {
        let store = self.store
        return try await database.read { try await store.find(code, on: $0) }
    }

    /// A unit the caller may see, or not-found (outside scope looks the same as missing).
    public func unit(_ code: String, visibleTo scope: Scope) async throws -> JurisdictionUnit {
        guard scope.contains(code), let unit = try await unit(code) else { throw AppError.notFound }
        return unit
    }

    /// Where a point lies: the grid, if the caller's scope includes it.
    public func locate(_ point: GeoPoint, visibleTo scope: Scope) async throws -> JurisdictionUnit {
        guard point.isValid else { throw AppError.invalid("geo_error_coordinate", ["[\(point.lon), \(point.lat)]"]) }
        guard let code = try await locator.locate(point), scope.contains(code) else { throw AppError.notFound }
        let store = self.store
        guard let grid = try await database.read({ try await store.summary(code, on: $0) }) else { throw AppError.notFound }
        return grid
    }

    // MARK: Changes

    public struct UnitInput: Sendable {
        public var code: String
        public var name: String
        public var settlement: Settlement
        public var households: Int?
        public var address: String?
        public var polygonGeoJSON: String?
        public var point: GeoPoint?

        public init(code: String, name: String, settlement: Settlement, households: Int? = nil, address: String? = nil,
                    polygonGeoJSON: String? = nil, point: GeoPoint? = nil) {
            self.code = code
            self.name = name
            self.settlement = settlement
            self.households = households
            self.address = address
            self.polygonGeoJSON = polygonGeoJSON
            self.point = point
        }
    }

    /// Adds a child under `parentCode`. The code must be the parent's code plus three digits.
    @discardableResult
    public func createChild(of parentCode: String, _ input: UnitInput, by actor: StaffContext) async throws -> JurisdictionUnit {
        let parent = try await unit(parentCode, visibleTo: actor.scope)
        guard let level = parent.level.child else { throw AppError.invalid("unit_error_no_children") }
        guard input.code.count == level.codeLength, input.code.hasPrefix(parent.code), input.code.allSatisfy(\.isASCIIDigit),
              !input.code.hasSuffix("000")
        else { throw AppError.invalid("unit_error_code_format", [parent.code, String(level.codeLength)]) }
        var unit = JurisdictionUnit(code: input.code, parentCode: parent.code, level: level, name: "", settlement: input.settlement)
        try apply(input, to: &unit)
        let polygon = unit.polygon
        let now = clock.now()
        let store = self.store, audit = self.audit
        let event = actor.audit("unit.create", "unit", unit.code, detail: "\(level.rawValue) \(unit.name)")
        let created = unit
        try await database.transaction { sql in
            if try await store.find(created.code, on: sql) != nil {
                throw AppError.conflict("unit_error_code_taken", [created.code])
            }
            if let polygon { try await Self.checkNoOverlap(polygon, level: level, except: created.code, store: store, on: sql) }
            try await store.insert([created], at: now, on: sql)
            if polygon != nil, level == .grid { try await store.bumpSpatialRevision(on: sql) }
            try await audit.append(event, at: now, on: sql)
        }
        locator.invalidate()
        return created
    }

    /// Edits name, type, households, address and outline; the code and place in the tree stay.
    @discardableResult
    public func update(_ code: String, _ input: UnitInput, by actor: StaffContext) async throws -> JurisdictionUnit {
        var unit = try await unit(code, visibleTo: actor.scope)
        let before = unit
        try apply(input, to: &unit)
        let changed = unit
        let now = clock.now()
        let store = self.store, audit = self.audit
        let outlineChanged = before.polygon != changed.polygon
        let event = actor.audit("unit.update", "unit", code, detail: Self.describeChanges(before, changed))
        try await database.transaction { sql in
            if outlineChanged, let polygon = changed.polygon {
                try await Self.checkNoOverlap(polygon, level: changed.level, except: changed.code, store: store, on: sql)
            }
            try await store.update(changed, at: now, on: sql)
            if outlineChanged, changed.level == .grid { try await store.bumpSpatialRevision(on: sql) }
            try await audit.append(event, at: now, on: sql)
        }
        locator.invalidate()
        return changed
    }

    func apply(_ input: UnitInput, to unit: inout JurisdictionUnit) throws {
        let name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else { throw AppError.invalid("unit_error_name") }
        if let households = input.households, !(0...100_000).contains(households) {
            throw AppError.invalid("unit_error_households")
        }
        unit.name = name
        unit.settlement = input.settlement
        unit.households = unit.level == .grid ? input.households : nil
        unit.address = input.address?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if let text = input.polygonGeoJSON?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
            guard unit.level == .grid || unit.level == .community || unit.level == .street else {
                throw AppError.invalid("unit_error_outline_level")
            }
            do {
                unit.polygon = try GeoJSON.parsePolygon(text)
            } catch let error as GeoJSONError {
                throw AppError.invalid(error.message.key, error.message.args, code: "invalid_geojson")
            }
        }
        if let point = input.point {
            guard point.isValid else { throw AppError.invalid("geo_error_coordinate", ["[\(point.lon), \(point.lat)]"]) }
            unit.point = point
        }
    }

    /// Outlines of one level may touch but not overlap: a located report must have one grid.
    static func checkNoOverlap(_ polygon: GeoPolygon, level: UnitLevel, except code: String, store: GridStore, on sql: any SQLDatabase) async throws {
        let neighbours = try await store.outlines(level: level, touching: polygon.boundingBox, on: sql)
        if let clash = neighbours.first(where: { $0.code != code && ($0.polygon.map(polygon.overlaps) ?? false) }) {
            throw AppError.invalid("geo_error_overlap", [clash.name, clash.code], code: "polygon_overlap")
        }
    }

    static func describeChanges(_ a: JurisdictionUnit, _ b: JurisdictionUnit) -> String {
        var parts: [String] = []
        if a.name != b.name { parts.append("name: \(a.name) → \(b.name)") }
        if a.settlement != b.settlement { parts.append("settlement: \(a.settlement.rawValue) → \(b.settlement.rawValue)") }
        if a.households != b.households { parts.append("households: \(a.households.map(String.init) ?? "-") → \(b.households.map(String.init) ?? "-")") }
        if a.address != b.address { parts.append("address changed") }
        if a.polygon != b.polygon { parts.append("outline changed") }
        return parts.joined(separator: "; ")
    }

    // MARK: Team

    public func addTeamMember(_ member: TeamMember, by actor: StaffContext) async throws {
        let grid = try await unit(member.gridCode, visibleTo: actor.scope)
        guard grid.level == .grid else { throw AppError.notFound }
        guard !member.name.trimmingCharacters(in: .whitespaces).isEmpty, member.name.count <= 50 else {
            throw AppError.invalid("team_error_name")
        }
        if let phone = member.phone, !PhoneNumber.isValid(phone) { throw AppError.invalid("team_error_phone") }
        let now = clock.now()
        let store = self.store, audit = self.audit
        let event = actor.audit("team.add", "unit", grid.code, detail: "\(member.position.rawValue) \(member.name)")
        try await database.transaction { sql in
            try await store.insertTeam([member], on: sql)
            try await audit.append(event, at: now, on: sql)
        }
    }

    public func removeTeamMember(id: String, gridCode: String, by actor: StaffContext) async throws {
        _ = try await unit(gridCode, visibleTo: actor.scope)
        let now = clock.now()
        let store = self.store, audit = self.audit
        let event = actor.audit("team.remove", "unit", gridCode, detail: id)
        try await database.transaction { sql in
            try await store.deleteTeamMember(id: id, gridCode: gridCode, on: sql)
            try await audit.append(event, at: now, on: sql)
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension GridService: GridLocator {
    public func gridCode(lon: Double, lat: Double) async throws -> String? {
        let point = GeoPoint(lon: lon, lat: lat)
        guard point.isValid else { throw AppError.invalid("geo_error_coordinate", ["[\(lon), \(lat)]"]) }
        return try await locator.locate(point)
    }

    public func rootCode() async throws -> String? {
        let store = self.store
        return try await database.read { try await store.firstCounty(on: $0) }
    }
}
