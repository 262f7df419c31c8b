import Foundation
import Kernel
import Logging
import Synchronization

/// Imports started from a page. The upload returns at once; the import waits for one of this
/// process's import slots and runs on threads of its own, so HTTP keeps answering however big the
/// file. Its progress goes to the database after each chunk so the page (on any server process)
/// can show it, and the error report is kept for download.
public struct ImportJobs: Sendable {
    let database: Database
    let clock: any AppClock
    let units: any UnitDirectory
    let strings: Strings
    let store = ImportJobStore()
    let logger = Logger(label: "civicgrid.import")
    let held = HeldImports()

    /// Imports at once per process (`IMPORT_CONCURRENCY`, 1–4): each holds its whole sheet in
    /// memory and keeps a core busy, and the machine answering HTTP has two.
    static let concurrency = ProcessInfo.processInfo.environment["IMPORT_CONCURRENCY"].flatMap(Int.init).map { min(max($0, 1), 4) } ?? 1
    static let threads = DedicatedThreads(count: concurrency, name: "import")
    static let slots = JobSlots(count: concurrency)
    /// A job, queued or running, tells other processes its server is alive this often.
    static let heartbeat: Duration = .seconds(30)
    /// A queued or running job not heard from for this long lost its server.
    static let staleAfter: TimeInterval = 120
    /// Uploads are spreadsheets of a jurisdiction, not database dumps.
    public static let uploadLimit = 64 << 20
    /// Smaller than the command line's chunks, so the page's bar moves.
    static let chunkSize = 10_000

    public init(database: Database, clock: any AppClock, units: any UnitDirectory, strings: Strings) {
        self.units = units
        self.database = database
        self.clock = clock
        self.strings = strings
    }

    /// Registers the job and queues it; the caller shows the job's page.
    public func start(_ kind: ImportKind, into unitCode: String, fileName: String, data: Data, by actor: StaffContext) async throws -> ImportJob {
        guard !data.isEmpty else { throw AppError.invalid("import_error_empty") }
        let now = clock.now()
        let job = ImportJob(id: RecordID.make(), kind: kind, unitCode: unitCode, staffId: actor.staff.id,
                            fileName: String(fileName.prefix(200)), status: .queued, progress: 0, rows: 0, inserted: 0, skipped: 0,
                            errorCount: 0, message: nil, createdAt: now, updatedAt: now)
        let store = self.store
        try await database.transaction { try await store.insert(job, on: $0) }
        let importer = RegistryImporter(database: database, clock: clock, units: units, strings: strings, locale: actor.locale, chunkSize: Self.chunkSize,
                                        executor: Self.threads)
        let staff = actor.staff, locale = actor.locale
        held.start(job.id) {
            Task(executorPreference: Self.threads) { await run(job, importer: importer, data: data, staff: staff, locale: locale) }
        }
        return job
    }

    /// Waits for a slot, beating the heart meanwhile, then imports.
    func run(_ job: ImportJob, importer: RegistryImporter, data: Data, staff: Staff, locale: AppLocale) async {
        let database = self.database, store = self.store, clock = self.clock, held = self.held
        defer { held.end(job.id) }
        await withTaskGroup(of: Void.self) { group in
            // On the shared pool, not the import threads: a running import may hold its thread
            // waiting for the sheet's next rows, and a queued job's heart must beat meanwhile.
            group.addTask(executorPreference: globalConcurrentExecutor) {
                while (try? await Task.sleep(for: Self.heartbeat)) != nil {
                    try? await database.transaction { try await store.touch(id: job.id, at: clock.now(), on: $0) }
                }
            }
            await Self.slots.run {
                await execute(job, importer: importer, data: data, staff: staff, locale: locale)
            }
            group.cancelAll()
        }
    }

    func execute(_ job: ImportJob, importer: RegistryImporter, data: Data, staff: Staff, locale: AppLocale) async {
        var finished = job
        var report: Data?
        let database = self.database, store = self.store, clock = self.clock
        do {
            try Task.checkCancellation()
            try await database.transaction { try await store.touch(id: job.id, status: .running, at: clock.now(), on: $0) }
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
        } catch is CancellationError {
            finished.status = .interrupted
            finished.message = strings.t("import_interrupted_shutdown", locale)
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
            // Recorded even when the job was cancelled (shutdown): a task of its own is not.
            try await Task { try await database.transaction { try await store.finish(done, report: file, on: $0) } }.value
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
        if job.isActive, clock.now().timeIntervalSince(job.updatedAt) > Self.staleAfter { job.status = .interrupted }
        return job
    }

    /// At shutdown: stops this process's imports between chunks and waits up to `grace` for them
    /// to record how far they got; any still going then is marked interrupted. Uploading the same
    /// file again finishes the job, adding nothing twice.
    public func shutdown(grace: Duration = .seconds(10)) async {
        let tasks = held.cancelAll()
        guard !tasks.isEmpty else { return }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { for task in tasks { await task.value } }
            group.addTask { try? await Task.sleep(for: grace) }
            await group.next()
            group.cancelAll()
        }
        let store = self.store, now = clock.now()
        for id in held.ids() {
            try? await database.transaction { try await store.touch(id: id, status: .interrupted, at: now, on: $0) }
        }
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

/// This process's import tasks, by job.
final class HeldImports: Sendable {
    private let tasks = Mutex<[String: Task<Void, Never>]>([:])

    /// Registers the task as it is made, so it cannot end before it is held.
    func start(_ id: String, _ make: () -> Task<Void, Never>) {
        tasks.withLock { $0[id] = make() }
    }

    func end(_ id: String) {
        _ = tasks.withLock { $0.removeValue(forKey: id) }
    }

    func cancelAll() -> [Task<Void, Never>] {
        let all = tasks.withLock { Array($0.values) }
        all.forEach { $0.cancel() }
        return all
    }

    func ids() -> [String] { tasks.withLock { Array($0.keys) } }
}
