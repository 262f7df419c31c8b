import Mustache

/// HTML escaping as the template library's own, over the text's UTF-8 bytes (`HTMLText`): the library walks a string's
/// characters (grapheme clusters) and looks each one up in a dictionary, a tenth of a list page's time at a city's size,
/// for text that is mostly Chinese and mostly has nothing to escape.
struct HTMLEscaping: MustacheContentType {
    static let name = "CIVICGRID_HTML"
    /// Names this escaping for every template that follows (a pragma the template library reads when it parses).
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    func escapeText(_ text: String) -> String {
        HTMLText.escaped(text)
    }

    /// `template` escaping this way throughout: the pragma at its top and at the start of each block it fills (`{{$body}}`),
    /// since the library renders a layout, and the blocks a page fills in it, with its own escaping again.
    static func applied(to template: String) -> String {
        var out = pragma, rest = template[...]
        while let open = rest.range(of: "{{$") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            out += rest[..<close.upperBound] + pragma
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
