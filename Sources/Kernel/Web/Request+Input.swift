import Foundation
import Hummingbird

extension Request {
    /// The JSON body as `T` (snake_case keys), refusing bodies over `limit` and malformed JSON
    /// with the same clear errors everywhere.
    public func decodeJSON<T: Decodable>(_ type: T.Type, limit: Int = 64 << 10) async throws -> T {
        try await decodeJSON(type, limit: limit, with: APIJSON.decoder)
    }

    public func decodeJSON<T: Decodable & SnakeCaseKeys>(_ type: T.Type, limit: Int = 64 << 10) async throws -> T {
        try await decodeJSON(type, limit: limit, with: APIJSON.snakeCaseKeysDecoder)
    }

    private func decodeJSON<T: Decodable>(_ type: T.Type, limit: Int, with decoder: JSONDecoder) async throws -> T {
        let text = try await readText(self, limit: limit)
        do {
            return try decoder.decode(T.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw AppError(decoding: error)
        } catch {
            throw AppError.invalid("error_bad_json")
        }
    }

    /// A query parameter naming one case of `T`; absent is nil, unknown is a 422 with `invalidKey`.
    public func queryEnum<T: RawRepresentable>(_ name: String, _ type: T.Type, invalidKey: String) throws -> T? where T.RawValue == String {
        try parseChoice(uri.queryParameters.get(name).map { String($0) }, T.self, invalidKey: invalidKey)
    }
}

/// A choice sent as text (a JSON field, a query parameter): nil when absent, a clear 422 when
/// it is not one of the allowed values.
public func parseChoice<T: RawRepresentable>(_ text: String?, _ type: T.Type, invalidKey: String) throws -> T? where T.RawValue == String {
    guard let text else { return nil }
    guard let value = T(rawValue: text) else { throw AppError.invalid(invalidKey) }
    return value
}

extension AppError {
    /// A JSON body that parsed but did not fit: the answer names the field, as the API spells it.
    init(decoding error: DecodingError) {
        let (path, missing): ([any CodingKey], String?) = switch error {
        case .keyNotFound(let key, let context): (context.codingPath, key.stringValue)
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): (context.codingPath, nil)
        @unknown default: ([], nil)
        }
        let names = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue } + (missing.map { [$0] } ?? [])
        guard !names.isEmpty else {
            self = .invalid("error_bad_json")
            return
        }
        let field = names.map(Self.snakeCased).reduce("") { $1.hasPrefix("[") || $0.isEmpty ? $0 + $1 : $0 + "." + $1 }
        self = AppError(.unprocessableContent, code: missing == nil ? "json_field_invalid" : "json_field_missing",
                        messageKey: missing == nil ? "error_json_field_invalid" : "error_json_field_missing", args: [field], field: field)
    }

    /// `unitCode` → `unit_code`: the decoder reads snake_case keys into Swift names.
    static func snakeCased(_ name: String) -> String {
        name.reduce(into: "") { result, character in
            if character.isUppercase, !result.isEmpty { result.append("_") }
            result.append(contentsOf: character.lowercased())
        }
    }
}
