import Foundation
@testable import Kernel
import Mustache
import Testing

/// The byte-wise escaping renders exactly what the template library's own does, in a template, in a partial and in the
/// block a page fills in its layout.
@Suite("HTML escaping")
struct HTMLEscapingTests {
    static let samples = ["<script>alert('x')</script>", "a & b \"quoted\"", "幸福里社区<b>粗</b>", "", "plain", "👨‍👩‍👧<é>&#39;", "'\"<>&", "&amp;"]

    static func library(_ templates: [String: String], escaping: Bool) throws -> MustacheLibrary {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var library = MustacheLibrary()
        for (name, text) in templates { library.register(try MustacheTemplate(string: escaping ? HTMLEscaping.applied(to: text) : text), named: name) }
        return library
    }

    @Test func rendersWhatTheLibrarysOwnEscapingRenders() throws {
        let templates = ["layout": "<main>{{$body}}default{{/body}}</main>{{x}}", "row": "<li>{{x}}</li>",
                         "page": "{{<layout}}{{$body}}<p>{{x}}</p>{{#items}}{{>row}}{{/items}}{{/body}}{{/layout}}"]
        let (ours, theirs) = (try Self.library(templates, escaping: true), try Self.library(templates, escaping: false))
        for sample in Self.samples {
            let values: [String: Any] = ["x": sample, "items": [["x": sample], ["x": sample + "2"]]]
            let rendered = ours.render(values, withTemplate: "page")
            #expect(rendered == theirs.render(values, withTemplate: "page"), "\(sample)")
            #expect(HTMLEscaping().escapeText(sample) == sample.htmlEscapedByHand, "\(sample)")
        }
        // The escaping is ours where it applies: a page's block and a partial.
        #expect(HTMLEscaping.applied(to: "{{<layout}}{{$body}}x{{/body}}{{/layout}}")
            == "\(HTMLEscaping.pragma){{<layout}}{{$body}}\(HTMLEscaping.pragma)x{{/body}}{{/layout}}")
    }
}

extension String {
    /// The five replacements, character by character, as a reference.
    var htmlEscapedByHand: String {
        reduce(into: "") { out, c in
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
    }
}
