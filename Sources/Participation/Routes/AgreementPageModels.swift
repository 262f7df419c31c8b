import Foundation
import Kernel

/// One agreement as staff and residents read it.
struct AgreementRow: Encodable, Sendable {
    let title: String, unitCode: String, parties: String, category: String, body: String, signatories: String, signedOn: String, endsOn: String, inForce: Bool

    init(_ a: Agreement, today: Day, views: ViewRenderer, locale: AppLocale) {
        (title, unitCode, body, signatories) = (a.title, a.unitCode, a.body, a.signatories)
        parties = views.t("pact_parties_\(a.parties.rawValue)", locale)
        category = views.t("pact_category_\(a.category.rawValue)", locale)
        (signedOn, endsOn, inForce) = (a.signedOn.description, a.endsOn?.description ?? "", a.inForce(on: today))
    }
}

/// `agreements.mustache`: the agreements in scope and the form to post one.
struct AgreementsPage: PageModel {
    let agreements: [AgreementRow]
    let total: String
    let parties: [PageChoice], categories: [PageChoice]
    let mayPost: Bool
    let unitCode: String, today: String
    let formUrl: String, prev: String, next: String
    let error: String?

    init(_ items: [Agreement], total: Int, pager: [String: String], viewer: Staff, error: AppError?, today: Day, views: ViewRenderer, locale: AppLocale) {
        agreements = items.map { AgreementRow($0, today: today, views: views, locale: locale) }
        self.total = views.t("pager_total", locale, [String(total)])
        parties = Agreement.Parties.allCases.map { PageChoice(value: $0.rawValue, label: views.t("pact_parties_\($0.rawValue)", locale)) }
        categories = Agreement.Category.allCases.map { PageChoice(value: $0.rawValue, label: views.t("pact_category_\($0.rawValue)", locale)) }
        mayPost = viewer.can(.keepCouncilRecords)
        (unitCode, self.today) = (viewer.unitCode.count == 12 ? viewer.unitCode : "", today.description)
        formUrl = ParticipationPath.agreements.path
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// One star household as a row: the head's name masked, the address, the stars.
struct StarRow: Encodable, Sendable {
    let household: String, head: String, address: String, gridCode: String, stars: String, starsLabel: String, criteria: String

    init(_ s: StarHousehold, _ h: HouseholdEntry?, views: ViewRenderer, locale: AppLocale) {
        (household, head, address, gridCode) = (s.householdId, h?.head ?? "", h?.address ?? "", s.gridCode)
        stars = String(repeating: "★", count: max(0, min(5, s.stars)))
        starsLabel = views.t("star_count", locale, [String(s.stars)])
        criteria = s.criteria.map { views.t("star_criterion_\($0)", locale) }.joined(separator: "、")
    }
}

/// `star_households.mustache`: a year's reviews in scope and the review form.
struct StarsPage: PageModel {
    let stars: [StarRow]
    let total: String, year: String
    let criteria: [PageChoice]
    let mayReview: Bool
    let formUrl: String, prev: String, next: String
    let error: String?

    init(_ items: [(StarHousehold, HouseholdEntry?)], total: Int, year: Int, pager: [String: String], viewer: Staff, error: AppError?, views: ViewRenderer,
         locale: AppLocale) {
        stars = items.map { StarRow($0.0, $0.1, views: views, locale: locale) }
        (self.total, self.year) = (views.t("pager_total", locale, [ListTotal.label(total)]), String(year))
        criteria = StarCriterion.allCases.map { PageChoice(value: $0.rawValue, label: views.t("star_criterion_\($0.rawValue)", locale)) }
        mayReview = viewer.can(.keepCouncilRecords)
        formUrl = ParticipationPath.stars.path
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// The portal's agreements in force, and this year's star households.
struct PortalAgreementsPage: PageModel {
    let agreements: [AgreementRow]
    let pager: PagePager
    init(_ items: [Agreement], pager: PagePager, today: Day, views: ViewRenderer, locale: AppLocale) {
        agreements = items.map { AgreementRow($0, today: today, views: views, locale: locale) }
        self.pager = pager
    }
}

struct PortalStarsPage: PageModel {
    let stars: [StarRow]
    let year: String
    let pager: PagePager
    init(_ items: [(StarHousehold, HouseholdEntry?)], year: Int, pager: PagePager, views: ViewRenderer, locale: AppLocale) {
        stars = items.map { StarRow($0.0, $0.1, views: views, locale: locale) }
        self.year = String(year)
        self.pager = pager
    }
}
