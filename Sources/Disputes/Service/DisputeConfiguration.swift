import Foundation
import Kernel

/// The configurable lists of the register: dispute types with their mediation limits, and the
/// mediation bodies. Administrators add, rename or retire entries; retired ones stay on old disputes.
extension DisputeService {
    public static func checkedCode(_ code: String) throws -> String {
        let code = code.trimmed
        guard !code.isEmpty, code.count <= 40, code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw AppError.invalid("dispute_error_config_code")
        }
        return code
    }

    static func checkedNames(_ zh: String, _ en: String) throws -> (String, String) {
        let zh = zh.trimmed, en = en.trimmed
        guard !zh.isEmpty, !en.isEmpty, zh.count <= 100, en.count <= 100 else { throw AppError.invalid("dispute_error_config_name") }
        return (zh, en)
    }

    public func saveType(code: String, nameZh: String, nameEn: String, days: Int, active: Bool, by actor: StaffContext) async throws -> DisputeType {
        guard actor.staff.can(.configureDisputes) else { throw AppError.forbiddenAction }
        let code = try Self.checkedCode(code), (zh, en) = try Self.checkedNames(nameZh, nameEn)
        guard (1...90).contains(days) else { throw AppError.invalid("dispute_error_config_days") }
        let now = clock.now()
        let type = DisputeType(code: code, nameZh: zh, nameEn: en, days: days), store = self.store
        try await database.transaction { sql in
            try await store.save(type, active: active, on: sql)
            try await AuditLog().append(actor.audit("dispute.type", "dispute_type", code, detail: active ? "save" : "retire"), at: now, on: sql)
        }
        return type
    }

    public func saveBody(code: String, nameZh: String, nameEn: String, kind: MediationKind, active: Bool, by actor: StaffContext) async throws -> MediationBody {
        guard actor.staff.can(.configureDisputes) else { throw AppError.forbiddenAction }
        let code = try Self.checkedCode(code), (zh, en) = try Self.checkedNames(nameZh, nameEn)
        let now = clock.now()
        let body = MediationBody(code: code, nameZh: zh, nameEn: en, kind: kind), store = self.store
        try await database.transaction { sql in
            try await store.save(body, active: active, on: sql)
            try await AuditLog().append(actor.audit("dispute.body", "mediation_body", code, detail: active ? "save" : "retire"), at: now, on: sql)
        }
        return body
    }
}
