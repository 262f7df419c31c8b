import Foundation
import HummingbirdBcrypt
import Kernel
import SQLKit

/// Sign-in, sign-out and staff accounts. Every login, failed or not, and every change is audited.
public struct AccountService: Sendable {
    public let database: Database
    let clock: any AppClock
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let units: any UnitDirectory
    let staffStore = StaffStore()
    let sessions = SessionStore()
    let audit = AuditLog()
    /// The signed-in requests' session cache (the middleware reads it); changes here clear it.
    public let sessionCache = SessionCache()

    public init(database: Database, clock: any AppClock, hasher: PasswordHasher, units: any UnitDirectory,
                throttle: LoginThrottle = LoginThrottle()) {
        self.database = database
        self.clock = clock
        self.hasher = hasher
        self.units = units
        self.throttle = throttle
    }

    /// Checks the password and opens a session. Wrong passwords slow down that username from that
    /// address, that address for every username, and that username from everywhere (`LoginThrottle`).
    public func login(username: String, password: String, address: String, kind: SessionKind) async throws -> (token: String, session: SessionInfo, staff: Staff) {
        let username = username.trimmingCharacters(in: .whitespaces)
        guard !username.isEmpty, !password.isEmpty, username.count <= 64, password.count <= 256 else { throw AppError.badCredentials }
        let keys = throttle.keys(username: username, address: address)
        let now = clock.now()
        let throttle = self.throttle, staffStore = self.staffStore
        let (lockedUntil, found) = try await database.read { sql in
            (try await throttle.lockedUntil(keys, now: now, on: sql), try await staffStore.credentials(username: username, on: sql))
        }
        if let lockedUntil { throw AppError.throttled(until: lockedUntil, now: now) }
        // Verify against a dummy hash when the user is unknown, so timing does not reveal which usernames exist.
        let hash = found?.1 ?? Self.dummyHash
        let valid = try await hasher.verify(password, hash: hash) && found != nil && found!.0.active
        let audit = self.audit, sessions = self.sessions
        if !valid {
            try await database.transaction { sql in
                try await throttle.recordFailure(keys, now: now, on: sql)
                try await audit.append(AuditEvent(actor: found?.0, action: "auth.login_failed", targetType: "staff",
                                                  targetId: username, detail: kind.rawValue, ip: address), at: now, on: sql)
            }
            throw AppError.badCredentials
        }
        let staff = found!.0
        let (token, session) = try await database.transaction { sql in
            try await throttle.clear(keys, on: sql)
            let created = try await sessions.create(staffId: staff.id, kind: kind, now: now, on: sql)
            try await audit.append(AuditEvent(actor: staff, action: "auth.login", targetType: "staff", targetId: staff.id,
                                              detail: kind.rawValue, ip: address), at: now, on: sql)
            return created
        }
        return (token, session, staff)
    }

    static let dummyHash = Bcrypt.hash("civicgrid-no-such-user", cost: 10)

    public func logout(_ context: StaffContext) async throws {
        let now = clock.now()
        let sessions = self.sessions, audit = self.audit
        let event = context.audit("auth.logout", "staff", context.staff.id, detail: context.session.kind.rawValue)
        try await database.transaction { sql in
            try await sessions.delete(tokenHash: context.session.tokenHash, on: sql)
            try await audit.append(event, at: now, on: sql)
        }
        sessionCache.forget(tokenHash: context.session.tokenHash)
    }

    /// Remembers the chosen interface language on the account.
    public func setLocale(_ locale: AppLocale, for staff: Staff) async throws {
        let staffStore = self.staffStore
        try await database.transaction { sql in try await staffStore.setLocale(staffId: staff.id, locale: locale, on: sql) }
        sessionCache.forget(staffId: staff.id)
    }

    // MARK: Staff administration

    public struct StaffInput: Sendable {
        public var username: String
        public var displayName: String
        public var role: Role?
        public var position: GridPosition?
        public var unitCode: String
        public var department: String?
        public var phone: String?
        public var password: String?
        public var active: Bool

        public init(username: String, displayName: String, role: Role?, position: GridPosition?, unitCode: String,
                    department: String?, phone: String?, password: String?, active: Bool) {
            self.username = username
            self.displayName = displayName
            self.role = role
            self.position = position
            self.unitCode = unitCode
            self.department = department
            self.phone = phone
            self.password = password
            self.active = active
        }
    }

    public func list(_ context: StaffContext, paging: Paging) async throws -> (items: [Staff], total: Int) {
        let staffStore = self.staffStore, scope = context.scope
        return try await database.read { sql in
            try await staffStore.list(within: scope, limit: paging.limit, offset: paging.offset, on: sql)
        }
    }

    /// One account, if it lies inside the caller's scope. Reading it (phone included) is audited.
    public func view(id: String, by context: StaffContext) async throws -> Staff {
        let staffStore = self.staffStore, audit = self.audit
        let now = clock.now()
        let event = context.audit("staff.view", "staff", id)
        let scope = context.scope
        return try await database.transaction { sql in
            guard let staff = try await staffStore.find(id: id, on: sql), scope.contains(staff.unitCode) else { throw AppError.notFound }
            try await audit.append(event, at: now, on: sql)
            return staff
        }
    }

