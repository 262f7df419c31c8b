import Foundation
import Kernel

/// `venues.mustache`: the key venues in scope and the form to add one.
struct VenueListPage: PageModel {
    struct Row: Encodable, Sendable { let url: String, name: String, kind: String, gridCode: String, address: String, licence: String }
    let venues: [Row]
    let total: String
    let mayAdd: Bool
    let kinds: [PageChoice]
    let gridCode: String, name: String, address: String, licence: String, organisationId: String
    let prev: String, next: String
    let paths = SafetyPath.links
    let error: String?

    init(_ items: [Venue], total: Int, pager: [String: String], values: [String: String], viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        venues = items.map { Row(url: SafetyPath.venue($0.id).path, name: $0.name, kind: views.t($0.kind.labelKey, locale), gridCode: $0.gridCode, address: $0.address,
                                 licence: $0.licence) }
        self.total = views.t("pager_total", locale, [ListTotal.label(total)])
        mayAdd = viewer.can(.keepSafetyRecords)
        kinds = VenueKind.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0.rawValue == values["kind"]) }
        gridCode = values["grid_code"] ?? (viewer.unitCode.count == 15 ? viewer.unitCode : "")
        (name, address, licence, organisationId) = (values["name"] ?? "", values["address"] ?? "", values["licence"] ?? "", values["organisation_id"] ?? "")
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// `venue.mustache`: one venue, the measures its rules proposed with their decisions, and its inspections.
struct VenuePage: PageModel {
    struct Head: Encodable, Sendable { let name: String, kind: String, gridCode: String, address: String, licence: String, inspectUrl: String, measuresUrl: String }
    struct InspectionRow: Encodable, Sendable { let on: String, findings: String, minors: String, violations: String }
    struct Proposal: Encodable, Sendable { let id: String, measure: String, rule: String, status: String, note: String, mayDecide: Bool }
    let v: Head
    let inspections: [InspectionRow]
    let proposals: [Proposal]
    let violations: [PageChoice]
    let mayInspect: Bool
    let today: String
    let paths = SafetyPath.links
    let error: String?

    init(_ venue: Venue, inspections list: [Inspection], proposals measures: [VenueProposal], viewer: Staff, error: AppError?, today: Day,
         views: ViewRenderer, locale: AppLocale) {
        v = Head(name: venue.name, kind: views.t(venue.kind.labelKey, locale), gridCode: venue.gridCode, address: venue.address, licence: venue.licence,
                 inspectUrl: SafetyPath.inspections(venue.id).path, measuresUrl: SafetyPath.measures(venue.id).path)
        inspections = list.reversed().map { i in
            InspectionRow(on: i.inspectedOn.description, findings: i.findings, minors: i.minors > 0 ? String(i.minors) : "",
                       violations: i.violations.map { views.t($0.labelKey, locale) }.joined(separator: "、"))
        }
        let mayDecide = viewer.can(.decideVenueMeasures)
        proposals = measures.map { p in
            Proposal(id: p.id, measure: views.t(p.measure.labelKey, locale), rule: views.t("venue_rule_\(p.ruleId)", locale), status: views.t(p.status.labelKey, locale),
                     note: p.decisionNote ?? "", mayDecide: mayDecide && p.status == .proposed)
        }
        violations = Violation.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale)) }
        mayInspect = viewer.can(.keepSafetyRecords)
        self.today = today.description
        self.error = views.message(error, locale)
    }
}
