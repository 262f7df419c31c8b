import Foundation
import Kernel

/// `login.mustache`: the sign-in form, with where to go after it.
struct LoginPage: PageModel {
    let action = AccountPath.login.path
    let username: String
    let next: String
    let error: String?
}

/// `staff_list.mustache`: the accounts the administrator manages.
struct StaffListPage: PageModel {
    struct Row: Encodable, Sendable { let url: String, unitUrl: String, username: String, name: String, role: String, unitCode: String, active: Bool }
    let staff: [Row]
    let newUrl = AccountPath.newStaff.path
    let total: String
    let prev: String, next: String

    init(_ items: [Staff], total: Int, pager: [String: String], views: ViewRenderer, locale: AppLocale) {
        staff = items.map { Row(url: AccountPath.editStaff($0.id).path, unitUrl: UnitPagePath.path($0.unitCode), username: $0.username, name: $0.displayName, role: views.t($0.role.labelKey, locale), unitCode: $0.unitCode,
                                active: $0.active) }
        self.total = views.t("pager_total", locale, [String(total)])
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
    }
}

/// `staff_form.mustache`: a new account or an existing one's edit.
struct StaffFormPage: PageModel {
    let values: [String: String]
    let isNew: Bool, activeChecked: Bool, saved: Bool
    let action: String
    let listUrl = AccountPath.staff.path
    let roles: [PageChoice], positions: [PageChoice]
    let error: String?

    init(staff: Staff?, values: [String: String], saved: Bool, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        (self.values, isNew, activeChecked, self.saved) = (values, staff == nil, values["active"] == "on", saved)
        action = staff.map { AccountPath.editStaff($0.id).path } ?? AccountPath.newStaff.path
        roles = Role.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: values["role"] == $0.rawValue) }
        positions = GridPosition.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: values["position"] == $0.rawValue) }
        self.error = views.message(error, locale)
    }
}

/// `audit.mustache`: the audit log, newest first, filtered by action and actor.
struct AuditPage: PageModel {
    struct Row: Encodable, Sendable { let seq: String, at: String, actor: String, action: String, target: String, detail: String, ip: String, hash: String }
    let entries: [Row]
    let searchUrl = AccountPath.audit.path
    let action: String, actor: String
    let total: String
    let prev: String, next: String

    init(_ items: [AuditEntry], action: String?, actor: String?, total: Int, pager: [String: String], views: ViewRenderer, locale: AppLocale) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .china
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        entries = items.map { e in
            Row(seq: String(e.seq), at: formatter.string(from: Date(epochSeconds: e.at)), actor: e.actorName, action: e.action,
                target: "\(e.targetType):\(e.targetId)", detail: e.detail, ip: e.ip, hash: String(e.hash.prefix(12)))
        }
        (self.action, self.actor) = (action ?? "", actor ?? "")
        self.total = views.t("pager_total", locale, [ListTotal.label(total)])
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
    }
}