    @discardableResult
    public func create(_ input: StaffInput, by context: StaffContext) async throws -> Staff {
        let username = input.username.trimmingCharacters(in: .whitespaces)
        guard username.range(of: "^[A-Za-z0-9_.-]{3,32}$", options: .regularExpression) != nil else {
            throw AppError.invalid("staff_error_username")
        }
        guard let password = input.password, password.count >= 8, password.count <= 128 else {
            throw AppError.invalid("staff_error_password")
        }
        var staff = Staff(id: UUID().uuidString, username: username, displayName: "", role: .gridWorker, unitCode: "")
        try await apply(input, to: &staff, by: context)
        let hash = try await hasher.hash(password)
        let now = clock.now()
        let staffStore = self.staffStore, audit = self.audit
        let created = staff
        let event = context.audit("staff.create", "staff", staff.id, detail: "\(username) \(staff.role.rawValue) @\(staff.unitCode)")
        try await database.transaction { sql in
            if try await staffStore.usernameExists(username, on: sql) { throw AppError.conflict("staff_error_username_taken", [username]) }
            try await staffStore.insert(created, passwordHash: hash, at: now, on: sql)
            try await audit.append(event, at: now, on: sql)
        }
        return created
    }

    @discardableResult
    public func update(id: String, _ input: StaffInput, by context: StaffContext) async throws -> Staff {
        var staff = try await view(id: id, by: context)
        let before = staff
        try await apply(input, to: &staff, by: context)
        var hash: String?
        if let password = input.password, !password.isEmpty {
            guard password.count >= 8, password.count <= 128 else { throw AppError.invalid("staff_error_password") }
            hash = try await hasher.hash(password)
        }
        let now = clock.now()
        let staffStore = self.staffStore, audit = self.audit, sessions = self.sessions
        let changed = staff, newHash = hash
        let event = context.audit("staff.update", "staff", id, detail: Self.describe(before, changed, passwordChanged: hash != nil))
        try await database.transaction { sql in
            try await staffStore.update(changed, at: now, on: sql)
            if let newHash { try await staffStore.setPassword(staffId: id, hash: newHash, on: sql) }
            // A changed role, scope, password or a deactivation ends the account's open sessions.
            if newHash != nil || before.role != changed.role || before.unitCode != changed.unitCode || !changed.active {
                try await sessions.deleteAll(staffId: id, on: sql)
            }
            try await audit.append(event, at: now, on: sql)
        }
        sessionCache.forget(staffId: id)
        return changed
    }

    func apply(_ input: StaffInput, to staff: inout Staff, by context: StaffContext) async throws {
        let name = input.displayName.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 50 else { throw AppError.invalid("staff_error_name") }
        guard let role = input.role else { throw AppError.invalid("staff_error_role") }
        let unitCode = input.unitCode.trimmingCharacters(in: .whitespaces)
        // An administrator hands out jurisdiction only inside their own.
        try await units.requireUnit(unitCode, within: context.scope, errorKey: "staff_error_unit")
        if let phone = input.phone, !phone.isEmpty, !PhoneNumber.isValid(phone) { throw AppError.invalid("staff_error_phone") }
        if staff.id == context.staff.id, role != context.staff.role || !input.active {
            throw AppError.invalid("staff_error_self")
        }
        staff.displayName = name
        staff.role = role
        staff.position = role == .gridWorker ? input.position : nil
        staff.unitCode = unitCode
        staff.department = input.department?.trimmingCharacters(in: .whitespaces).isEmpty == false ? input.department : nil
        staff.phone = input.phone?.isEmpty == false ? input.phone : nil
        staff.active = input.active
    }

    static func describe(_ a: Staff, _ b: Staff, passwordChanged: Bool) -> String {
        var parts: [String] = []
        if a.displayName != b.displayName { parts.append("name") }
        if a.role != b.role { parts.append("role: \(a.role.rawValue) → \(b.role.rawValue)") }
        if a.unitCode != b.unitCode { parts.append("unit: \(a.unitCode) → \(b.unitCode)") }
        if a.active != b.active { parts.append(b.active ? "activated" : "deactivated") }
        if a.phone != b.phone { parts.append("phone") }
        if passwordChanged { parts.append("password reset") }
        return parts.joined(separator: "; ")
    }

    /// Creates an account directly (seeding and the CLI), without an acting administrator.
    public func seedAccount(_ staff: Staff, password: String) async throws -> Bool {
        let hash = try await hasher.hash(password)
        let now = clock.now()
        let staffStore = self.staffStore
        return try await database.transaction { sql in
            if try await staffStore.usernameExists(staff.username, on: sql) { return false }
            try await staffStore.insert(staff, passwordHash: hash, at: now, on: sql)
            return true
        }
    }
}
