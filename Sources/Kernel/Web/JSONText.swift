import Foundation

/// Scalars as JSON text, written as Foundation's `JSONEncoder` writes them with `APIJSON`'s settings.
enum JSONText {
    static let trueBytes: [UInt8] = Array("true".utf8)
    static let falseBytes: [UInt8] = Array("false".utf8)
    static let nullBytes: [UInt8] = Array("null".utf8)
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Quoted; `"`, `\` and control characters escaped, everything else (slashes, non-ASCII) as it is.
    static func string(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                default: out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    static func integer(_ value: some BinaryInteger, into out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = UInt64(value.magnitude)
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            out.append(contentsOf: buffer[start...])
        }
    }

    /// The shortest text that reads back as the same number, "120" rather than "120.0".
    static func double<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T, at path: @autoclosure () -> [any CodingKey], into out: inout [UInt8]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: path(), debugDescription: "Unable to encode \(T.self).\(value) directly in JSON."))
        }
        let text = value.description
        out.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8.dropLast(0))
    }

    /// "2026-12-05T09:37:34Z": UTC, the second it falls in. Before the Gregorian calendar began
    /// (15 October 1582) Foundation counts Julian days, so those dates are left to it.
    static func date(_ date: Date, into out: inout [UInt8]) {
        let interval = date.timeIntervalSince1970
        guard interval >= -12_219_292_800, interval < 2.5e11 else {
            string(date.formatted(.iso8601), into: &out)
            return
        }
        let seconds = Int(interval.rounded(.down))
        let (days, second) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (dayNumber, secondOfDay) = second < 0 ? (days - 1, second + 86_400) : (days, second)
        let day = Day(dayNumber: dayNumber)
        guard (0...9999).contains(day.year) else {
            string(date.formatted(.iso8601), into: &out)
            return
        }
        out.append(UInt8(ascii: "\""))
        padded(day.year, width: 4, into: &out)
        out.append(UInt8(ascii: "-"))
        padded(day.month, width: 2, into: &out)
        out.append(UInt8(ascii: "-"))
        padded(day.day, width: 2, into: &out)
        out.append(UInt8(ascii: "T"))
        padded(secondOfDay / 3_600, width: 2, into: &out)
        out.append(UInt8(ascii: ":"))
        padded(secondOfDay / 60 % 60, width: 2, into: &out)
        out.append(UInt8(ascii: ":"))
        padded(secondOfDay % 60, width: 2, into: &out)
        out.append(contentsOf: [UInt8(ascii: "Z"), UInt8(ascii: "\"")])
    }

    private static func padded(_ value: Int, width: Int, into out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var value = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(value / divisor))
            value %= divisor
            divisor /= 10
        }
    }
}
