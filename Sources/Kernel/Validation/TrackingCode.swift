/// What a resident's receipt carries to look their case up by: 16 random hexadecimal digits
/// (64 bits), shown in groups of four. Receipt numbers count up through the day and were
/// guessed in seconds; these cannot be.
public enum TrackingCode {
    public static func make() -> String {
        String(Secrets.randomHex(bytes: 8).uppercased())
    }

    /// `3F9A-0B1C-77D2-E4A5`.
    public static func display(_ code: String) -> String {
        stride(from: 0, to: code.count, by: 4).map { start in
            let from = code.index(code.startIndex, offsetBy: start)
            return String(code[from..<(code.index(from, offsetBy: 4, limitedBy: code.endIndex) ?? code.endIndex)])
        }.joined(separator: "-")
    }

    /// The code in what a resident typed (any case, with or without dashes or spaces), or nil
    /// when it is not one.
    public static func parse(_ text: String) -> String? {
        let digits = text.uppercased().filter { !"- ".contains($0) }
        guard digits.count == 16, digits.allSatisfy({ $0.isHexDigit }) else { return nil }
        return digits
    }
}
