import Foundation
import Hummingbird
import Kernel
import Spreadsheets

/// Upload a spreadsheet into a unit, watch it import, download the error report.
public enum ImportPages {
    public static func register(on routes: SecureRoutes, jobs: ImportJobs, views: ViewRenderer) {
        routes.get("/units/{code}/import", .permitted(.manageResidents), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            let locale = context.locale
            let recent = try await jobs.recent(by: context).map { summary($0, views: views, locale: locale) }
            let chosen = request.uri.queryParameters.get("kind").flatMap(ImportKind.init(rawValue:)) ?? .residents
            return views.page("import", titleKey: "import_title", data: [
                "code": code,
                "kinds": ImportKind.allCases.map { kind -> [String: Any] in
                    ["value": kind.rawValue, "label": views.t(kind.labelKey, locale), "selected": kind == chosen,
                     "headers": kind.headers.joined(separator: "、")]
                },
                "jobs": recent, "has_jobs": !recent.isEmpty,
                "limit_mb": String(ImportJobs.uploadLimit >> 20),
            ], request: request, context: context)
        }
        routes.post("/units/{code}/import", .permitted(.manageResidents), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            let form = try await context.upload(request, limit: ImportJobs.uploadLimit)
            guard let kind = form.text("kind").flatMap(ImportKind.init(rawValue:)) else { throw AppError.invalid("import_error_kind") }
            guard let file = form["file"], !file.data.isEmpty else { throw AppError.invalid("import_error_no_file") }
            let job = try await jobs.start(kind, into: code, fileName: file.filename ?? "upload", data: file.data, by: context)
            return Response.redirect(to: "/imports/\(job.id)", type: .normal)
        }
        routes.get("/imports/template", .permitted(.manageResidents)) { request, context in
            let kind = request.uri.queryParameters.get("kind").flatMap(ImportKind.init(rawValue:)) ?? .residents
            let data = try XLSXWriter.workbook(sheetName: views.t(kind.labelKey, context.locale), rows: [kind.headers])
            return Response.xlsx(data, filename: "template-\(kind.rawValue).xlsx")
        }
        routes.get("/imports/{job}", .permitted(.manageResidents)) { request, context in
            let job = try await jobs.find(try context.parameters.require("job"), by: context)
            return views.page("import_job", titleKey: "import_job_title", titleArgs: [job.fileName],
                              data: ["job": summary(job, views: views, locale: context.locale)], request: request, context: context)
        }
        routes.get("/imports/{job}/status", .permitted(.manageResidents)) { _, context in
            let job = try await jobs.find(try context.parameters.require("job"), by: context)
            return try Response.json(Status(job, views: views, locale: context.locale))
        }
        routes.get("/imports/{job}/errors.xlsx", .permitted(.manageResidents)) { _, context in
            let (job, data) = try await jobs.report(try context.parameters.require("job"), by: context)
            return Response.xlsx(data, filename: "errors-\(job.id).xlsx")
        }
    }

    /// What the job page's script polls.
    struct Status: Encodable {
        let status: String, statusLabel: String, percent: Int, rows: Int, inserted: Int, skipped: Int, errors: Int
        let message: String?, reportUrl: String?

        init(_ job: ImportJob, views: ViewRenderer, locale: AppLocale) {
            status = job.status.rawValue
            statusLabel = views.t("import_status_\(job.status.rawValue)", locale)
            percent = Int((job.progress * 100).rounded(.down))
            rows = job.rows
            inserted = job.inserted
            skipped = job.skipped
            errors = job.errorCount
            message = job.message
            reportUrl = job.errorCount > 0 ? "/imports/\(job.id)/errors.xlsx" : nil
        }
    }

    static func summary(_ job: ImportJob, views: ViewRenderer, locale: AppLocale) -> [String: Any] {
        let status = Status(job, views: views, locale: locale)
        return [
            "id": job.id, "file_name": job.fileName, "kind": views.t(job.kind.labelKey, locale), "unit_code": job.unitCode,
            "status": status.status, "status_label": status.statusLabel, "percent": status.percent,
            "running": job.isActive, "rows": job.rows, "inserted": job.inserted, "skipped": job.skipped,
            "errors": job.errorCount, "message": job.message ?? "", "report_url": status.reportUrl ?? "",
            "list_url": job.kind == .residents ? "/units/\(job.unitCode)/residents" : "/units/\(job.unitCode)/\(job.kind.rawValue)",
        ]
    }
}
