import Foundation
import Kernel
import SQLKit

/// Leaders' public commitments: the promise, the mid-year progress, the year-end result.
public struct CommitmentService: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let store = CommitmentStore()

    public init(database: Database, clock: any AppClock, units: any UnitDirectory) {
        self.database = database
        self.clock = clock
        self.units = units
    }

    var today: Day { Day(date: clock.now()) }

    public func settings() async throws -> ParticipationSettings {
        try await database.read { try await ProjectStore().settings(on: $0) }
    }

    public func create(unitCode: String, year: Int, person: String, post: String, promise: String, promisedOn: Day?, by actor: StaffContext) async throws -> Commitment {
        guard actor.staff.can(.keepCommitments) else { throw AppError.forbiddenAction }
        let unit = unitCode.trimmed, now = clock.now(), today = self.today, promisedOn = promisedOn ?? today
        try await units.requireUnit(unit, within: actor.scope, errorKey: "commitment_error_unit")
        let (person, post, promise) = (person.trimmed, String(post.trimmed.prefix(100)), promise.trimmed)
        guard (1...9_999).contains(year) else { throw AppError.invalid("commitment_error_year").naming("year") }
        if let refusal = CommitmentRules.createRefusal(year: year, promisedOn: promisedOn, today: today, person: person, promise: promise) {
            throw AppError.invalid(refusal)
        }
        let c = Commitment(id: RecordID.make(now: now), unitCode: unit, year: year, person: person, post: post, promise: promise, promisedOn: promisedOn,
                           createdBy: actor.staff.id, createdAt: now)
        let store = self.store, event = actor.audit("commitment.create", "commitment", c.id, detail: "\(unit) \(year)")
        try await database.transaction(recording: event, at: now) { sql in
            try await store.insert(c, on: sql)
        }
        return c
    }

    /// Seen within the unit's jurisdiction and by staff of units inside it (a county's commitments by every street).
    public func find(_ id: String, by actor: StaffContext) async throws -> Commitment {
        let store = self.store
        guard let c = try await database.read({ try await store.find(id: id, on: $0) }),
              actor.scope.contains(c.unitCode) || actor.staff.unitCode.hasPrefix(c.unitCode) else { throw AppError.notFound }
        return c
    }

    public func list(by actor: StaffContext, year: Int?, paging: Paging) async throws -> (items: [Commitment], total: Int) {
        let store = self.store, scope = actor.scope
        return try await database.read { try await store.list(within: scope, year: year, limit: paging.limit, offset: paging.offset, on: $0) }
    }

    public func recordProgress(_ c: Commitment, text: String, on day: Day?, by actor: StaffContext) async throws -> Commitment {
        guard actor.staff.can(.keepCommitments) else { throw AppError.forbiddenAction }
        let text = text.trimmed, day = day ?? today, now = clock.now()
        guard !text.isEmpty, text.count <= 2_000 else { throw AppError.invalid("commitment_error_text").naming("text") }
        if let refusal = CommitmentRules.progressRefusal(c, on: day, today: today) {
            throw refusal == "commitment_error_step_taken" ? AppError.conflict(refusal) : AppError.invalid(refusal).naming("on")
        }
        let store = self.store, event = actor.audit("commitment.progress", "commitment", c.id)
        try await database.transaction(recording: event, at: now) { sql in
            guard try await store.recordProgress(c.id, text: text, on: day, on: sql) else { throw AppError.conflict("commitment_error_step_taken") }
        }
        var next = c
        (next.progress, next.progressOn) = (text, day)
        return next
    }

    public func recordResult(_ c: Commitment, result: String, note: String, on day: Day?, by actor: StaffContext) async throws -> Commitment {
        guard actor.staff.can(.keepCommitments) else { throw AppError.forbiddenAction }
        guard let result = Commitment.Result(rawValue: result.trimmed) else { throw AppError.invalid("commitment_error_result").naming("result") }
        let note = note.trimmed, day = day ?? today, now = clock.now()
        guard !note.isEmpty, note.count <= 2_000 else { throw AppError.invalid("commitment_error_text").naming("note") }
        if let refusal = CommitmentRules.resultRefusal(c, on: day, today: today) {
            throw refusal == "commitment_error_step_taken" ? AppError.conflict(refusal) : AppError.invalid(refusal).naming("on")
        }
        let store = self.store, event = actor.audit("commitment.result", "commitment", c.id, detail: result.rawValue)
        try await database.transaction(recording: event, at: now) { sql in
            guard try await store.recordResult(c.id, result: result, note: note, on: day, on: sql) else { throw AppError.conflict("commitment_error_step_taken") }
        }
        var next = c
        (next.result, next.resultNote, next.resultOn) = (result, note, day)
        return next
    }

    /// Commitments are public: every one, newest year first.
    public func publicList(year: Int?, paging: Paging) async throws -> (items: [Commitment], total: Int) {
        let store = self.store
        return try await database.read { try await store.list(within: nil, year: year, limit: paging.limit, offset: paging.offset, on: $0) }
    }
}
