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
        for (path, item) in document["paths"] as? [String: Any] ?? [:] {
            for method in (item as? [String: Any] ?? [:]).keys { operations.insert("\(method.uppercased()) \(path)") }
        }
        self.operations = operations
        json = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
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
