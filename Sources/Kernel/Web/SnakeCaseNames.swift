import Foundation
import Synchronization

/// Coding keys in snake_case exactly as Foundation's `.convertToSnakeCase` writes them ("myURLString"
/// → "my_url_string", "IDNumber" → "i_d_number"): each new key is converted once by Foundation itself
/// and kept. Keys come from the types' `CodingKeys`, a few hundred; the table stops growing at
/// `limit` so keys made from data (an `[Int: …]` dictionary's) cannot grow it without end.
enum SnakeCaseNames {
    static let limit = 10_000
    private static let known = Mutex<[String: String]>([:])

    static func name(_ key: String) -> String {
        if let name = known.withLock({ $0[key] }) { return name }
        let name = converted(key)
        known.withLock { if $0.count < limit { $0[key] = name } }
        return name
    }

    private struct OneKey: Encodable {
        let key: String
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encodeNil(forKey: AnyKey(key))
        }
    }

    private static func converted(_ key: String) -> String {
        guard let data = try? APIJSON.encoder.encode(OneKey(key: key)),
              let name = try? JSONDecoder().decode([String: Int?].self, from: data).keys.first
        else { return key }
        return name
    }
}
