import Foundation
import Kernel

/// `warnings.mustache`: the warnings touching the viewer's area, each with its lift button for
/// those who issue warnings, and the form to issue one. Built from values alone.
struct WarningsPage: PageModel {
    struct Row: Encodable, Sendable {
        let colour: String, level: String, kind: String, title: String, message: String, units: String, from: String, until: String
        let active: Bool, lifted: String, liftUrl: String, mayLift: Bool
    }
    let warnings: [Row]
    let levels: [PageChoice]
    let mayIssue: Bool
    let kind: String, title: String, message: String, units: String, startsAt: String, endsAt: String
    let paths: [String: String]
    let error: String?

    init(_ items: [SafetyWarning], values: [String: String], viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale, now: Date) {
        mayIssue = viewer.can(.issueWarnings)
        let mayIssue = self.mayIssue
        warnings = items.map { w in
            Row(colour: w.level.colour, level: views.t(w.level.labelKey, locale), kind: w.kind, title: w.title, message: w.message,
                units: w.units.joined(separator: "、"), from: TimeLeft.clock(w.startsAt), until: TimeLeft.clock(w.endsAt), active: w.isActive(at: now),
                lifted: w.liftedAt.map(TimeLeft.clock) ?? "", liftUrl: SafetyPath.lift(w.id).path, mayLift: mayIssue && w.liftedAt == nil && w.endsAt > now)
        }
        levels = WarningLevel.allCases.map { PageChoice(value: String($0.rawValue), label: views.t($0.labelKey, locale), selected: String($0.rawValue) == values["level"]) }
        (kind, title, message) = (values["kind"] ?? "", values["title"] ?? "", values["message"] ?? "")
        units = values["units"] ?? viewer.unitCode
        (startsAt, endsAt) = (values["starts_at"] ?? "", values["ends_at"] ?? "")
        paths = SafetyPath.links
        self.error = views.message(error, locale)
    }
}
