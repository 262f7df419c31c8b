import Foundation
import Kernel

/// One Open311 answer, written as XML or JSON from the same tree so the two formats cannot
/// drift apart. The root element only shows in XML (JSON answers are the body: mostly arrays).
struct Open311Document: Sendable {
    indirect enum Value: Sendable {
        case text(String?)
        case integer(Int)
        case number(Double?)
        case boolean(Bool)
        /// Fields in the order the spec lists them.
        case object([(String, Value)])
        /// Repeated `item` elements in XML, an array in JSON.
        case list(item: String, [Value])
    }

    let root: String
    let body: Value

    enum Format: String, Sendable {
        case xml, json

        var contentType: String { self == .xml ? "text/xml; charset=utf-8" : "application/json; charset=utf-8" }
    }

    func rendered(_ format: Format) -> String {
        switch format {
        case .xml:
            var out = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n"
            Self.xml(root, body, into: &out)
            return out
        case .json:
            var out = ""
            Self.json(body, into: &out)
            return out
        }
    }

    static func xml(_ name: String, _ value: Value, into out: inout String) {
        switch value {
        case .text(nil), .number(nil): out += "<\(name)/>"
        case .text(let text?): out += "<\(name)>\(XMLText.escaped(text))</\(name)>"
        case .integer(let n): out += "<\(name)>\(n)</\(name)>"
        case .number(let n?): out += "<\(name)>\(n)</\(name)>"
        case .boolean(let b): out += "<\(name)>\(b)</\(name)>"
        case .object(let fields):
            out += "<\(name)>"
            for (key, field) in fields { xml(key, field, into: &out) }
            out += "</\(name)>"
        case .list(let item, let values):
            out += "<\(name)>"
            for element in values { xml(item, element, into: &out) }
            out += "</\(name)>"
        }
    }

    static func json(_ value: Value, into out: inout String) {
        switch value {
        case .text(nil), .number(nil): out += "null"
        case .text(let text?): out += escapedJSON(text)
        case .integer(let n): out += String(n)
        case .number(let n?): out += n.isFinite ? "\(n)" : "null"
        case .boolean(let b): out += b ? "true" : "false"
        case .object(let fields):
            out += "{"
            for (index, (key, field)) in fields.enumerated() {
                if index > 0 { out += "," }
                out += escapedJSON(key) + ":"
                json(field, into: &out)
            }
            out += "}"
        case .list(_, let values):
            out += "["
            for (index, element) in values.enumerated() {
                if index > 0 { out += "," }
                json(element, into: &out)
            }
            out += "]"
        }
    }

    static func escapedJSON(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // Markup characters escaped too, so the answer is safe even if shown as HTML by mistake.
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The spec's error answer: `<errors><error><code>…` or `[{"code":…,"description":…}]`.
    static func errors(_ code: Int, _ description: String) -> Open311Document {
        Open311Document(root: "errors", body: .list(item: "error", [.object([("code", .integer(code)), ("description", .text(description))])]))
    }
}
