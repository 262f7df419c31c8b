import Foundation
import Kernel

/// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; a UTF-8 BOM
/// (as Excel writes) is skipped. Streams records so a million-row file is not held twice.
public struct CSVReader: Sequence, IteratorProtocol, RowSource {
    private let bytes: [UInt8]
    private var index: Int
    public private(set) var line = 0

    public init(data: Data) {
        self.bytes = [UInt8](data)
        self.index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Bytes read so far, for progress.
    public var position: Int { index }
    public var count: Int { bytes.count }
    public var fractionRead: Double { bytes.isEmpty ? 1 : Double(index) / Double(bytes.count) }

    public mutating func nextRow() -> SheetRow? {
        next().map { SheetRow(number: line, fields: $0) }
    }

    public mutating func next() -> [String]? {
        guard index < bytes.count else { return nil }
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        line += 1
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                quoted = true
            case UInt8(ascii: ","):
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            case UInt8(ascii: "\n"):
                fields.append(String(decoding: field, as: UTF8.self))
                return fields
            case UInt8(ascii: "\r"):
                continue
            default:
                field.append(byte)
            }
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}

/// Writes CSV with a BOM so Excel opens Chinese text correctly.
public enum CSVWriter {
    public static func text(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(escape).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { ",\"\r\n".contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
