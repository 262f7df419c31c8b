import Foundation
import Hummingbird
import Kernel
import Spreadsheets

/// Upload a spreadsheet into a unit, watch it import, download the error report.
public enum ImportPages {
    public static func register(on routes: SecureRoutes, jobs: ImportJobs, views: ViewRenderer) {
        routes.get(RegistryPath.pattern(RegistryPath.importForm, "code"), .permitted(.manageResidents), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            let chosen = request.uri.queryParameters.get("kind").flatMap(ImportKind.init(rawValue:)) ?? .residents
            let model = ImportPage(code: code, chosen: chosen, recent: try await jobs.recent(by: context), views: views, locale: context.locale)
            return try views.page("import", titleKey: "import_title", model: model, request: request, context: context)
        }
        routes.post(RegistryPath.pattern(RegistryPath.importForm, "code"), .permitted(.manageResidents), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            let form = try await context.upload(request, limit: ImportJobs.uploadLimit)
            guard let kind = form.text("kind").flatMap(ImportKind.init(rawValue:)) else { throw AppError.invalid("import_error_kind") }
            guard let file = form["file"], !file.data.isEmpty else { throw AppError.invalid("import_error_no_file") }
            let job = try await jobs.start(kind, into: code, fileName: file.filename ?? "upload", data: file.data, by: context)
            return Response.redirect(to: RegistryPath.importJob(job.id).path, type: .normal)
        }
        routes.get(RegistryPath.importTemplate.path, .permitted(.manageResidents)) { request, context in
            let kind = request.uri.queryParameters.get("kind").flatMap(ImportKind.init(rawValue:)) ?? .residents
            let data = try XLSXWriter.workbook(sheetName: views.t(kind.labelKey, context.locale), rows: [kind.headers])
            return Response.xlsx(data, filename: "template-\(kind.rawValue).xlsx")
        }
        routes.get(RegistryPath.pattern(RegistryPath.importJob, "job"), .permitted(.manageResidents)) { request, context in
            let job = try await jobs.find(try context.parameters.require("job"), by: context)
            return try views.page("import_job", titleKey: "import_job_title", titleArgs: [job.fileName],
                                  model: ImportJobPage(job: ImportJobRow(job, views: views, locale: context.locale)), request: request, context: context)
        }
        routes.get(RegistryPath.pattern(RegistryPath.importStatus, "job"), .permitted(.manageResidents)) { _, context in
            let job = try await jobs.find(try context.parameters.require("job"), by: context)
            return try Response.json(Status(job, views: views, locale: context.locale))
        }
        routes.get(RegistryPath.pattern(RegistryPath.importErrors, "job"), .permitted(.manageResidents)) { _, context in
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
            reportUrl = job.errorCount > 0 ? RegistryPath.importErrors(job.id).path : nil
        }
    }
}
