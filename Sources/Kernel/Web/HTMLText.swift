/// Text written into HTML or SVG: the five markup characters (`&`, `<`, `>`, `"`, `'`) replaced, as the template
/// library's own escaping does, over the text's UTF-8 bytes. Pages and server-drawn maps escape through this one.
public enum HTMLText {
    /// The text with its markup characters replaced; text without any is returned as it is (mostly Chinese, mostly none).
    public static func escaped(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: isMarkup) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isMarkup(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
