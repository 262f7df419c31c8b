import Foundation

/// The `Encoder` a value writes itself to for `DirectJSONEncoder`: its slot becomes the object,
/// array or scalar the value asks for.
final class DirectEncoder: Encoder {
    let scratch: JSONScratch
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var slot: JSONSlot = .empty

    init(scratch: JSONScratch, codingPath: [any CodingKey]) {
        self.scratch = scratch
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: JSONObject
        if case .object(let existing) = slot { object = existing } else {
            object = JSONObject()
            slot = .object(object)
        }
        return KeyedEncodingContainer(DirectKeyedContainer<Key>(scratch: scratch, object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: JSONArray
        if case .array(let existing) = slot { array = existing } else {
            array = JSONArray()
            slot = .array(array)
        }
        return DirectUnkeyedContainer(scratch: scratch, array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { DirectSingleValueContainer(encoder: self) }
}

struct DirectKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let scratch: JSONScratch
    let object: JSONObject
    let codingPath: [any CodingKey]

    private func add(_ key: Key, _ slot: JSONSlot) { object.fields.append((scratch.name(key.stringValue), slot)) }
    private func text(_ key: Key, _ write: (inout [UInt8]) throws -> Void) rethrows { add(key, try scratch.text(write)) }

    mutating func encodeNil(forKey key: Key) throws { text(key) { $0.append(contentsOf: JSONText.nullBytes) } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { text(key) { $0.append(contentsOf: value ? JSONText.trueBytes : JSONText.falseBytes) } }
    mutating func encode(_ value: String, forKey key: Key) throws { text(key) { JSONText.string(value, into: &$0) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { try text(key) { try JSONText.double(value, at: codingPath + [key], into: &$0) } }
    mutating func encode(_ value: Float, forKey key: Key) throws { try text(key) { try JSONText.double(value, at: codingPath + [key], into: &$0) } }
    mutating func encode(_ value: Int, forKey key: Key) throws { text(key) { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { text(key) { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { text(key) { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { text(key) { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { text(key) { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { text(key) { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { text(key) { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { text(key) { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { text(key) { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { text(key) { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { add(key, try scratch.slot(for: value, at: codingPath + [key])) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObject()
        add(key, .object(nested))
        return KeyedEncodingContainer(DirectKeyedContainer<NestedKey>(scratch: scratch, object: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONArray()
        add(key, .array(nested))
        return DirectUnkeyedContainer(scratch: scratch, array: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let encoder = DirectEncoder(scratch: scratch, codingPath: codingPath + [AnyKey(name)])
        object.fields.append((scratch.name(name), .encoder(encoder)))
        return encoder
    }
}

struct DirectUnkeyedContainer: UnkeyedEncodingContainer, DirectValueWriting {
    let scratch: JSONScratch
    let array: JSONArray
    let codingPath: [any CodingKey]
    var count: Int { array.items.count }

    private var nextKey: AnyKey { AnyKey(index: array.items.count) }
    func put(_ slot: JSONSlot) { array.items.append(slot) }
    var valuePath: [any CodingKey] { codingPath + [nextKey] }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObject()
        let path = valuePath
        array.items.append(.object(nested))
        return KeyedEncodingContainer(DirectKeyedContainer<NestedKey>(scratch: scratch, object: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArray()
        let path = valuePath
        array.items.append(.array(nested))
        return DirectUnkeyedContainer(scratch: scratch, array: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = DirectEncoder(scratch: scratch, codingPath: valuePath)
        array.items.append(.encoder(encoder))
        return encoder
    }
}

struct DirectSingleValueContainer: SingleValueEncodingContainer, DirectValueWriting {
    let encoder: DirectEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var scratch: JSONScratch { encoder.scratch }
    var valuePath: [any CodingKey] { codingPath }

    func put(_ slot: JSONSlot) { encoder.slot = slot }
}

/// What the unkeyed and single-value containers share: each value becomes a slot that `put` places
/// (the array's next item, or the encoder's one value); `valuePath` is what an error about it names.
protocol DirectValueWriting {
    var scratch: JSONScratch { get }
    var valuePath: [any CodingKey] { get }
    func put(_ slot: JSONSlot)
}

extension DirectValueWriting {
    private func text(_ write: (inout [UInt8]) throws -> Void) rethrows { put(try scratch.text(write)) }

    mutating func encodeNil() throws { text { $0.append(contentsOf: JSONText.nullBytes) } }
    mutating func encode(_ value: Bool) throws { text { $0.append(contentsOf: value ? JSONText.trueBytes : JSONText.falseBytes) } }
    mutating func encode(_ value: String) throws { text { JSONText.string(value, into: &$0) } }
    mutating func encode(_ value: Double) throws { try text { try JSONText.double(value, at: valuePath, into: &$0) } }
    mutating func encode(_ value: Float) throws { try text { try JSONText.double(value, at: valuePath, into: &$0) } }
    mutating func encode(_ value: Int) throws { text { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: Int8) throws { text { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: Int16) throws { text { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: Int32) throws { text { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: Int64) throws { text { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt) throws { text { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt8) throws { text { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt16) throws { text { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt32) throws { text { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: UInt64) throws { text { JSONText.integer(value, into: &$0) } }
    mutating func encode(_ value: some Encodable) throws { put(try scratch.slot(for: value, at: valuePath)) }
}

/// A coding key for an array's position or a super encoder, in coding paths.
struct AnyKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(_ name: String) { stringValue = name; intValue = nil }
    init(index: Int) { stringValue = "Index \(index)"; intValue = index }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}
