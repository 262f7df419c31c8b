import Foundation

/// The API's OpenAPI 3.1 document, served at `/api/v1/openapi.json`. Each context keeps the part
/// describing its own routes beside them (`Resources/openapi.json`, `paths` and any
/// `components`); the kernel's part holds the document's head and the shared components. A test
/// holds the document and the route table to each other.
public struct OpenAPIDocument: Sendable {
    /// The merged document as JSON.
    public let json: Data
    /// "METHOD /path" of every operation it describes.
    public let operations: Set<String>
    /// The query parameters of each operation, by "METHOD /path", references resolved.
    public let queryParameters: [String: [QueryParameter]]

    /// One query parameter as the document describes it: what a client may send.
    public struct QueryParameter: Sendable, Equatable {
        public let name: String
        public let required: Bool
        /// The values it takes when it is a choice; nil for free text and numbers.
        public let choices: [String]?
        /// "string", "integer"…
        public let type: String?
        public let maximum: Int?
    }

    public init(parts: [URL]) throws {
        var document = try Self.object(at: parts[0])
        for url in parts.dropFirst() {
            let part = try Self.object(at: url)
            document["paths"] = try Self.merge(document["paths"], part["paths"], at: url, "path")
            if let components = part["components"] as? [String: Any] {
                var merged = document["components"] as? [String: Any] ?? [:]
                for (section, entries) in components { merged[section] = try Self.merge(merged[section], entries, at: url, section) }
                document["components"] = merged
            }
        }
        json = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
        queryParameters = try Self.queryParameters(in: json)
        operations = Set(queryParameters.keys)
    }

    /// The parts of the document a parameter list is read from: the rest decodes to nothing.
    private struct Described: Decodable {
        struct Operation: Decodable { let parameters: [Parameter]? }
        struct Components: Decodable { let parameters: [String: Parameter]? }
        struct Parameter: Decodable {
            let ref: String?, name: String?, location: String?, required: Bool?, schema: Schema?
            enum CodingKeys: String, CodingKey { case ref = "$ref", name, location = "in", required, schema }
        }
        struct Schema: Decodable {
            let type: String?, choices: [String]?, maximum: Int?
            enum CodingKeys: String, CodingKey { case type, choices = "enum", maximum }
            // A schema of several types (["string", "null"]) or of choices that are not text is read as none.
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                type = try? c.decodeIfPresent(String.self, forKey: .type)
                choices = try? c.decodeIfPresent([String].self, forKey: .choices)
                maximum = try? c.decodeIfPresent(Int.self, forKey: .maximum)
            }
        }
        let paths: [String: [String: Operation]]
        let components: Components?
    }

    static func queryParameters(in json: Data) throws -> [String: [QueryParameter]] {
        let described = try JSONDecoder().decode(Described.self, from: json)
        let shared = described.components?.parameters ?? [:]
        var result: [String: [QueryParameter]] = [:]
        for (path, item) in described.paths {
            for (method, operation) in item {
                result["\(method.uppercased()) \(path)"] = (operation.parameters ?? []).compactMap { entry in
                    // Only "#/components/parameters/NAME" references are written in the parts.
                    let p = entry.ref.flatMap { shared[String($0.split(separator: "/").last ?? "")] } ?? entry
                    guard p.location == "query", let name = p.name else { return nil }
                    return QueryParameter(name: name, required: p.required ?? false, choices: p.schema?.choices, type: p.schema?.type,
                                          maximum: p.schema?.maximum)
                }
            }
        }
        return result
    }

    static func object(at url: URL) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] else {
            throw OpenAPIDocumentError.notAnObject(url.path)
        }
        return object
    }

    /// Two parts may not describe the same path or component: each belongs to one context.
    static func merge(_ existing: Any?, _ added: Any?, at url: URL, _ key: String) throws -> [String: Any] {
        var result = existing as? [String: Any] ?? [:]
        for (name, value) in added as? [String: Any] ?? [:] {
            guard result[name] == nil else { throw OpenAPIDocumentError.describedTwice("\(url.path): \(key) \(name)") }
            result[name] = value
        }
        return result
    }
}

public enum OpenAPIDocumentError: Error {
    case notAnObject(String)
    case describedTwice(String)
}
