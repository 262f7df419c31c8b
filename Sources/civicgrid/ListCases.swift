import Foundation
import Kernel

/// The queries `bench lists` sends a list route, from the parameters the OpenAPI document gives
/// it: the default list, each choice of each choice parameter, each filter with a sample value,
/// pages deep into the list (by offset and, where the list takes one, by cursor), and each choice
/// with each filter and with a deep page.
enum ListCases {
    struct Case: Sendable {
        let label: String
        /// "?a=1&b=2", or "" for the default list.
        let query: String
        /// Read from this deep by cursor: the reader first asks for the page ending there and sends its `next` as `after`.
        var cursorDepth: Int? = nil

        /// The case of `query`'s pairs, labelled by `label`'s ("default" for none).
        init(labelled label: [(String, String)], query pairs: [(String, String)]) {
            self.label = label.isEmpty ? "default" : label.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
            query = ListCases.query(pairs)
        }

        init(label: String, query: String, cursorDepth: Int? = nil) {
            (self.label, self.query, self.cursorDepth) = (label, query, cursorDepth)
        }
    }

    /// Sample values of the free-text and number parameters, by name (and by route where one
    /// name means different things).
    struct Samples {
        let now: Date, grid: String, workOrderNumber: String, residentName: String

        func value(_ name: String, at path: String) -> String? {
            let day = Day(date: now)
            switch (name, path) {
            case ("q", "/api/v1/residents"): return residentName
            case ("q", _): return "幸福"
            case ("type", "/api/v1/disputes"): return "neighbour"
            case ("category", _): return "A05"
            case ("number", _): return workOrderNumber
            case ("grid", _): return grid
            case ("community", _): return String(grid.prefix(12))
            case ("street", _), ("unit", _): return String(grid.prefix(9))
            case ("month", _): return String(day.description.prefix(7))
            case ("year", _): return String(day.year)
            case ("quarter", _): return "\(day.year)-Q\((day.month - 1) / 3 + 1)"
            case ("from", _): return Day(year: day.year, month: 1, day: 1).description
            case ("to", _): return day.description
            case ("field", _): return "法律"
            case ("lon", _): return "120.001"
            case ("lat", _): return "30.001"
            case ("next", _): return "/"
            case ("action", _): return BenchAudit.rareAction
            case ("actor", _): return BenchAudit.actor(7)
            default: return nil
            }
        }
    }

    static let unreserved = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))

    /// The query string of `pairs`, values percent-encoded ("" for none).
    static func query(_ pairs: [(String, String)]) -> String {
        pairs.isEmpty ? "" : "?" + pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: unreserved) ?? $0.1)" }.joined(separator: "&")
    }

    /// Deep pages: the far end the API allows (the document's maximum), and 10,000 in where it allows more.
    static func deepOffsets(maximum: Int?) -> [Int] {
        let far = maximum ?? 10_000
        return Array(Set([min(10_000, far), far])).sorted()
    }

    static func cases(of parameters: [OpenAPIDocument.QueryParameter], at path: String, samples: Samples) -> (cases: [Case], unmeasured: [String]) {
        var unmeasured: [String] = []
        var required: [(String, String)] = [], choices: [(String, String)] = [], filters: [(String, String)] = []
        var deep: [(String, String)] = [], byCursor = false
        for parameter in parameters where parameter.name != "limit" {
            if parameter.name == "after" {
                byCursor = true
            } else if parameter.name == "offset" {
                deep = deepOffsets(maximum: parameter.maximum).map { ("offset", String($0)) }
            } else if let values = parameter.choices {
                choices += values.map { (parameter.name, $0) }
            } else if let value = samples.value(parameter.name, at: path) {
                if parameter.required { required.append((parameter.name, value)) } else { filters.append((parameter.name, value)) }
            } else {
                unmeasured.append(parameter.name)
                if parameter.required { return ([], unmeasured) }
            }
        }
        func make(_ pairs: [(String, String)]) -> Case { Case(labelled: pairs, query: required + pairs) }
        // As deep as the first deep offset, by cursor: the same rows, read from where the page before ended.
        func cursor(_ pairs: [(String, String)]) -> Case {
            let plain = make(pairs), depth = deepOffsets(maximum: nil)[0]
            return Case(label: (pairs.isEmpty ? "" : plain.label + ", ") + "after=(\(depth) in)", query: plain.query, cursorDepth: depth)
        }
        var cases = [make([])] + (choices + filters + deep).map { make([$0]) } + (byCursor ? [cursor([])] : [])
        // Each view or status with each filter, and with the first deep page.
        for choice in choices {
            cases += (filters + deep.prefix(1)).map { make([choice, $0]) } + (byCursor ? [cursor([choice])] : [])
        }
        return (cases, unmeasured)
    }
}
