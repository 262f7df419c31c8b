import Kernel
import SQLKit

/// The configurable lists: a type or body is added, renamed or retired (never deleted: old disputes name it).
extension DisputeStore {
    func save(_ t: DisputeType, active: Bool, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "dispute_types").columns("code", "name_zh", "name_en", "days", "active")
            .values(SQLBind(t.code), SQLBind(t.nameZh), SQLBind(t.nameEn), SQLBind(t.days), SQLBind(active ? 1 : 0))
            .onConflict(with: ["code"]) { $0.set(excludedValueOf: "name_zh").set(excludedValueOf: "name_en").set(excludedValueOf: "days").set(excludedValueOf: "active") }
            .run()
    }

    func save(_ b: MediationBody, active: Bool, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "mediation_bodies").columns("code", "name_zh", "name_en", "kind", "active")
            .values(SQLBind(b.code), SQLBind(b.nameZh), SQLBind(b.nameEn), SQLBind(b.kind.rawValue), SQLBind(active ? 1 : 0))
            .onConflict(with: ["code"]) { $0.set(excludedValueOf: "name_zh").set(excludedValueOf: "name_en").set(excludedValueOf: "kind").set(excludedValueOf: "active") }
            .run()
    }
}
