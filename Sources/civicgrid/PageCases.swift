import Foundation
import Kernel

/// The queries `bench lists --pages` sends a staff page, found in the page itself as a person
/// would find them: its links back to itself (tabs, filter links; a pager means a page 10,000 rows
/// in is reachable too), and its GET forms (each option of each select, a sample for each text box,
/// the form's hidden fields kept), read again on every tab the page links to, whose forms carry
/// that tab. A new tab, select or search box on a page shows up in the bench without touching it.
enum PageCases {
    /// What a page offers back to its own path.
    struct Offers {
        var links: [String] = []
        var forms: [Form] = []
        var paged = false
    }

    struct Form {
        var hidden: [(String, String)] = []
        var selects: [(name: String, values: [String])] = []
        var texts: [String] = []
    }

    /// The page 10,000 rows in at 50 a page (page 201): as deep as a pager goes.
    static let deepPage = ("page", String(Paging.maxOffset / 50 + 1))

    /// Every case of the page at `path`; `fetch` reads a page's HTML (nil when it is not an HTML page).
    static func cases(at path: String, samples: ListCases.Samples, fetch: (String) async throws -> String?) async throws
        -> (cases: [ListCases.Case], unmeasured: [String])?
    {
        guard let first = try await fetch(path) else { return nil }
        var cases: [ListCases.Case] = [], seen = Set<String>(), unmeasured: [String] = []
        func add(_ pairs: [(String, String)]) {
            let found = ListCases.Case(labelled: pairs, query: pairs)
            if seen.insert(found.query).inserted { cases.append(found) }
        }
        func offered(_ offers: Offers, on base: [(String, String)]) {
            if offers.paged { add(base + [deepPage]) }
            for form in offers.forms {
                let kept = form.hidden.filter { name, _ in !base.contains { $0.0 == name } }
                for select in form.selects {
                    for value in select.values { add(base + kept + [(select.name, value)]) }
                }
                for name in form.texts {
                    let api = path.contains("residents") ? "/api/v1/residents" : path
                    if let value = samples.value(name, at: api) { add(base + kept + [(name, value)]) } else { unmeasured.append(name) }
                }
            }
        }
        let top = offers(in: first, at: path)
        add([])
        offered(top, on: [])
        for link in top.links {
            let pairs = Self.pairs(link)
            add(pairs)
            if let html = try await fetch(path + "?" + link) { offered(offers(in: html, at: path), on: pairs) }
        }
        return (cases, Array(Set(unmeasured)).sorted())
    }

    /// The links and GET forms of `html` that lead back to `path`; pager links (`page=`) only mark it paged.
    static func offers(in html: String, at path: String) -> Offers {
        var offers = Offers()
        for href in attributes("href", in: html) {
            guard let query = query(of: href, at: path), !query.isEmpty else { continue }
            if pairs(query).contains(where: { $0.0 == "page" }) { offers.paged = true; continue }
            if !offers.links.contains(query) { offers.links.append(query) }
        }
        for body in matches(#"<form\b[^>]*>([\s\S]*?)</form>"#, in: html) {
            let tag = String(body.prefix { $0 != ">" })
            let method = attributes("method", in: tag).first?.lowercased() ?? "get"
            let action = attributes("action", in: tag).first ?? ""
            guard method == "get", action.isEmpty || query(of: action, at: path) != nil else { continue }
            var form = Form()
            for input in matches(#"<input\b[^>]*>"#, in: body) {
                guard let name = attributes("name", in: input).first else { continue }
                switch attributes("type", in: input).first?.lowercased() ?? "text" {
                case "hidden": form.hidden.append((name, attributes("value", in: input).first ?? ""))
                case "text", "search", "number", "date", "month", "tel": form.texts.append(name)
                default: continue
                }
            }
            for select in matches(#"<select\b[^>]*>[\s\S]*?</select>"#, in: body) {
                guard let name = attributes("name", in: String(select.prefix { $0 != ">" })).first else { continue }
                let values = matches(#"<option\b[^>]*>"#, in: select).compactMap { attributes("value", in: $0).first }.filter { !$0.isEmpty }
                form.selects.append((name, values))
            }
            offers.forms.append(form)
        }
        return offers
    }

    /// The query of `href` when it leads to `path` ("" for the path itself), else nil.
    static func query(of href: String, at path: String) -> String? {
        let (target, query) = href.firstIndex(of: "?").map { (String(href[..<$0]), String(href[href.index(after: $0)...])) } ?? (href, "")
        return target.isEmpty || target == path ? query : nil
    }

    static func pairs(_ query: String) -> [(String, String)] {
        // A link's fragment (`#comments`) is where the browser scrolls, not part of the query.
        query.prefix { $0 != "#" }.split(separator: "&").map { part in
            let kv = part.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0) }
            return (kv[0], kv.count > 1 ? kv[1] : "")
        }
    }

    /// The values of `name="…"` in `html`, entities decoded.
    static func attributes(_ name: String, in html: String) -> [String] {
        matches(#"\s\#(name)="([^"]*)""#, in: html, group: 1).map(unescape)
    }

    static func matches(_ pattern: String, in text: String, group: Int = 0) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: group), in: text).map { String(text[$0]) }
        }
    }

    /// HTML's character references as the templates' escaping writes them.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = "", rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else { out += "&"; rest = rest[rest.index(after: amp)...]; continue }
            let entity = rest[rest.index(after: amp)..<semi]
            let named = ["amp": "&", "quot": "\"", "lt": "<", "gt": ">", "apos": "'"]
            if let value = named[String(entity)] {
                out += value
            } else if entity.hasPrefix("#"), let code = entity.hasPrefix("#x") || entity.hasPrefix("#X") ? UInt32(entity.dropFirst(2), radix: 16) : UInt32(entity.dropFirst()),
                      let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else {
                out += rest[amp...semi]
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
