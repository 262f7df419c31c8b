import Foundation
import Hummingbird

extension Request {
    /// The JSON body as `T` (snake_case keys), refusing bodies over `limit` and malformed JSON
    /// with the same clear errors everywhere.
    public func decodeJSON<T: Decodable>(_ type: T.Type, limit: Int = 64 << 10) async throws -> T {
        let text = try await readText(self, limit: limit)
        guard let value = try? APIJSON.decoder.decode(T.self, from: Data(text.utf8)) else { throw AppError.invalid("error_bad_json") }
        return value
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
