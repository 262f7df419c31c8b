/// Mainland phone numbers: 11-digit mobiles starting 1[3-9], or landlines with an area code
/// (0 + 2–3 digits, optional hyphen, 7–8 digits).
public enum PhoneNumber {
    public static func isValid(_ text: String) -> Bool {
        // Byte-level for bulk imports; spaces are ignored as staff type "138 0000 1111".
        let bytes = text.utf8.filter { $0 != UInt8(ascii: " ") }
        if bytes.count == 11, bytes[0] == UInt8(ascii: "1"), (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(bytes[1]),
           bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            return true
        }
        let digits = String(decoding: bytes, as: UTF8.self)
        let parts = digits.split(separator: "-", omittingEmptySubsequences: false)
        let plain = parts.joined()
        guard plain.allSatisfy({ ("0"..."9").contains($0) }), plain.hasPrefix("0"), parts.count <= 2 else { return false }
        if parts.count == 2 {
            return (3...4).contains(parts[0].count) && (7...8).contains(parts[1].count)
        }
        return (10...12).contains(plain.count)
    }

    /// 138****5678: the middle hidden in lists.
    public static func masked(_ text: String) -> String {
        guard text.count >= 7 else { return String(repeating: "*", count: text.count) }
        return text.prefix(3) + String(repeating: "*", count: text.count - 7) + text.suffix(4)
    }
}
