import Foundation
import Kernel

/// The month's figures by unit (street), over the caseloads the viewer may see: resettlement and
/// re-offending rates, duties kept on time (correction), follow-ups on time (规范管理率), and
/// caseload per social worker against the ratio.
public struct CaseloadFigures: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var unitCode: String
        public var active: [CaseloadKind: Int] = [:]
        public var socialWorkers = 0, heaviestLoad = 0
        public var released = 0, resettled = 0
        public var underHelp = 0, reoffended = 0
        public var corrections = 0, correctionsOnTime = 0
        public var followUps = 0, followUpsOnTime = 0

        public var resettlementRate: Double? { released == 0 ? nil : Double(resettled) / Double(released) }
        public var reoffendingRate: Double? { underHelp == 0 ? nil : Double(reoffended) / Double(underHelp) }
        public var dutiesOnTimeRate: Double? { corrections == 0 ? nil : Double(correctionsOnTime) / Double(corrections) }
        public var followUpsOnTimeRate: Double? { followUps == 0 ? nil : Double(followUpsOnTime) / Double(followUps) }
        public var perWorker: Double? { socialWorkers == 0 ? nil : Double(active.values.reduce(0, +)) / Double(socialWorkers) }
    }

    public let month: String
    public let lines: [Line]
    public let ratio: Int

    /// Pure: the figures of `month` (its first and last day) from caseloads and their contacts.
    public static func compute(month first: Day, caseloads: [Caseload], contacts: [CaseloadContact], settings s: CaseloadSettings, today: Day) -> CaseloadFigures {
        var tally = Tally(month: first, settings: s, today: today)
        tally.add(caseloads, contacts: contacts)
        return tally.figures
    }

    /// The figures added up a share of the caseloads at a time (a county's are read in chunks, each with its contacts); each
    /// caseload is added once, with its contacts up to the month's end.
    public struct Tally: Sendable {
        public let first: Day, last: Day
        let settings: CaseloadSettings, today: Day
        var lines: [String: Line] = [:]
        var workers: [String: [String: Int]] = [:]
        /// Caseloads added, by unit (what the read's audit record says).
        var added: [String: Int] = [:]

        public init(month first: Day, settings: CaseloadSettings, today: Day) {
            self.first = first
            last = Day(year: first.year, month: first.month, day: Day.daysIn(month: first.month, year: first.year))
            self.settings = settings
            self.today = today
        }

        /// Whether the figures read `c`'s contacts: an active correction's duties and a person's follow-ups do; the rest are
        /// counted from the caseload alone.
        public static func readsContacts(_ c: Caseload) -> Bool { c.kind == .mentalHealth || (c.kind == .correction && c.status == .active) }

        public mutating func add(_ caseloads: [Caseload], contacts: [CaseloadContact]) {
            let first = self.first, last = self.last, s = settings, today = self.today
            let byCaseload = Dictionary(grouping: contacts.filter { $0.on <= last }, by: \.caseloadId)
            for c in caseloads {
                var line = lines[c.unitCode] ?? Line(unitCode: c.unitCode)
                let mine = byCaseload[c.id] ?? []
                let activeInMonth = c.startsOn <= last && (c.status == .active || (c.endsOn ?? last) >= first)
                if c.status == .active {
                    line.active[c.kind, default: 0] += 1
                    workers[c.unitCode, default: [:]][c.assignedTo, default: 0] += 1
                }
                switch c.kind {
                case .resettlement:
                    if c.startsOn >= first, c.startsOn <= last {
                        line.released += 1
                        if c.resettledOn != nil { line.resettled += 1 }
                    }
                    if activeInMonth {
                        line.underHelp += 1
                        if let r = c.reoffendedOn, r >= first, r <= last { line.reoffended += 1 }
                    }
                case .correction where c.status == .active:
                    line.corrections += 1
                    if !CaseloadRules.duties(c, contacts: mine, settings: s, today: min(today, last)).contains(where: { $0.overdue(today: min(today, last)) }) {
                        line.correctionsOnTime += 1
                    }
                case .mentalHealth:
                    // A follow-up is on time when it came by the day the one before it (or registration) set.
                    let followUps = mine.filter { $0.kind == .followUp }.sorted { ($0.on, $0.recordedAt) < ($1.on, $1.recordedAt) }
                    for (i, f) in followUps.enumerated() where f.on >= first && f.on <= last {
                        line.followUps += 1
                        let earlier = mine.filter { $0.kind != .followUp } + followUps[..<i]
                        let due = CaseloadRules.duties(c, contacts: earlier, settings: s, today: f.on).first { $0.rule.contains("follow_up") }?.due
                        if due.map({ f.on <= $0 }) ?? true { line.followUpsOnTime += 1 }
                    }
                default:
                    break
                }
                lines[c.unitCode] = line
                added[c.unitCode, default: 0] += 1
            }
        }

        /// How many caseloads the figures were counted over.
        public var caseloads: Int { added.values.reduce(0, +) }

        public var figures: CaseloadFigures {
            var lines = self.lines
            for (unit, loads) in workers {
                lines[unit]?.socialWorkers = loads.count
                lines[unit]?.heaviestLoad = loads.values.max() ?? 0
            }
            return CaseloadFigures(month: String(first.description.prefix(7)), lines: lines.values.sorted { $0.unitCode < $1.unitCode },
                                   ratio: settings.caseloadRatio)
        }
    }
}

