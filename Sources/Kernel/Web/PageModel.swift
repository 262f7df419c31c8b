import Foundation
import Hummingbird

/// One page's values as a typed model, built by a function that needs no HTTP (and so is tested
/// without it). Its properties reach the template snake_cased (`hasNotices` is `{{has_notices}}`);
/// an absent optional is a false section.
public protocol PageModel: Encodable, Sendable {}

extension PageModel {
    /// The model as the template library reads it (`TemplateEncoder`: empty strings already false).
    public func templateValues() throws -> [String: Any] {
        try TemplateEncoder.values(of: self)
    }
}

extension Sequence where Element: PageModel {
    /// Rows for a page still built as a dictionary.
    public func templateValues() throws -> [[String: Any]] {
        try map { try $0.templateValues() }
    }
}

/// One option of a page's select or radio group: its value, its label, and whether it is chosen.
public struct PageChoice: Encodable, Sendable, Equatable {
    public let value: String
    public let label: String
    public let selected: Bool

    public init(value: String, label: String, selected: Bool = false) {
        self.value = value
        self.label = label
        self.selected = selected
    }
}

/// A list page's pager: how many the list holds, and its links to the page before and after ("" at either end).
public struct PagePager: Encodable, Sendable, Equatable {
    public let total: String, prev: String, next: String

    public init(_ paging: Paging, total: Int, keeping filters: [(name: String, value: String?)] = [], anchor: String = "", views: ViewRenderer,
                locale: AppLocale) {
        let links = paging.pagerLinks(keeping: filters, total: total, anchor: anchor)
        self.total = views.t("pager_total", locale, [String(total)])
        (prev, next) = (links["prev"] ?? "", links["next"] ?? "")
    }
}

/// One tab of a list page: its value in the query, its label, and whether it is the one shown.
public struct PageTab: Encodable, Sendable, Equatable {
    public let value: String
    public let label: String
    public let active: Bool

    public init(value: String, label: String, active: Bool) {
        self.value = value
        self.label = label
        self.active = active
    }
}

/// A form of one step on a case's page (partial `step_form`): where it posts, and the action it
/// names when several steps post to one place.
public struct StepForm: Encodable, Sendable, Equatable {
    public let url: String
    public let step: String?

    public init(url: String, step: String? = nil) {
        self.url = url
        self.step = step
    }
}

extension ViewRenderer {
    /// A full page from a typed model.
    public func page(_ template: String, titleKey: String, titleArgs: [String] = [], model: some PageModel, request: Request,
                     context: StaffContext, status: HTTPResponse.Status = .ok) throws -> Response {
        page(template, titleKey: titleKey, titleArgs: titleArgs, data: try model.templateValues(), request: request, context: context, status: status)
    }

    /// A page with a form for people who are not signed in, from a typed model.
    public func anonymousFormPage(_ template: String, titleKey: String, titleArgs: [String] = [], model: some PageModel, request: Request,
                                  context: AppRequestContext, status: HTTPResponse.Status = .ok) throws -> Response {
        anonymousFormPage(template, titleKey: titleKey, titleArgs: titleArgs, data: try model.templateValues(), request: request, context: context, status: status)
    }

    /// A public page without a form, from a typed model.
    public func page(_ template: String, titleKey: String, titleArgs: [String] = [], model: some PageModel, request: Request,
                     context: AppRequestContext, status: HTTPResponse.Status = .ok) throws -> Response {
        page(template, titleKey: titleKey, titleArgs: titleArgs, data: try model.templateValues(), request: request, context: context, status: status)
    }
}

extension ViewRenderer {
    /// A refusal as its page shows it, in the viewer's language; nil when nothing was refused.
    public func message(_ error: AppError?, _ locale: AppLocale) -> String? {
        error.map { t($0.messageKey, locale, $0.args) }
    }
}
