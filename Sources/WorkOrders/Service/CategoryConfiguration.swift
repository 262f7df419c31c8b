import Foundation
import Kernel
import SQLKit

/// Changing the category tree: administrators add or change a class (top level) or a leaf under
/// one, with its level (time limit) and default handling unit, or retire it. Existing orders keep
/// what they were classified as.
extension WorkOrderService {
    public struct CategoryInput: Sendable, Decodable {
        public var code: String
        public var parentCode: String?
        public var nameZh: String
        public var nameEn: String
        public var requestClass: String
        public var handlingLevel: String
        public var handlingUnit: String?
        public var active: Bool?
    }

    public func saveCategory(_ input: CategoryInput, by actor: StaffContext) async throws -> WorkOrderCategory {
        guard actor.staff.can(.configureWorkOrders) else { throw AppError.forbiddenAction }
        let code = input.code.trimmed
        guard let first = code.unicodeScalars.first, ("A"..."Z").contains(first), code.count <= 10,
              code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
        else { throw AppError.invalid("workorder_error_category_code") }
        let nameZh = input.nameZh.trimmed, nameEn = input.nameEn.trimmed
        guard !nameZh.isEmpty, !nameEn.isEmpty, nameZh.count <= 50, nameEn.count <= 50 else { throw AppError.invalid("workorder_error_category_name") }
        guard let requestClass = try parseChoice(input.requestClass, RequestClass.self, invalidKey: "workorder_error_category_kind"),
              let level = try parseChoice(input.handlingLevel, HandlingLevel.self, invalidKey: "workorder_error_category_kind")
        else { throw AppError.invalid("workorder_error_category_kind") }
        let unit = input.handlingUnit?.trimmed.nilIfBlank
        if let unit, unit.count > 100 { throw AppError.invalid("workorder_error_unit") }
        let parent = input.parentCode?.trimmed.nilIfBlank
        let store = self.store, database = self.database
        let all = try await database.read { try await store.allCategories(on: $0) }
        if let parent {
            // Two levels: a class, and the leaves under it, of the same request class.
            guard parent != code, let top = all.first(where: { $0.code == parent && $0.parentCode == nil }), top.requestClass == requestClass else {
                throw AppError.invalid("workorder_error_category_parent", [parent])
            }
        }
        let category = WorkOrderCategory(code: code, parentCode: parent, nameZh: nameZh, nameEn: nameEn, requestClass: requestClass,
                                         level: level, handlingUnit: unit)
        let active = input.active ?? true, now = clock.now()
        let event = actor.audit("workorder.category", "work_order_category", code, detail: active ? "save" : "retire")
        try await database.transaction { sql in
            try await store.saveCategory(category, active: active, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        categoryCache.clear()
        return category
    }
}
