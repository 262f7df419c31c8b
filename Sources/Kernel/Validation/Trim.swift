extension StringProtocol {
    /// Without leading and trailing whitespace (ASCII and the full-width space U+3000).
    /// Pure Swift: Foundation's trimmingCharacters(in:) bridges through NSString and was 17%
    /// of a bulk import's time.
    public var trimmed: String {
        // Most cells need no trimming: decide from the first and last bytes when they are plain.
        let plain = utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return !Self.mayStartTrimmable(first) && !Self.mayEndTrimmable(last)
        }
        if plain == true { return String(self) }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isTrimmable }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isTrimmable })!
        return String(self[first..<scalars.index(after: last)])
    }

    /// Leading bytes of the trimmable scalars: ASCII space, tab, CR, LF; C2 (U+00A0), E3 (U+3000).
    static func mayStartTrimmable(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE3
    }

    /// Final bytes of the trimmable scalars: ASCII ones, A0 (U+00A0), 80 (U+3000).
    static func mayEndTrimmable(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xA0 || byte == 0x80
    }
}

extension Unicode.Scalar {
    var isTrimmable: Bool {
        value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x3000 || value == 0xA0
    }
}

extension StringProtocol {
    /// The trimmed text, or nil when nothing is left: optional form and sheet fields.
    public var nilIfBlank: String? {
        let text = trimmed
        return text.isEmpty ? nil : text
    }
}

/// A person's name as shown where it need not be read in full (a household head to a visitor, a
/// commenter on the public portal): the first character and a star for each other one.
public enum MaskedName {
    public static func of(_ name: String) -> String {
        guard let first = name.first else { return "" }
        return String(first) + String(repeating: "*", count: max(1, name.count - 1))
    }
}
