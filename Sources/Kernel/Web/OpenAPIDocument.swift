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
        var operations = Set<String>()
        var queryParameters: [String: [QueryParameter]] = [:]
        let shared = (document["components"] as? [String: Any])?["parameters"] as? [String: Any] ?? [:]
        for (path, item) in document["paths"] as? [String: Any] ?? [:] {
            for (method, operation) in item as? [String: Any] ?? [:] {
                let operation = "\(method.uppercased()) \(path)"
                operations.insert(operation)
                queryParameters[operation] = Self.queryParameters(of: (item as? [String: Any])?[method], shared: shared)
            }
        }
        self.operations = operations
        self.queryParameters = queryParameters
        json = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    static func queryParameters(of operation: Any?, shared: [String: Any]) -> [QueryParameter] {
        let listed = (operation as? [String: Any])?["parameters"] as? [[String: Any]] ?? []
        return listed.compactMap { entry in
            // Only "#/components/parameters/NAME" references are written in the parts.
            let resolved = (entry["$ref"] as? String).flatMap { shared[String($0.split(separator: "/").last ?? "")] as? [String: Any] } ?? entry
            guard resolved["in"] as? String == "query", let name = resolved["name"] as? String else { return nil }
            let schema = resolved["schema"] as? [String: Any] ?? [:]
            return QueryParameter(name: name, required: resolved["required"] as? Bool ?? false, choices: schema["enum"] as? [String],
                                  type: schema["type"] as? String, maximum: schema["maximum"] as? Int)
        }
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
