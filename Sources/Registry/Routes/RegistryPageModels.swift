import Foundation
import Kernel

/// One import job as its page and the unit's import page list it.
struct ImportJobRow: Encodable, Sendable {
    let id: String, fileName: String, kind: String, unitCode: String, status: String, statusLabel: String, percent: String
    let running: Bool
    let rows: String, inserted: String, skipped: String, errors: String
    let message: String, reportUrl: String, listUrl: String
    let url: String, unitUrl: String, formUrl: String, statusUrl: String

    init(_ job: ImportJob, views: ViewRenderer, locale: AppLocale) {
        let s = ImportPages.Status(job, views: views, locale: locale)
        (id, fileName, kind, unitCode) = (job.id, job.fileName, views.t(job.kind.labelKey, locale), job.unitCode)
        (status, statusLabel, percent, running) = (s.status, s.statusLabel, String(s.percent), job.isActive)
        (rows, inserted, skipped, errors) = (String(job.rows), String(job.inserted), String(job.skipped), String(job.errorCount))
        (message, reportUrl) = (job.message ?? "", s.reportUrl ?? "")
        (url, unitUrl, formUrl) = (RegistryPath.importJob(job.id).path, UnitPagePath.path(job.unitCode), RegistryPath.importForm(job.unitCode).path)
        statusUrl = RegistryPath.importStatus(job.id).path
        listUrl = job.kind == .residents ? RegistryPath.residents(job.unitCode).path : RegistryPath.list(job.unitCode, job.kind.rawValue).path
    }
}

/// `import.mustache`: the upload form for a unit and the caller's recent jobs.
struct ImportPage: PageModel {
    struct Kind: Encodable, Sendable { let value: String, label: String, selected: Bool, headers: String, templateUrl: String }
    let code: String
    let unitUrl: String, formUrl: String
    let kinds: [Kind]
    let jobs: [ImportJobRow]
    let hasJobs: Bool
    let limitMb: String

    init(code: String, chosen: ImportKind, recent: [ImportJob], views: ViewRenderer, locale: AppLocale) {
        (self.code, unitUrl, formUrl) = (code, UnitPagePath.path(code), RegistryPath.importForm(code).path)
        kinds = ImportKind.allCases.map {
            Kind(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0 == chosen, headers: $0.headers.joined(separator: "、"),
                 templateUrl: RegistryPath.importTemplate.path + "?kind=\($0.rawValue)")
        }
        jobs = recent.map { ImportJobRow($0, views: views, locale: locale) }
        hasJobs = !recent.isEmpty
        limitMb = String(ImportJobs.uploadLimit >> 20)
    }
}

/// `import_job.mustache`: one job's progress, which its script then polls.
struct ImportJobPage: PageModel {
    let job: ImportJobRow
}

/// `organisation.mustache`: who an organisation is and whom it employs, masked.
struct OrganisationPage: PageModel {
    struct Head: Encodable, Sendable { let name: String, creditCode: String, kind: String, legalRepresentative: String, address: String, gridCode: String }
    struct Employee: Encodable, Sendable { let url: String, residentId: String, name: String, idNumber: String, position: String, sinceOn: String, untilOn: String, visible: Bool }
    let o: Head
    let unitUrl: String, listUrl: String
    let employees: [Employee]
    let hasEmployees: Bool
    let total: String, prev: String, next: String

    init(_ org: Organisation, employees list: [EmployeeStore.Employee], total: Int, pager: [String: String], scope: Scope, views: ViewRenderer,
         locale: AppLocale) {
        o = Head(name: org.name, creditCode: org.creditCode, kind: views.t(org.kind.labelKey, locale), legalRepresentative: org.legalRepresentative,
                 address: org.address, gridCode: org.gridCode)
        (unitUrl, listUrl) = (UnitPagePath.path(org.gridCode), RegistryPath.list(org.gridCode, "organisations").path)
        employees = list.map { Employee(url: RegistryPath.resident($0.residentId).path, residentId: $0.residentId, name: $0.name, idNumber: CitizenID.mask($0.idNumber), position: $0.position,
                                        sinceOn: $0.sinceOn, untilOn: $0.untilOn ?? "", visible: scope.contains($0.gridCode)) }
        hasEmployees = !list.isEmpty
        self.total = views.t("pager_total", locale, [ListTotal.label(total)])
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
    }
}
