import Foundation
import Kernel

/// A resident's points as staff and the resident read them (partial `point_statement`).
struct StatementModel: Encodable, Sendable {
    struct Entry: Encodable, Sendable { let on: String, kind: String, delta: String, ref: String, note: String, spent: Bool }
    struct Service: Encodable, Sendable { let name: String, cost: String, affordable: Bool }
    let name: String, balance: String
    let entries: [Entry]
    let catalogue: [Service]

    init(_ s: PointStatement, views: ViewRenderer, locale: AppLocale) {
        (name, balance) = (s.person.name, String(s.balance))
        entries = s.entries.map { e in
            Entry(on: Day(date: e.enteredAt).description, kind: views.t("points_kind_\(e.kind.rawValue)", locale), delta: e.delta > 0 ? "+\(e.delta)" : String(e.delta),
                  ref: e.hours.map { views.t("points_hours", locale, [String(format: "%g", $0)]) } ?? e.ref ?? "", note: e.note, spent: e.delta < 0)
        }
        catalogue = s.catalogue.map { Service(name: $0.name, cost: String($0.cost), affordable: $0.cost <= s.balance) }
    }
}

/// `points.mustache`: the accounts in scope, the form to award or spend points, the catalogue.
struct PointsPage: PageModel {
    struct Row: Encodable, Sendable { let url: String, residentId: String, unitCode: String, balance: String, card: Bool }
    struct Service: Encodable, Sendable { let id: String, unitCode: String, name: String, cost: String }
    let accounts: [Row]
    let total: String
    let services: [Service]
    let kinds: [PageChoice]
    let mayAward: Bool
    let residentId: String, orderNumber: String, hours: String, serviceId: String
    let entryUrl: String, servicesUrl: String, prev: String, next: String
    let unitCode: String
    let error: String?

    init(_ items: [PointAccount], total: Int, services list: [PointService], pager: [String: String], values: [String: String], viewer: Staff, error: AppError?,
         views: ViewRenderer, locale: AppLocale) {
        accounts = items.map { Row(url: ParticipationPath.resident($0.residentId).path, residentId: $0.residentId, unitCode: $0.unitCode, balance: String($0.balance),
                                   card: $0.cardIssuedAt != nil) }
        self.total = views.t("pager_total", locale, [ListTotal.label(total)])
        services = list.map { Service(id: $0.id, unitCode: $0.unitCode, name: $0.name, cost: String($0.cost)) }
        kinds = PointKind.allCases.map { PageChoice(value: $0.rawValue, label: views.t("points_kind_\($0.rawValue)", locale), selected: $0.rawValue == values["kind"]) }
        mayAward = viewer.can(.awardPoints)
        (residentId, orderNumber, hours, serviceId) = (values["resident_id"] ?? "", values["order_number"] ?? "", values["hours"] ?? "", values["service_id"] ?? "")
        (entryUrl, servicesUrl) = (ParticipationPath.points.path, ParticipationPath.pointServices.path)
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        unitCode = values["unit_code"] ?? viewer.unitCode
        self.error = views.message(error, locale)
    }
}

/// `point_account.mustache`: one resident's points, and the card form (the code shown once).
struct PointAccountPage: PageModel {
    let statement: StatementModel
    let residentId: String
    let mayAward: Bool
    let cardUrl: String, listUrl: String
    let code: String?
    let error: String?

    init(_ s: PointStatement, code: String?, viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        statement = StatementModel(s, views: views, locale: locale)
        residentId = s.person.id
        mayAward = viewer.can(.awardPoints)
        (cardUrl, listUrl) = (ParticipationPath.residentCard(s.person.id).path, ParticipationPath.points.path)
        self.code = code.map { "\($0.prefix(4))-\($0.dropFirst(4).prefix(4))-\($0.suffix(2))" }
        self.error = views.message(error, locale)
    }
}

/// `portal_points.mustache`: phone and card code in; the balance, the ledger and the catalogue out.
struct PortalPointsPage: PageModel {
    let statement: StatementModel?
    let url: String
    let error: String?

    init(_ s: PointStatement?, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        statement = s.map { StatementModel($0, views: views, locale: locale) }
        url = ParticipationPath.portalPoints.path
        self.error = views.message(error, locale)
    }
}
