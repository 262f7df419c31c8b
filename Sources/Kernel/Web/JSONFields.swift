import Foundation

/// A type that writes its own JSON object, for the hottest answers (an order: intake's answer and
/// every row of the work lists; the rows of the resident, petition and dispute lists). Walking even `DirectJSONEncoder`'s containers through `Encodable`
/// was 3 % of intake's CPU for one order; this writes the keys straight out. `writeFields` must
/// name the same keys as the type's `CodingKeys`, in sorted order, leaving out what its `Encodable`
/// form leaves out (nil optionals): the type's tests compare the two texts.
public protocol JSONFields: Encodable, SnakeCaseKeys {
    func writeFields(to object: inout JSONObjectWriter) throws
}

/// Writes one object's fields in the order given, which must be the keys' sorted order; keys are
/// plain names, written as they are.
public struct JSONObjectWriter {
    var bytes: [UInt8]
    private var empty = true

    /// Writes `value`'s object at the end of `bytes`.
    static func write(_ value: some JSONFields, into bytes: inout [UInt8]) throws {
        var writer = JSONObjectWriter(bytes: [])
        swap(&writer.bytes, &bytes)  // the writer holds the only reference while it appends
        defer { swap(&writer.bytes, &bytes) }
        writer.bytes.append(UInt8(ascii: "{"))
        try value.writeFields(to: &writer)
        writer.bytes.append(UInt8(ascii: "}"))
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func key(_ key: StaticString) {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    public mutating func field(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        JSONText.string(value, into: &bytes)
    }

    public mutating func field(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        JSONText.integer(value, into: &bytes)
    }

    public mutating func field(_ key: StaticString, _ value: Bool?) {
        guard let value else { return }
        self.key(key)
        bytes.append(contentsOf: value ? JSONText.trueBytes : JSONText.falseBytes)
    }

    public mutating func field(_ key: StaticString, _ value: Date?) {
        guard let value else { return }
        self.key(key)
        JSONText.date(value, into: &bytes)
    }

    public mutating func field(_ key: StaticString, _ value: Double?) throws {
        guard let value else { return }
        self.key(key)
        try JSONText.double(value, at: [AnyKey(key.description)], into: &bytes)
    }

    /// An array, written even when empty (as `Encodable` writes it).
    public mutating func field(_ key: StaticString, _ values: [String]) {
        array(key, values) { JSONText.string($0, into: &$1) }
    }

    /// An array of objects that write their own fields, written even when empty.
    public mutating func field(_ key: StaticString, _ values: [some JSONFields]) throws {
        try array(key, values) { try Self.write($0, into: &$1) }
    }

    private mutating func array<Element>(_ key: StaticString, _ values: [Element],
                                         _ write: (Element, inout [UInt8]) throws -> Void) rethrows {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            try write(value, &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
