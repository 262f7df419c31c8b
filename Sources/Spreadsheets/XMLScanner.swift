import Foundation

/// A forward-only scanner over the bytes of a SpreadsheetML part. Worksheets and shared-string
/// tables run to tens of megabytes; Foundation's XMLParser (under XMLCoder) refuses parts over
/// 10 MB on Linux and builds a tree of everything, so the two large parts are read with this:
/// start tags with their attribute bytes, end tags, and text with entities decoded.
struct XMLScanner {
    enum Event {
        /// Local name (prefix dropped) and the raw attribute bytes.
        case start(name: ArraySlice<UInt8>, attributes: ArraySlice<UInt8>, selfClosing: Bool)
        case end(name: ArraySlice<UInt8>)
        case text(ArraySlice<UInt8>)
    }

    let bytes: [UInt8]

    /// Hands over every complete token and returns where the first incomplete one starts: the
    /// bytes the next chunk continues. When `final`, nothing follows, and a token cut off is an error.
    @discardableResult
    func scan(final: Bool = true, _ handle: (Event) throws -> Void) throws -> Int {
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] != UInt8(ascii: "<") {
                let start = i
                while i < n, bytes[i] != UInt8(ascii: "<") { i += 1 }
                // Text may go on in the next chunk.
                if i == n, !final { return start }
                try handle(.text(bytes[start..<i]))
                continue
            }
            // Not yet enough bytes to tell a comment or CDATA from a tag.
            if !final, n - i < Self.cdataOpen.count { return i }
            // Comments, processing instructions, declarations and CDATA.
            if i + 1 < n, bytes[i + 1] == UInt8(ascii: "?") || bytes[i + 1] == UInt8(ascii: "!") {
                if bytes[i...].starts(with: Self.cdataOpen) {
                    guard let close = find(Self.cdataClose, from: i + 9) else { if final { throw XMLScannerError.truncated } else { return i } }
                    try handle(.text(bytes[(i + 9)..<close]))
                    i = close + 3
                } else if bytes[i...].starts(with: Self.commentOpen) {
                    guard let close = find(Self.commentClose, from: i + 4) else { if final { throw XMLScannerError.truncated } else { return i } }
                    i = close + 3
                } else {
                    let start = i
                    while i < n, bytes[i] != UInt8(ascii: ">") { i += 1 }
                    if i == n, !final { return start }
                    i += 1
                }
                continue
            }
            let closing = i + 1 < n && bytes[i + 1] == UInt8(ascii: "/")
            var j = closing ? i + 2 : i + 1
            let nameStart = j
            while j < n, !Self.isNameEnd(bytes[j]) { j += 1 }
            var name = bytes[nameStart..<j]
            if let colon = name.lastIndex(of: UInt8(ascii: ":")) { name = bytes[(colon + 1)..<j] }
            // Attribute values may contain ">" only inside quotes.
            let attributesStart = j
            var quote: UInt8 = 0
            while j < n {
                let b = bytes[j]
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == UInt8(ascii: ">") {
                    break
                }
                j += 1
            }
            guard j < n else { if final { throw XMLScannerError.truncated } else { return i } }
            let selfClosing = j > attributesStart && bytes[j - 1] == UInt8(ascii: "/")
            if closing {
                try handle(.end(name: name))
            } else {
                try handle(.start(name: name, attributes: bytes[attributesStart..<(selfClosing ? j - 1 : j)], selfClosing: selfClosing))
            }
            i = j + 1
        }
        return n
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
    static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)

    static func isNameEnd(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "\t")
            || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")
    }

    /// The value of attribute `name` (local name; `r`, `t`) in raw attribute bytes.
    static func attribute(_ name: [UInt8], in attributes: ArraySlice<UInt8>) -> String? {
        var i = attributes.startIndex
        let end = attributes.endIndex
        while i < end {
            while i < end, attributes[i] == UInt8(ascii: " ") || attributes[i] == UInt8(ascii: "\n") || attributes[i] == UInt8(ascii: "\t")
                || attributes[i] == UInt8(ascii: "\r") { i += 1 }
            let nameStart = i
            while i < end, attributes[i] != UInt8(ascii: "="), attributes[i] != UInt8(ascii: " ") { i += 1 }
            var key = attributes[nameStart..<i]
            if let colon = key.lastIndex(of: UInt8(ascii: ":")) { key = attributes[(colon + 1)..<i] }
            while i < end, attributes[i] != UInt8(ascii: "\""), attributes[i] != UInt8(ascii: "'") { i += 1 }
            guard i < end else { return nil }
            let quote = attributes[i]
            i += 1
            let valueStart = i
            while i < end, attributes[i] != quote { i += 1 }
            if key.elementsEqual(name) { return decode(attributes[valueStart..<min(i, end)]) }
            i += 1
        }
        return nil
    }

    /// Text with the five XML entities and numeric character references decoded.
    static func decode(_ text: ArraySlice<UInt8>) -> String {
        guard text.contains(UInt8(ascii: "&")) else { return String(decoding: text, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = text.startIndex
        while i < text.endIndex {
            let b = text[i]
            guard b == UInt8(ascii: "&"), let semicolon = text[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                out.append(b)
                i += 1
                continue
            }
            let entity = String(decoding: text[(i + 1)..<semicolon], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch entity {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                }
            }
            if let scalar {
                out.append(contentsOf: Array(String(scalar).utf8))
                i = semicolon + 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

enum XMLScannerError: Error {
    case truncated
    /// One tag or text run longer than any sheet writes (a cell holds at most 32,767 characters).
    case tokenTooLong
}

/// The scanner fed a part chunk by chunk as it unpacks, so a worksheet is never held whole:
/// only the one token a chunk boundary cuts is carried over to the next chunk.
struct XMLStream {
    private var pending: [UInt8] = []
    static let maxToken = 4 << 20

    mutating func feed(_ chunk: Data, _ handle: (XMLScanner.Event) throws -> Void) throws {
        pending.append(contentsOf: chunk)
        let used = try XMLScanner(bytes: pending).scan(final: false, handle)
        pending.removeSubrange(0..<used)
        guard pending.count <= Self.maxToken else { throw XMLScannerError.tokenTooLong }
    }

    mutating func finish(_ handle: (XMLScanner.Event) throws -> Void) throws {
        try XMLScanner(bytes: pending).scan(final: true, handle)
        pending = []
    }
}
