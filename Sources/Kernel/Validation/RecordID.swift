import Foundation

/// Record identifiers that sort by creation time (48-bit milliseconds, then 80 random bits, as
/// 32 hex digits, like UUIDv7). New rows land at the end of the primary-key index instead of at
/// random places, which keeps bulk inserts into large tables fast.
public enum RecordID {
    public static func make(now: Date = Date()) -> String {
        let millis = UInt64(max(0, now.timeIntervalSince1970 * 1000)) & 0xFFFF_FFFF_FFFF
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64
        let low = UInt64(generator.next() as UInt16)
        // Hand-written hex: String(format:) goes through CVarArg casts and was 4% of an import.
        var bytes = [UInt8](repeating: 0, count: 32)
        func put(_ value: UInt64, digits: Int, at offset: Int) {
            var v = value
            for i in stride(from: offset + digits - 1, through: offset, by: -1) {
                bytes[i] = hexDigits[Int(v & 0xF)]
                v >>= 4
            }
        }
        put(millis, digits: 12, at: 0)
        put(high, digits: 16, at: 12)
        put(low, digits: 4, at: 28)
        return String(decoding: bytes, as: UTF8.self)
    }

    static let hexDigits = Array("0123456789abcdef".utf8)
}
