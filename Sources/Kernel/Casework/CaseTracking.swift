import Foundation
import SQLKit

extension RateLimiter {
    /// A resident's case by its tracking code (or, for receipts that predate codes, its number),
    /// if `phone` is the number it was filed with. A wrong reference and a wrong phone answer
    /// alike, and failures are counted per address, per phone and per reference across every
    /// process: numbers count up through the day and were tried by the hundred.
    public func track<Case: Sendable>(reference: String, phone: String, from address: String, in database: Database,
                                      byCode: @escaping @Sendable (String, any SQLDatabase) async throws -> Case?,
                                      byNumber: @escaping @Sendable (String, any SQLDatabase) async throws -> Case?,
                                      phone phoneOf: @escaping @Sendable (Case) -> String?) async throws -> Case {
        let reference = String(reference.trimmed.uppercased().prefix(64))
        let digits = String(phone.filter(\.isNumber).prefix(20))
        let code = TrackingCode.parse(reference)
        let counts = [(limits.trackFailuresPerAddress, address), (limits.trackFailuresPerSubject, "phone \(digits)"),
                      (limits.trackFailuresPerSubject, "reference \(code ?? reference)")]
        try await check(counts, code: "track_throttled")
        let found = try await database.read { sql -> Case? in
            guard !reference.isEmpty, !digits.isEmpty else { return nil }
            if let code { return try await byCode(code, sql) }
            return try await byNumber(reference, sql)
        }
        guard let found, phoneOf(found)?.filter(\.isNumber) == digits else {
            try await charge(counts)
            throw AppError.invalid("track_error_not_found")
        }
        return found
    }
}
