import Foundation
import Kernel

/// One commitment as a row of the staff list and the portal: its three steps and what is late.
struct CommitmentRow: Encodable, Sendable {
    let url: String, unitCode: String, year: String, person: String, post: String, promise: String, promisedOn: String
    let progress: String, progressOn: String, result: String, resultNote: String, resultOn: String, stage: String
    let promisedLate: Bool, progressLate: Bool, resultLate: Bool
    let progressDue: String, resultDue: String

    init(_ c: Commitment, url: String, today: Day, settings: ParticipationSettings, views: ViewRenderer, locale: AppLocale) {
        let s = CommitmentRules.standing(c, today: today, settings: settings)
        (self.url, unitCode, year, person, post, promise, promisedOn) = (url, c.unitCode, String(c.year), c.person, c.post, c.promise, c.promisedOn.description)
        (progress, progressOn) = (c.progress ?? "", c.progressOn?.description ?? "")
        (result, resultNote, resultOn) = (c.result.map { views.t("commitment_result_\($0.rawValue)", locale) } ?? "", c.resultNote ?? "", c.resultOn?.description ?? "")
        stage = views.t("commitment_stage_\(s.stage)", locale)
        (promisedLate, progressLate, resultLate) = (s.promisedLate, s.progressLate, s.resultLate)
        (progressDue, resultDue) = (s.progressDue.description, s.resultDue.description)
    }
}

/// `commitments.mustache`: the commitments in scope and the form to record one.
struct CommitmentListPage: PageModel {
    let commitments: [CommitmentRow]
    let total: String
    let mayCreate: Bool
    let unitCode: String, year: String, person: String, post: String, promise: String, promisedOn: String
    let formUrl: String, prev: String, next: String
    let error: String?

    init(_ items: [Commitment], total: Int, pager: [String: String], values: [String: String], viewer: Staff, error: AppError?, today: Day,
         settings: ParticipationSettings, views: ViewRenderer, locale: AppLocale) {
        commitments = items.map { CommitmentRow($0, url: ParticipationPath.commitment($0.id).path, today: today, settings: settings, views: views, locale: locale) }
        self.total = views.t("pager_total", locale, [String(total)])
        mayCreate = viewer.can(.keepCommitments)
        (unitCode, year) = (values["unit_code"] ?? viewer.unitCode, values["year"] ?? String(today.year))
        (person, post, promise, promisedOn) = (values["person"] ?? "", values["post"] ?? "", values["promise"] ?? "", values["promised_on"] ?? today.description)
        formUrl = ParticipationPath.commitments.path
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        self.error = views.message(error, locale)
    }
}

/// `commitment.mustache`: one commitment with the progress and result forms.
struct CommitmentPage: PageModel {
    let c: CommitmentRow
    let mayProgress: Bool, mayResult: Bool
    let progressUrl: String, resultUrl: String, listUrl: String
    let results: [PageChoice]
    let today: String
    let error: String?

    init(_ commitment: Commitment, viewer: Staff, error: AppError?, today: Day, settings: ParticipationSettings, views: ViewRenderer, locale: AppLocale) {
        c = CommitmentRow(commitment, url: ParticipationPath.commitment(commitment.id).path, today: today, settings: settings, views: views, locale: locale)
        mayProgress = viewer.can(.keepCommitments) && commitment.progress == nil && commitment.result == nil
        mayResult = viewer.can(.keepCommitments) && commitment.result == nil
        (progressUrl, resultUrl, listUrl) = (ParticipationPath.commitmentProgress(commitment.id).path, ParticipationPath.commitmentResult(commitment.id).path,
                                             ParticipationPath.commitments.path)
        results = Commitment.Result.allCases.map { PageChoice(value: $0.rawValue, label: views.t("commitment_result_\($0.rawValue)", locale)) }
        self.today = today.description
        self.error = views.message(error, locale)
    }
}

/// `portal_commitments.mustache`: every commitment of a year, for residents.
struct PortalCommitmentsPage: PageModel {
    let commitments: [CommitmentRow]
    let year: String
    let years: [PageChoice]
    let url: String
    let pager: PagePager

    init(_ items: [Commitment], year: Int, pager: PagePager, today: Day, settings: ParticipationSettings, views: ViewRenderer, locale: AppLocale) {
        commitments = items.map { CommitmentRow($0, url: "", today: today, settings: settings, views: views, locale: locale) }
        self.year = String(year)
        years = (max(2000, today.year - 4)...today.year).reversed().map { PageChoice(value: String($0), label: String($0), selected: $0 == year) }
        url = ParticipationPath.portalCommitments.path
        self.pager = pager
    }
}
