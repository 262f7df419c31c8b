import Foundation
import Kernel
import SQLKit

/// Warnings 预警 for an area, in force from their start to their end or until lifted; shown on
/// the portal and on every staff home page in the area.
public struct WarningService: ActiveBanners {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let store = WarningStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory) {
        self.database = database
        self.clock = clock
        self.units = units
    }

    public func issue(level: Int, kind: String, title: String, message: String, units codes: [String], startsAt: Date?, endsAt: Date,
                      by actor: StaffContext) async throws -> SafetyWarning {
        guard actor.staff.can(.issueWarnings) else { throw AppError.forbiddenAction }
        guard let level = WarningLevel(rawValue: level) else { throw AppError.invalid("warning_error_level") }
        let kind = kind.trimmed, title = title.trimmed, message = message.trimmed
        guard !kind.isEmpty, kind.count <= 50, !title.isEmpty, title.count <= 200 else { throw AppError.invalid("warning_error_title") }
        guard message.count <= 4_000 else { throw AppError.invalid("warning_error_message") }
        let now = clock.now(), starts = startsAt ?? now
        guard endsAt > starts, endsAt.timeIntervalSince(starts) <= 30 * 86_400, starts.timeIntervalSince(now) <= 30 * 86_400 else {
            throw AppError.invalid("warning_error_times")
        }
        let area = Array(Set(codes.map(\.trimmed).filter { !$0.isEmpty })).sorted()
        guard !area.isEmpty, area.count <= 200 else { throw AppError.invalid("warning_error_units") }
        for code in area { try await units.requireUnit(code, within: actor.scope, errorKey: "warning_error_unit") }
        let w = SafetyWarning(id: RecordID.make(now: now), level: level, kind: kind, title: title, message: message, units: area, startsAt: starts,
                              endsAt: endsAt, liftedAt: nil, issuedBy: actor.staff.id, createdAt: now)
        let event = actor.audit("warning.issue", "warning", w.id, detail: "\(level.colour) \(area.joined(separator: ","))")
        let store = self.store
        try await database.transaction { sql in
            try await store.insert(w, on: sql)
            try await AuditLog().append(event, at: now, on: sql)
        }
        return w
    }

    public func lift(_ id: String, by actor: StaffContext) async throws -> SafetyWarning {
        guard actor.staff.can(.issueWarnings) else { throw AppError.forbiddenAction }
        let store = self.store, now = clock.now()
        guard let w = try await database.read({ try await store.find(id: id, on: $0) }), w.units.contains(where: actor.scope.contains) else { throw AppError.notFound }
        let event = actor.audit("warning.lift", "warning", id)
        try await database.transaction { sql in
            guard try await store.lift(id: id, at: now, on: sql) else { throw AppError.conflict("warning_error_lifted") }
            try await AuditLog().append(event, at: now, on: sql)
        }
        var lifted = w
        lifted.liftedAt = now
        return lifted
    }

    /// Warnings not yet over (in force or to come, and the recently ended) that touch the caller's area.
    public func list(by actor: StaffContext) async throws -> [SafetyWarning] {
        let store = self.store, since = clock.now().addingTimeInterval(-7 * 86_400)
        return try await database.read { try await store.current(since: since, limit: 500, on: $0) }
            .filter { $0.covers(actor.staff.unitCode) }
    }

    /// In force now, for someone rooted at `unitCode`, or all of them for the public.
    public func active(for unitCode: String?) async throws -> [SafetyWarning] {
        let store = self.store, now = clock.now()
        return try await database.read { try await store.current(since: now, limit: 500, on: $0) }
            .filter { $0.isActive(at: now) && (unitCode.map($0.covers) ?? true) }
            .sorted { ($0.level.rawValue, $0.startsAt) < ($1.level.rawValue, $1.startsAt) }
    }

    public func banners(for unitCode: String?) async throws -> [Banner] {
        try await active(for: unitCode).map { Banner(colour: $0.level.colour, labelKey: $0.level.labelKey, title: $0.title, message: $0.message, until: $0.endsAt) }
    }
}