/// A unit's lines, social workers and caseloads are its own: a unit counted again takes the place of what the tally held.
extension CaseloadFigures.Tally: Parted {
    public func replacing(_ units: Set<String>, with fresh: Self) -> Self {
        var t = self
        for unit in units {
            (t.lines[unit], t.workers[unit], t.added[unit]) = (fresh.lines[unit], fresh.workers[unit], fresh.added[unit])
        }
        return t
    }
}

extension CaseloadService {
    /// The figures of `month` ("2026-12") over what the caller may see; counted again only when a caseload, a contact or
    /// the settings were written (by any server process), the day turned or the sealed records changed, and after a write
    /// to caseloads or contacts only in the units written to. Counting a county's whole (27,000 caseloads and their contacts
    /// at ten million residents) takes most of a second, and social workers write contacts all day: with every write
    /// counting it all again, a legal officer's figures took a second each time they were asked for.
    public func figures(month: String?, by actor: StaffContext) async throws -> CaseloadFigures {
        let today = self.today
        let first: Day
        if let month, !month.isEmpty {
            guard month.count == 7, let day = Day(month + "-01"), day.year >= 2000, day <= today else { throw AppError.invalid("caseload_error_month") }
            first = day
        } else {
            first = Day(year: today.year, month: today.month, day: 1)
        }
        // Sealed records by the few sealed ids: each caseload's person read to see whether it was sealed was 27,000 reads of
        // a ten-million-resident register for a county's figures.
        let sealed = try await people.sealedIds(), staff = actor.staff
        // Who reads decides what is counted (their own caseloads, their unit's, sealed ones or not): kept by reader.
        var hasher = Hasher()
        if !staff.can(.viewSealedRecords) { hasher.combine(sealed) }
        let key = "\(staff.id) \(staff.role.rawValue) \(staff.unitCode) \(first) \(today) \(hasher.finalize())"
        let stamp = try await database.read { try await CaseloadStore.figureStamp(on: $0) }
        let tally = try await figureCache.value(key, stamp: stamp, at: clock.now(), until: today.endDate.epochSeconds) {
            try await countFigures(from: first, today: today, sealed: sealed, by: staff)
        } parts: { units in
            // Many units at once (a day's writes across a city) are read as one count: an `IN` of thousands is no help.
            try await countFigures(from: first, today: today, sealed: sealed, by: staff, units: units.count > 200 ? nil : units)
        }
        try await AuditLog().record(actor.audit("caseload.figures", "caseloads", staff.unitCode, detail: String(tally.caseloads)), at: clock.now(),
                                    in: database)
        return tally.figures
    }

    /// The month's figures counted over every caseload `staff` may read, or those of `units` alone.
    func countFigures(from first: Day, today: Day, sealed: Set<String>, by staff: Staff, units: Set<String>? = nil) async throws
        -> CaseloadFigures.Tally
    {
        var filter = CaseloadAccess.filter(for: staff)
        filter.status = nil
        filter.units = units.map { $0.sorted() }
        let store = self.store, f = filter
        var tally = CaseloadFigures.Tally(month: first, settings: try await settings(), today: today), after = ""
        // Every caseload the caller may see, a chunk at a time in id order (a county's at ten million residents are 27,000 and
        // more; the first 20,000 alone were counted before), and only the contacts the figures read.
        while true {
            let next = after
            let chunk = try await database.read { try await store.chunk(f, after: next, limit: 2_000, on: $0) }
            guard let lastId = chunk.last?.id else { break }
            after = lastId
            let visible = chunk.filter { CaseloadAccess.mayRead($0, sealed: sealed.contains($0.residentId), by: staff) }
            let reading = visible.filter(CaseloadFigures.Tally.readsContacts), (from, through) = (tally.first, tally.last)
            let lookBack = Set(reading.map(\.kind)).reduce(into: Set<ContactKind>()) { $0.formUnion(CaseloadRules.runsFrom[$1] ?? []) }
            var contacts: [CaseloadContact] = []
            for part in reading.map(\.id).chunked(by: 500) {
                contacts += try await database.read {
                    try await store.figureContacts(of: Array(part), lookingBackFor: lookBack, from: from, through: through, on: $0)
                }
            }
            tally.add(visible, contacts: contacts)
        }
        return tally
    }
}
