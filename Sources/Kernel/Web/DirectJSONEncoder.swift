import Foundation

/// Writes an `Encodable` value as JSON in one pass, for types whose coding keys are already the
/// API's names (`SnakeCaseKeys`). The text is byte for byte what `APIJSON.snakeCaseKeysEncoder`
/// writes — keys sorted, dates in ISO 8601 (UTC, whole seconds), slashes unescaped, a `Double` as its
/// shortest description without a trailing ".0", NaN and infinity refused — but Foundation's
/// encoder boxes every value into a tree and sorts each object's keys as strings before writing,
/// which was 4 % of intake's CPU for one order's answer. Here a scalar's text goes into one buffer as
/// it is encoded; an object keeps only its keys and where their values lie, and is put in order as
/// it is written out.
///
/// With `convertingKeys` it writes what `APIJSON.encoder` writes: each coding key converted to
/// snake_case as Foundation converts it (`SnakeCaseNames`), a `[String: …]` dictionary's keys left as
/// they are.
public struct DirectJSONEncoder: Sendable {
    let convertingKeys: Bool

    public init(convertingKeys: Bool = false) {
        self.convertingKeys = convertingKeys
    }

    public func encode(_ value: some Encodable) throws -> [UInt8] {
        let scratch = JSONScratch(convertingKeys: convertingKeys)
        let slot = try scratch.slot(for: value, at: [])
        if case .empty = slot {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Top-level \(type(of: value)) did not encode any values."))
        }
        var out: [UInt8] = []
        out.reserveCapacity(scratch.bytes.count * 2 + 64)
        scratch.write(slot, into: &out)
        return out
    }
}

/// Where an encoded value is: a scalar's text in the scratch buffer, or a container still open to
/// writes until the value that made it has finished encoding.
enum JSONSlot {
    case empty
    case text(Range<Int>)
    case object(JSONObject)
    case array(JSONArray)
    case encoder(DirectEncoder)
}

final class JSONObject {
    var fields: [(key: String, value: JSONSlot)] = []
}

final class JSONArray {
    var items: [JSONSlot] = []
}

/// The scalars' texts, one after another, and how a value becomes a slot.
final class JSONScratch {
    var bytes: [UInt8] = []
    let convertingKeys: Bool

    init(convertingKeys: Bool) {
        self.convertingKeys = convertingKeys
        bytes.reserveCapacity(1_024)
    }

    /// A coding key as it is written.
    func name(_ key: String) -> String { convertingKeys ? SnakeCaseNames.name(key) : key }

    func slot(for value: some Encodable, at path: @autoclosure () -> [any CodingKey]) throws -> JSONSlot {
        switch value {
        case let string as String: return text { JSONText.string(string, into: &$0) }
        case let int as Int: return text { JSONText.integer(Int64(int), into: &$0) }
        case let double as Double: return try text { try JSONText.double(double, at: path(), into: &$0) }
        case let bool as Bool: return text { $0.append(contentsOf: bool ? JSONText.trueBytes : JSONText.falseBytes) }
        case let date as Date: return text { JSONText.date(date, into: &$0) }
        case let url as URL: return text { JSONText.string(url.absoluteString, into: &$0) }
        case let data as Data: return text { JSONText.string(data.base64EncodedString(), into: &$0) }
        case let decimal as Decimal: return text { $0.append(contentsOf: decimal.description.utf8) }
        case let fields as any JSONFields: return try text { try JSONObjectWriter.write(fields, into: &$0) }
        case let dictionary as any StringKeyedDictionary where convertingKeys:
            let object = JSONObject()
            for (key, element) in dictionary.entries { object.fields.append((key, try slot(for: element, at: path() + [AnyKey(key)]))) }
            return .object(object)
        default:
            let encoder = DirectEncoder(scratch: self, codingPath: path())
            try value.encode(to: encoder)
            return encoder.slot
        }
    }

    func text(_ write: (inout [UInt8]) throws -> Void) rethrows -> JSONSlot {
        let start = bytes.count
        try write(&bytes)
        return .text(start..<bytes.count)
    }

    func write(_ slot: JSONSlot, into out: inout [UInt8]) {
        switch slot {
        case .empty: out.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])
        case .text(let range): out.append(contentsOf: bytes[range])
        case .encoder(let encoder): write(encoder.slot, into: &out)
        case .array(let array):
            out.append(UInt8(ascii: "["))
            for (index, item) in array.items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            Self.sort(&object.fields)
            out.append(UInt8(ascii: "{"))
            var first = true
            for (index, field) in object.fields.enumerated() {
                // A key encoded twice keeps its last value, as Foundation's dictionary does.
                if index + 1 < object.fields.count, object.fields[index + 1].key == field.key { continue }
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                JSONText.string(field.key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(field.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// By key, stable (so of a key's repeats the last stays last).
    static func sort(_ fields: inout [(key: String, value: JSONSlot)]) {
        guard fields.count > 32 else {
            // Insertion sort: a type's few keys are mostly in order already.
            for i in fields.indices.dropFirst() {
                var j = i
                while j > 0, fields[j].key < fields[j - 1].key {
                    fields.swapAt(j, j - 1)
                    j -= 1
                }
            }
            return
        }
        fields = fields.enumerated()
            .sorted { $0.element.key < $1.element.key || ($0.element.key == $1.element.key && $0.offset < $1.offset) }
            .map(\.element)
    }
}

/// `[String: …]`: Foundation writes its keys as they are even when it converts coding keys.
protocol StringKeyedDictionary {
    var entries: [(key: String, value: any Encodable)] { get }
}

extension Dictionary: StringKeyedDictionary where Key == String, Value: Encodable {
    var entries: [(key: String, value: any Encodable)] { map { ($0.key, $0.value as any Encodable) } }
}
