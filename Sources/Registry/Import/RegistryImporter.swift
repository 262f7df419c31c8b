import Foundation
import Kernel
import Spreadsheets
import SQLKit

/// Bulk import into the register from the sheets staff already keep (.xlsx or .csv, Chinese
/// headers). Good rows go in; bad rows are reported by row, column and reason; rows already
/// registered are skipped, so importing the same file twice adds nothing twice.
public struct RegistryImporter: Sendable {
    let database: Database
    let clock: any AppClock
    let strings: Strings
    let locale: AppLocale
    let chunkSize: Int
    /// Where the grid and building codes rows name are checked, without reading the grids' tables.
    let units: any UnitDirectory
    /// Where chunks are stored from (the import threads, for a job started from a page).
    let executor: (any TaskExecutor)?
    /// Bad rows reported at most: each keeps its cells for the error report, so a sheet of
    /// nothing but bad rows (a crafted one streams millions) stops here instead of filling memory.
    let maxErrors: Int

    /// `chunkSize` rows are checked and committed together. Every commit writes each index page
    /// the chunk touched, and names scatter a chunk over nearly every page of the name indexes, so
    /// bigger chunks write less (1M rows: 675,000 log pages at 50k, 2.8 GB); smaller ones hold the
    /// write lock for less (1.4 s a chunk into 1M residents, 2.5 s into 3M; the server's writes wait).
    public init(database: Database, clock: any AppClock, units: any UnitDirectory, strings: Strings, locale: AppLocale = .zhHans,
                chunkSize: Int = 50_000, executor: (any TaskExecutor)? = nil, maxErrors: Int = 100_000) {
        self.executor = executor
        self.maxErrors = maxErrors
        self.units = units
        self.database = database
        self.clock = clock
        self.strings = strings
        self.locale = locale
        self.chunkSize = chunkSize
    }

    /// Imports `data` into units under `scope`; `progress` hears the fraction done after each chunk.
    public func run(_ kind: ImportKind, data: Data, scope: Scope, actor: Staff?,
                    progress: @Sendable (Double) async -> Void = { _ in }) async throws -> ImportReport {
        var source = try Spreadsheet.rows(from: data)
        let report: ImportReport
        switch kind {
        case .residents:
            report = try await run(ResidentRows.plan(grids: try await unitCodes("grid", within: scope), today: Day(date: clock.now()), database: database),
                                   kind: kind, source: &source, progress: progress)
        case .houses:
            report = try await run(HouseRows.plan(buildings: try await unitCodes("building", within: scope), strings: strings, database: database),
                                   kind: kind, source: &source, progress: progress)
        case .organisations:
            report = try await run(OrganisationRows.plan(grids: try await unitCodes("grid", within: scope), strings: strings, database: database),
                                   kind: kind, source: &source, progress: progress)
        }
        let now = clock.now()
        let summary = "rows \(report.rows), inserted \(report.inserted), skipped \(report.skipped), errors \(report.errors.count)"
        try await AuditLog().record(AuditEvent(actor: actor, action: kind.auditAction, targetType: "scope", targetId: scope.rootCode,
                                               detail: summary), at: now, in: database)
        await progress(1)
        return report
    }

    func run<Record>(_ plan: ImportPlan<Record>, kind: ImportKind, source: inout any RowSource,
                     progress: @Sendable (Double) async -> Void) async throws -> ImportReport {
        var headerRow: SheetRow?
        while headerRow == nil, let row = try source.nextRow() {
            if !row.fields.allSatisfy({ $0.trimmed.isEmpty }) { headerRow = row }
        }
        guard let headerRow else { throw AppError.invalid("import_error_empty") }
        // Templates often star the required columns: "*姓名".
        let header = headerRow.fields.map { $0.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "*＊")) }
        let missing = kind.required.filter { !header.contains($0) }
        guard missing.isEmpty else { throw AppError.invalid("import_error_headers", [missing.joined(separator: "、")]) }
        let positions = kind.headers.map { header.firstIndex(of: $0) }
        var report = ImportReport()
        report.header = headerRow.fields
        var seen = Set<String>()
        var batch: [Record] = []
        // One chunk is stored while the next is parsed: SQLite's writer and the row checks each
        // take about half the time, and the machine has two cores.
        var storing: Task<(stored: Int, inserted: Int), any Error>?
        func settle() async throws {
            guard let task = storing else { return }
            storing = nil
            let done = try await task.value
            report.inserted += done.inserted
            report.skipped += done.stored - done.inserted
        }
        func store() async throws {
            guard !batch.isEmpty else { return try await settle() }
            let records = batch, database = self.database
            batch = []
            batch.reserveCapacity(chunkSize)
            // Built here, while the chunk before is written: on the writer it was a third of its time.
            let write = plan.store(records, clock.now())
            try await settle()
            storing = Task(executorPreference: executor) {
                (records.count, try await database.transaction { try await write($0) })
            }
        }

        while let sheetRow = try source.nextRow() {
            if sheetRow.fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            report.rows += 1
            guard report.errors.count < maxErrors else { throw AppError.invalid("import_error_too_many_errors", [String(maxErrors)]) }
            func refuse(_ column: String, _ key: String, _ args: [String] = []) {
                report.errors.append(RowError(row: sheetRow.number, column: column, reason: strings.t(key, locale, args), fields: sheetRow.fields))
            }
            do {
                let record = try plan.parse(ImportRow(number: sheetRow.number, fields: sheetRow.fields, positions: positions))
                guard seen.insert(plan.key(record)).inserted else {
                    refuse(plan.keyColumn, plan.repeatKey)
                    continue
                }
                batch.append(record)
            } catch let problem as RowProblem {
                refuse(problem.column, problem.key, problem.args)
            }
            if batch.count >= chunkSize {
                // Stopped between chunks (shutdown): what is stored stays, the same file finishes it.
                try Task.checkCancellation()
                try await store()
                await progress(source.fractionRead)
            }
        }
        try await store()
        try await settle()
        return report
    }

    func unitCodes(_ level: String, within scope: Scope) async throws -> Set<String> {
        Set(try await units.codes(level: level, under: scope.rootCode))
    }
}

extension RowProblem {
    /// A service's validation error, placed in the column it is about.
    init(_ error: AppError, columns: [String: String], otherwise: String) {
        self.init(column: columns[error.messageKey] ?? otherwise, key: error.messageKey, args: error.args)
    }
}

extension Strings {
    /// A cell's label in any language (staff write 住宅 or residential), mapped to its value.
    func choices<Value>(_ values: [Value], key: (Value) -> String, raw: (Value) -> String) -> [String: Value] {
        var map: [String: Value] = [:]
        for value in values {
            map[raw(value)] = value
            for locale in AppLocale.allCases { map[t(key(value), locale)] = value }
        }
        return map
    }
}
