import Foundation
import Kernel

/// `safety_agreements.mustache`: the agreements in scope with their inspections and assessment,
/// and the forms to sign one and to record against it. Built from values alone.
struct AgreementsPage: PageModel {
    struct Record: Encodable, Sendable { let kind: String, on: String, findings: String, result: String }
    struct Row: Encodable, Sendable {
        let id: String, year: String, organisation: String, gridCode: String, signedOn: String, signatory: String, terms: String, recordsUrl: String
        let records: [Record]
        let assessed: Bool
    }
    let agreements: [Row]
    let total: String
    let mayKeep: Bool
    let today: String
    let kinds: [PageChoice]
    let year: String, gridCode: String, organisationId: String, signedOn: String, signatory: String, terms: String
    let paths: [String: String]
    let prev: String, next: String
    let error: String?

    init(_ items: [SafetyAgreement], total: Int, pager: [String: String], values: [String: String], viewer: Staff, error: AppError?, views: ViewRenderer,
         locale: AppLocale, today: Day) {
        agreements = items.map { a in
            Row(id: a.id, year: String(a.year), organisation: a.organisationId, gridCode: a.gridCode, signedOn: a.signedOn.description, signatory: a.signatory,
                terms: a.terms, recordsUrl: SafetyPath.agreementRecords(a.id).path,
                records: a.records.map { r in Record(kind: views.t(r.kind.labelKey, locale), on: r.on.description, findings: r.findings,
                                                     result: views.t(r.passed ? "agreement_passed" : "agreement_failed", locale)) },
                assessed: a.records.contains { $0.kind == .assessment })
        }
        self.total = views.t("pager_total", locale, [ListTotal.label(total)])
        mayKeep = viewer.can(.keepSafetyRecords)
        self.today = today.description
        kinds = AgreementRecord.Kind.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale)) }
        year = values["year"] ?? String(today.year)
        gridCode = values["grid_code"] ?? (viewer.unitCode.count == 15 ? viewer.unitCode : "")
        (organisationId, signedOn, signatory, terms) = (values["organisation_id"] ?? "", values["signed_on"] ?? "", values["signatory"] ?? "", values["terms"] ?? "")
        paths = SafetyPath.links
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// `hazard_statistics.mustache`: the quarter's hazards by kind and level, found, closed and overdue.
struct HazardQuarterPage: PageModel {
    struct Row: Encodable, Sendable { let kind: String, level: String, found: String, closed: String, overdue: String }
    let quarter: String, from: String, to: String
    let rows: [Row]
    let found: String, closed: String, overdue: String
    let paths: [String: String]

    init(_ text: String, from: Day, to: Day, rows: [HazardStore.QuarterRow], views: ViewRenderer, locale: AppLocale) {
        (quarter, self.from, self.to) = (text, from.description, to.description)
        self.rows = rows.map { r in
            Row(kind: HazardKind(rawValue: r.kind).map { views.t($0.labelKey, locale) } ?? r.kind,
                level: HazardLevel(rawValue: r.level).map { views.t($0.labelKey, locale) } ?? r.level,
                found: String(r.found), closed: String(r.closed), overdue: String(r.overdue))
        }
        found = String(rows.reduce(0) { $0 + $1.found })
        closed = String(rows.reduce(0) { $0 + $1.closed })
        overdue = String(rows.reduce(0) { $0 + $1.overdue })
        paths = SafetyPath.links
    }
}
