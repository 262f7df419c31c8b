import Foundation
import Kernel
import Logging

/// Imports started from a page. The upload returns at once; the import runs in the background,
/// writing its progress to the database after each chunk so the page (on any server process)
/// can show it, and keeping the error report for download.
public struct ImportJobs: Sendable {
    let database: Database
    let clock: any AppClock
    let strings: Strings
    let store = ImportJobStore()
    let logger = Logger(label: "civicgrid.import")

    /// A running job that has not reported progress for this long lost its server.
    static let staleAfter: TimeInterval = 120
    /// Uploads are spreadsheets of a jurisdiction, not database dumps.
    public static let uploadLimit = 64 << 20
    /// Smaller than the command line's chunks, so the page's bar moves.
    static let chunkSize = 10_000

    public init(database: Database, clock: any AppClock, strings: Strings) {
        self.database = database
        self.clock = clock
        self.strings = strings
    }

    /// Registers the job and starts it; the caller shows the job's page.
    public func start(_ kind: ImportKind, into unitCode: String, fileName: String, data: Data, by actor: StaffContext) async throws -> ImportJob {
        guard !data.isEmpty else { throw AppError.invalid("import_error_empty") }
        let now = clock.now()
        let job = ImportJob(id: RecordID.make(), kind: kind, unitCode: unitCode, staffId: actor.staff.id,
                            fileName: String(fileName.prefix(200)), status: .running, progress: 0, rows: 0, inserted: 0, skipped: 0,
                            errorCount: 0, message: nil, createdAt: now, updatedAt: now)
        let store = self.store
        try await database.transaction { try await store.insert(job, on: $0) }
        let importer = RegistryImporter(database: database, clock: clock, strings: strings, locale: actor.locale, chunkSize: Self.chunkSize)
        let staff = actor.staff, locale = actor.locale
        Task { await run(job, importer: importer, data: data, staff: staff, locale: locale) }
        return job
    }

    func run(_ job: ImportJob, importer: RegistryImporter, data: Data, staff: Staff, locale: AppLocale) async {
        var finished = job
        var report: Data?
        let database = self.database, store = self.store, clock = self.clock
        do {
            let result = try await importer.run(job.kind, data: data, scope: Scope(rootCode: job.unitCode), actor: staff) { fraction in
                try? await database.transaction { try await store.updateProgress(id: job.id, progress: fraction, at: clock.now(), on: $0) }
            }
            finished.status = .done
            finished.progress = 1
            finished.rows = result.rows
            finished.inserted = result.inserted
            finished.skipped = result.skipped
            finished.errorCount = result.errors.count
            if !result.errors.isEmpty {
                let labels = ["import_report_row", "import_report_column", "import_report_reason"].map { strings.t($0, locale) }
                report = try result.errorWorkbook(labels: labels, sheetName: strings.t("import_report_sheet", locale))
            }
        } catch let error as AppError {
            finished.status = .failed
            finished.message = strings.t(error.messageKey, locale, error.args)
        } catch {
            logger.error("import \(job.id) failed: \(error)")
            finished.status = .failed
            finished.message = strings.t("error_internal", locale)
        }
        finished.updatedAt = clock.now()
        let done = finished, file = report
        do {
            try await database.transaction { try await store.finish(done, report: file, on: $0) }
        } catch {
            logger.error("import \(job.id) could not record its end: \(error)")
        }
    }

    /// A job its starter, or a colleague who manages residents where it imported, may see.
    public func find(_ id: String, by actor: StaffContext) async throws -> ImportJob {
        let store = self.store
        guard var job = try await database.read({ try await store.find(id: id, on: $0) }),
              job.staffId == actor.staff.id || (actor.scope.contains(job.unitCode) && actor.staff.can(.manageResidents))
        else { throw AppError.notFound }
        if job.status == .running, clock.now().timeIntervalSince(job.updatedAt) > Self.staleAfter { job.status = .interrupted }
        return job
    }

    public func report(_ id: String, by actor: StaffContext) async throws -> (ImportJob, Data) {
        let job = try await find(id, by: actor)
        let store = self.store
        guard let data = try await database.read({ try await store.report(id: id, on: $0) }) else { throw AppError.notFound }
        return (job, data)
    }

    public func recent(by actor: StaffContext) async throws -> [ImportJob] {
        let store = self.store, id = actor.staff.id
        return try await database.read { try await store.recent(staffId: id, limit: 10, on: $0) }
    }
}
