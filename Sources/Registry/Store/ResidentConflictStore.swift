import Foundation
import Kernel
import SQLKit

/// Attempts to register an ID number that is already registered in a jurisdiction the registrar
/// cannot see. The registrar is told only "not here"; these rows tell someone who can see both.
public struct ResidentConflictStore: Sendable {
    public init() {}

    public struct Conflict: Sendable, Codable, Equatable {
        public let id: String
        public let residentId: String
        public let existingGrid: String
        public let attemptedGrid: String
        /// The smallest unit holding both grids: whoever's jurisdiction contains it may see both.
        public let commonUnit: String
        public let attemptedBy: String
        public let createdAt: Date
    }

    struct Row: Decodable {
        let id: String, resident_id: String, existing_grid: String, attempted_grid: String, common_unit: String, attempted_by: String
        let created_at: Int64

        var conflict: Conflict {
            Conflict(id: id, residentId: resident_id, existingGrid: existing_grid, attemptedGrid: attempted_grid, commonUnit: common_unit,
                     attemptedBy: attempted_by, createdAt: Date(epochSeconds: created_at))
        }
    }

    static let columns = ["id", "resident_id", "existing_grid", "attempted_grid", "common_unit", "attempted_by", "created_at"]

    func insert(_ c: Conflict, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "resident_conflicts").columns(Self.columns)
            .values(SQLBind(c.id), SQLBind(c.residentId), SQLBind(c.existingGrid), SQLBind(c.attemptedGrid), SQLBind(c.commonUnit),
                    SQLBind(c.attemptedBy), SQLBind(c.createdAt.epochSeconds))
            .run()
    }

    /// Conflicts whose common unit lies within `scope`, newest first.
    func list(within scope: Scope, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Conflict], total: Int) {
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            builder.from("resident_conflicts").where("common_unit", within: scope)
        }
        let items = try await filtered(sql.select().columns(Self.columns)).orderBy("created_at", .descending).orderBy("id")
            .limit(limit).offset(offset).all(decoding: Row.self).map(\.conflict)
        return (items, try await sql.count(filtered))
    }

    /// The unit code both grid codes lie under (county 6, street 9, community 12 digits, or the grid itself).
    static func commonUnit(_ a: String, _ b: String) -> String {
        for length in [15, 12, 9, 6, 4, 2] where a.count >= length && b.count >= length && a.prefix(length) == b.prefix(length) {
            return String(a.prefix(length))
        }
        return ""
    }
}
