import Foundation
import SQLKit

/// SQL for staff accounts.
public struct StaffStore: Sendable {
    public init() {}

    static let columns = ["id", "username", "display_name", "role", "position", "unit_code", "department", "phone", "locale", "active"]

    struct Row: Decodable {
        let id: String
        let username: String
        let display_name: String
        let role: String
        let position: String?
        let unit_code: String
        let department: String?
        let phone: String?
        let locale: String
        let active: Int64

        var staff: Staff {
            Staff(
                id: id, username: username, displayName: display_name, role: Role(rawValue: role) ?? .gridWorker,
                position: position.flatMap(GridPosition.init(rawValue:)), unitCode: unit_code, department: department,
                phone: phone, locale: AppLocale(rawValue: locale) ?? .zhHans, active: active != 0
            )
        }
    }

    public func find(id: String, on sql: any SQLDatabase) async throws -> Staff? {
        try await sql.select().columns(Self.columns).from("staff").where("id", .equal, id)
            .first(decoding: Row.self)?.staff
    }

    /// The account and its password hash, for login.
    public func credentials(username: String, on sql: any SQLDatabase) async throws -> (Staff, String)? {
        guard let row = try await sql.select().columns(Self.columns + ["password_hash"]).from("staff")
            .where("username", .equal, username).first()
        else { return nil }
        let staff = try row.decode(model: Row.self).staff
        return (staff, try row.decode(column: "password_hash", as: String.self))
    }

    /// Accounts rooted at or below `scope`, by unit then username.
    public func list(within scope: Scope, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Staff], total: Int) {
        let items = try await sql.select().columns(Self.columns).from("staff")
            .where("unit_code", within: scope)
            .orderBy("unit_code").orderBy("username")
            .limit(limit).offset(offset)
            .all(decoding: Row.self).map(\.staff)
        let total = try await sql.count { $0.from("staff").where("unit_code", within: scope) }
        return (items, total)
    }

    /// The departments active staff work in: the units work can be sent to, besides the
    /// categories' usual ones.
    public func departments(on sql: any SQLDatabase) async throws -> Set<String> {
        struct Row: Decodable { let department: String }
        let rows = try await sql.select().distinct().column("department").from("staff")
            .where("active", .equal, 1).where("department", .isNot, SQLLiteral.null).all(decoding: Row.self)
        return Set(rows.map(\.department).filter { !$0.isEmpty })
    }

    public func usernameExists(_ username: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from("staff").where("username", .equal, username).first() != nil
    }

    public func insert(_ staff: Staff, passwordHash: String, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "staff")
            .columns(Self.columns + ["password_hash", "created_at", "updated_at"])
            .values(Self.values(staff) + [SQLBind(passwordHash), SQLBind(now.epochSeconds), SQLBind(now.epochSeconds)])
            .run()
    }

    public func update(_ staff: Staff, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.update("staff")
            .set("display_name", to: staff.displayName)
            .set("role", to: staff.role.rawValue)
            .set("position", to: staff.position?.rawValue)
            .set("unit_code", to: staff.unitCode)
            .set("department", to: staff.department)
            .set("phone", to: staff.phone)
            .set("locale", to: staff.locale.rawValue)
            .set("active", to: staff.active ? 1 : 0)
            .set("updated_at", to: now.epochSeconds)
            .where("id", .equal, staff.id)
            .run()
    }

    public func setPassword(staffId: String, hash: String, on sql: any SQLDatabase) async throws {
        try await sql.update("staff").set("password_hash", to: hash).where("id", .equal, staffId).run()
    }

    public func setLocale(staffId: String, locale: AppLocale, on sql: any SQLDatabase) async throws {
        try await sql.update("staff").set("locale", to: locale.rawValue).where("id", .equal, staffId).run()
    }

    static func values(_ staff: Staff) -> [any SQLExpression] {
        [
            SQLBind(staff.id), SQLBind(staff.username), SQLBind(staff.displayName), SQLBind(staff.role.rawValue),
            SQLBind(staff.position?.rawValue), SQLBind(staff.unitCode), SQLBind(staff.department), SQLBind(staff.phone),
            SQLBind(staff.locale.rawValue), SQLBind(staff.active ? 1 : 0),
        ]
    }
}
