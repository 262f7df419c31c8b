import Foundation
import Kernel
import SQLKit

/// SQL for background imports and their error reports.
public struct ImportJobStore: Sendable {
    public init() {}

    static let columns = ["id", "kind", "unit_code", "staff_id", "file_name", "status", "progress", "rows", "inserted", "skipped",
                          "error_count", "message", "created_at", "updated_at"]

    struct Row: Decodable {
        let id: String, kind: String, unit_code: String, staff_id: String, file_name: String, status: String, progress: Double
        let rows: Int, inserted: Int, skipped: Int, error_count: Int, message: String?, created_at: Int64, updated_at: Int64

        var job: ImportJob {
            ImportJob(id: id, kind: ImportKind(rawValue: kind) ?? .residents, unitCode: unit_code, staffId: staff_id, fileName: file_name,
                      status: ImportJob.Status(rawValue: status) ?? .failed, progress: progress, rows: rows, inserted: inserted,
                      skipped: skipped, errorCount: error_count, message: message,
                      createdAt: Date(timeIntervalSince1970: Double(created_at)), updatedAt: Date(timeIntervalSince1970: Double(updated_at)))
        }
    }

    func insert(_ job: ImportJob, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "import_jobs").columns(Self.columns)
            .values(SQLBind(job.id), SQLBind(job.kind.rawValue), SQLBind(job.unitCode), SQLBind(job.staffId), SQLBind(job.fileName),
                    SQLBind(job.status.rawValue), SQLBind(job.progress), SQLBind(job.rows), SQLBind(job.inserted), SQLBind(job.skipped),
                    SQLBind(job.errorCount), SQLBind(job.message), SQLBind(job.createdAt.epochSeconds), SQLBind(job.updatedAt.epochSeconds))
            .run()
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> ImportJob? {
        try await sql.select().columns(Self.columns).from("import_jobs").where("id", .equal, id).first(decoding: Row.self)?.job
    }

    func recent(staffId: String, limit: Int, on sql: any SQLDatabase) async throws -> [ImportJob] {
        try await sql.select().columns(Self.columns).from("import_jobs").where("staff_id", .equal, staffId)
            .orderBy("created_at", .descending).orderBy("id", .descending).limit(limit).all(decoding: Row.self).map(\.job)
    }

    func updateProgress(id: String, progress: Double, at now: Date, on sql: any SQLDatabase) async throws {
        try await sql.update("import_jobs").set("progress", to: progress).set("updated_at", to: now.epochSeconds)
            .where("id", .equal, id).run()
    }

    /// Tells every process that the job's server is still alive (the job may be waiting its turn).
    func touch(id: String, status: ImportJob.Status? = nil, at now: Date, on sql: any SQLDatabase) async throws {
        var update = sql.update("import_jobs").set("updated_at", to: now.epochSeconds)
        if let status { update = update.set("status", to: status.rawValue) }
        try await update.where("id", .equal, id).where("status", .in, [ImportJob.Status.queued.rawValue, ImportJob.Status.running.rawValue]).run()
    }

    func finish(_ job: ImportJob, report: Data?, on sql: any SQLDatabase) async throws {
        try await sql.update("import_jobs").set("status", to: job.status.rawValue).set("progress", to: job.progress)
            .set("rows", to: job.rows).set("inserted", to: job.inserted).set("skipped", to: job.skipped)
            .set("error_count", to: job.errorCount).set("message", to: job.message).set("report", to: report)
            .set("updated_at", to: job.updatedAt.epochSeconds).where("id", .equal, job.id).run()
    }

    func report(id: String, on sql: any SQLDatabase) async throws -> Data? {
        try await sql.select().column("report").from("import_jobs").where("id", .equal, id).first()?
            .decode(column: "report", as: Data?.self)
    }
}
