import Foundation

/// Record identifiers that sort by creation time (48-bit milliseconds, then 80 random bits, as
/// 32 hex digits, like UUIDv7). New rows land at the end of the primary-key index instead of at
/// random places, which keeps bulk inserts into large tables fast.
public enum RecordID {
    public static func make(now: Date = Date()) -> String {
        let millis = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        var generator = SystemRandomNumberGenerator()
        let high = UInt64.random(in: 0...UInt64.max, using: &generator)
        let low = UInt16.random(in: 0...UInt16.max, using: &generator)
        return String(format: "%012llx%016llx%04x", millis & 0xFFFF_FFFF_FFFF, high, low)
    }
}
