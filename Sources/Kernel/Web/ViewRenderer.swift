import Foundation
import Hummingbird
import Mustache

/// A link in the top navigation, shown only to those who hold its permission.
public struct NavItem: Sendable {
    public let labelKey: String
    public let href: String
    public let permission: Permission?
    /// Other paths under which the link is shown as the current one (a hub's pages).
    public let also: [String]

    public init(_ labelKey: String, _ href: String, permission: Permission? = nil, also: [String] = []) {
        self.labelKey = labelKey
        self.href = href
        self.permission = permission
        self.also = also
    }
}

/// Renders server-side pages: every context's mustache templates in one library, the shared
/// layout around them, and the string table of the caller's language.
public struct ViewRenderer: Sendable {
    private var library: MustacheLibrary
    public let strings: Strings
    /// Each language's `{{t.…}}` table as pages read it, made once: merging and converting two
    /// tables of 2,000 strings on every request was a fifth of a list page's time (`bench lists --pages`).
    /// Empty strings are left out, which renders as `blanksAreFalse` would: nothing, and false.
    private let layoutTables: [AppLocale: [String: String]]
    private let nav: [NavItem]
    /// The resident portal's own links, shown on every `/portal` page so one leads to the others.
    private let portalNav: [NavItem]

    public init(templateDirectories: [URL], strings: Strings, portalNav: [NavItem] = [], nav: [NavItem]) throws {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var library = MustacheLibrary()
        let directories = [KernelResources.directory.appendingPathComponent("views")] + templateDirectories
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
            for file in files where file.pathExtension == "mustache" {
                let text = try String(contentsOf: file, encoding: .utf8)
                library.register(try MustacheTemplate(string: HTMLEscaping.applied(to: text)), named: file.deletingPathExtension().lastPathComponent)
            }
        }
        self.library = library
        self.strings = strings
        layoutTables = Dictionary(uniqueKeysWithValues: AppLocale.allCases.map { locale in
            (locale, strings.table(locale).merging(strings.table(.zhHans)) { current, _ in current }.filter { !$0.value.isEmpty })
        })
        self.nav = nav
        self.portalNav = portalNav
    }

    public func t(_ key: String, _ locale: AppLocale, _ args: [String] = []) -> String {
        strings.t(key, locale, args)
    }

    /// A full page: `template` inside the layout, with `data` beside the layout's own values.
    /// Internal: every context builds its pages from a typed `PageModel` (see PageModel.swift), so
    /// `data` holds a model's `templateValues()` and a few strings (a form's token, an error's text).
    func page(
        _ template: String, titleKey: String, titleArgs: [String] = [], data: [String: Any] = [:],
        request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        var values = layoutValues(request: request, context: context).mapValues(Self.blanksAreFalse)
        values["page_title"] = TemplateNode.string(t(titleKey, context.locale, titleArgs))
        // A model's values come from `TemplateEncoder`, their blanks already false; only the few strings set beside them are checked.
        for (key, value) in data { values[key] = (value as? String).map(TemplateNode.string) ?? value }
        values["t"] = layoutTables[context.locale]
        let html = library.render(values, withTemplate: template) ?? "template \(template) missing"
        return .html(html, status: status)
    }

    func page(
        _ template: String, titleKey: String, titleArgs: [String] = [], data: [String: Any] = [:],
        request: Request, context: StaffContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        page(template, titleKey: titleKey, titleArgs: titleArgs, data: data, request: request, context: context.base, status: status)
    }

    /// A page with a form for people who are not signed in (login, the resident portal): the
    /// double-submit CSRF token goes in the cookie and in `{{form_csrf}}`.
    func anonymousFormPage(
        _ template: String, titleKey: String, titleArgs: [String] = [], data: [String: Any] = [:],
        request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        let csrf = request.cookies[AppCookies.anonymousCSRF]?.value ?? Secrets.randomToken()
        var values = data
        values["form_csrf"] = csrf
        var response = page(template, titleKey: titleKey, titleArgs: titleArgs, data: values, request: request, context: context, status: status)
        response.setCookie(AppCookies.make(AppCookies.anonymousCSRF, csrf, maxAge: nil))
        return response
    }

    /// swift-mustache treats "" as true in `{{#x}}` sections; pages mean "nothing there" by it
    /// (no link, no message), so empty strings become a value that renders empty and is false.
    static func blanksAreFalse(_ value: Any) -> Any {
        switch value {
        case let text as String: TemplateNode.string(text)
        case let dictionary as [String: Any]: dictionary.mapValues(blanksAreFalse)
        case let array as [Any]: array.map(blanksAreFalse)
        default: value
        }
    }

    struct Blank: MustacheCustomRenderable {
        var renderText: String { "" }
        var isNull: Bool { true }
    }

    /// A fragment without the layout (used by tests and partial renders).
    public func render(_ template: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: template) ?? ""
    }

    func layoutValues(request: Request, context: AppRequestContext) -> [String: Any] {
        let locale = context.locale
        var values: [String: Any] = [
            "lang": locale.rawValue,
            "switch_lang_href": "/lang/\(locale.other.rawValue)?back=\(percentEncoded(request.uri.description))",
            "switch_lang_label": locale == .zhHans ? "English" : "中文",
        ]
        let path = request.uri.path
        if path == "/portal" || path.hasPrefix("/portal/"), !portalNav.isEmpty {
            // The longest matching link is the current one (`/portal` must not light up on every page).
            let current = portalNav.filter { path == $0.href || path.hasPrefix($0.href + "/") }.max { $0.href.count < $1.href.count }?.href
            values["has_portal_nav"] = true
            values["portal_nav"] = links(portalNav, locale) { $0.href == current }
        }
        if let staff = context.staff {
            values["user"] = [
                "name": staff.displayName,
                "username": staff.username,
                "role": t(staff.role.labelKey, locale),
                "unit_code": staff.unitCode,
            ]
            values["csrf"] = context.session?.csrf ?? ""
            values["nav"] = links(nav.filter { item in item.permission.map(staff.can) ?? true }, locale) { item in
                ([item.href] + item.also).contains { path.hasPrefix($0) }
            }
        }
        return values
    }

    func links(_ items: [NavItem], _ locale: AppLocale, active: (NavItem) -> Bool) -> [[String: Any]] {
        items.map { ["label": t($0.labelKey, locale), "href": $0.href, "active": active($0)] }
    }
}

func percentEncoded(_ text: String) -> String {
    var allowed = CharacterSet.urlQueryAllowed
    allowed.remove(charactersIn: "&=?+#")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "/"
}
