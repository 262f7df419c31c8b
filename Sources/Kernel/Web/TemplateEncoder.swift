import Foundation
import Mustache

/// A page model as its template reads it, built in one pass: what a template makes of encoding the
/// model to JSON with snake_case keys and reading that back with `JSONSerialization` (numbers as
/// `NSNumber`, a whole `Double` as an integer, `nil` as `NSNull`, an absent optional absent, a
/// `[String: …]` dictionary's keys as they are), with every empty string already the
/// `ViewRenderer.Blank` that renders empty and counts as false. The round trip through JSON text and
/// the walk for empty strings were a fifth of a list page's CPU (`bench lists --pages`). Text is a
/// `TemplateText` and a boolean Swift's own `Bool`, which the template library takes without a
/// failed cast or Foundation's bridging (`TemplateText`).
enum TemplateEncoder {
    static func values(of model: some Encodable) throws -> [String: Any] {
        var slot = try TemplateNode.slot(for: model, at: [])
        while case .encoder(let encoder) = slot { slot = encoder.slot }
        guard case .object(let object) = slot else { return [:] }
        return object.fields.mapValues(TemplateNode.resolve)
    }
}

/// An encoded value: a finished scalar, or a container still open to writes.
enum TemplateSlot {
    case empty
    case value(Any)
    case object(TemplateObject)
    case array(TemplateArray)
    case encoder(TemplateValueEncoder)
}

final class TemplateObject {
    var fields: [String: TemplateSlot] = [:]
}

final class TemplateArray {
    var items: [TemplateSlot] = []
}

/// Text as a template is given it. The template library asks every value it prints whether it renders itself
/// (`MustacheCustomRenderable`); a `String` does not, so it was then asked whether it was an optional and printed
/// through `String(describing:)`, more casts of an `Any` each. Casts were half of the template library's time on a work
/// list page, which was a third of the page's CPU (`perf` over `bench lists --pages`).
public struct TemplateText: MustacheCustomRenderable, Sendable {
    public let renderText: String
    public var isNull: Bool { false }

    public init(_ text: String) {
        renderText = text
    }
}

enum TemplateNode {
    static func string(_ text: String) -> Any { text.isEmpty ? ViewRenderer.Blank() : TemplateText(text) }

    /// A floating-point number as JSON text and back gives it: a whole number below 10¹⁶ is written
    /// without a fraction or an exponent ("3", not "3.0") and read back as an integer.
    static func number(_ value: Double, at path: [any CodingKey]) throws -> Any {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "\(value) is not a JSON number."))
        }
        if value == value.rounded(), abs(value) < 1e16 { return NSNumber(value: Int64(value)) }
        return NSNumber(value: value)
    }

    /// A `Float` as JSON writes it: its own shortest text ("0.1"), read back as a `Double`.
    static func number(_ value: Float, at path: [any CodingKey]) throws -> Any {
        try number(Double("\(value)") ?? .nan, at: path)
    }

    static func slot(for value: some Encodable, at path: @autoclosure () -> [any CodingKey]) throws -> TemplateSlot {
        switch value {
        case let text as String: return .value(string(text))
        case let url as URL: return .value(string(url.absoluteString))
        case let data as Data: return .value(string(data.base64EncodedString()))
        case let decimal as Decimal: return .value(try number(Double(truncating: decimal as NSNumber), at: path()))
        case let dictionary as any StringKeyedDictionary:
            let object = TemplateObject()
            for (key, element) in dictionary.entries { object.fields[key] = try slot(for: element, at: path() + [AnyKey(key)]) }
            return .object(object)
        default:
            let encoder = TemplateValueEncoder(codingPath: path())
            try value.encode(to: encoder)
            return encoder.slot
        }
    }

    static func resolve(_ slot: TemplateSlot) -> Any {
        switch slot {
        case .empty: resolve(.object(TemplateObject()))
        case .value(let value): value
        case .encoder(let encoder): resolve(encoder.slot)
        case .array(let array): array.items.map(resolve)
        case .object(let object): object.fields.mapValues(resolve)
        }
    }
}

/// The `Encoder` a page model writes itself to for `TemplateEncoder`.
final class TemplateValueEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var slot: TemplateSlot = .empty

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: TemplateObject
        if case .object(let existing) = slot { object = existing } else {
            object = TemplateObject()
            slot = .object(object)
        }
        return KeyedEncodingContainer(TemplateKeyedContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: TemplateArray
        if case .array(let existing) = slot { array = existing } else {
            array = TemplateArray()
            slot = .array(array)
        }
        return TemplateUnkeyedContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { TemplateSingleValueContainer(encoder: self) }
}

struct TemplateKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: TemplateObject
    let codingPath: [any CodingKey]

    private func put(_ key: Key, _ value: Any) { object.fields[SnakeCaseNames.name(key.stringValue)] = .value(value) }

    mutating func encodeNil(forKey key: Key) throws { put(key, NSNull()) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(key, value) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(key, TemplateNode.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(key, try TemplateNode.number(value, at: codingPath + [key])) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(key, try TemplateNode.number(value, at: codingPath + [key])) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(key, NSNumber(value: value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(key, NSNumber(value: value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(key, NSNumber(value: value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(key, NSNumber(value: value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(key, NSNumber(value: value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(key, NSNumber(value: value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(key, NSNumber(value: value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(key, NSNumber(value: value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(key, NSNumber(value: value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(key, NSNumber(value: value)) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        object.fields[SnakeCaseNames.name(key.stringValue)] = try TemplateNode.slot(for: value, at: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = TemplateObject()
        object.fields[SnakeCaseNames.name(key.stringValue)] = .object(nested)
        return KeyedEncodingContainer(TemplateKeyedContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = TemplateArray()
        object.fields[SnakeCaseNames.name(key.stringValue)] = .array(nested)
        return TemplateUnkeyedContainer(array: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let encoder = TemplateValueEncoder(codingPath: codingPath + [AnyKey(name)])
        object.fields[SnakeCaseNames.name(name)] = .encoder(encoder)
        return encoder
    }
}

struct TemplateUnkeyedContainer: UnkeyedEncodingContainer, TemplateValueWriting {
    let array: TemplateArray
    let codingPath: [any CodingKey]
    var count: Int { array.items.count }

    var valuePath: [any CodingKey] { codingPath + [AnyKey(index: array.items.count)] }
    func put(_ slot: TemplateSlot) { array.items.append(slot) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = TemplateObject(), path = valuePath
        array.items.append(.object(nested))
        return KeyedEncodingContainer(TemplateKeyedContainer<NestedKey>(object: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = TemplateArray(), path = valuePath
        array.items.append(.array(nested))
        return TemplateUnkeyedContainer(array: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = TemplateValueEncoder(codingPath: valuePath)
        array.items.append(.encoder(encoder))
        return encoder
    }
}

struct TemplateSingleValueContainer: SingleValueEncodingContainer, TemplateValueWriting {
    let encoder: TemplateValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var valuePath: [any CodingKey] { codingPath }

    func put(_ slot: TemplateSlot) { encoder.slot = slot }
}

/// What the unkeyed and single-value containers share: each value becomes a slot that `put` places.
protocol TemplateValueWriting {
    var valuePath: [any CodingKey] { get }
    func put(_ slot: TemplateSlot)
}

extension TemplateValueWriting {
    private func put(value: Any) { put(.value(value)) }

    mutating func encodeNil() throws { put(value: NSNull()) }
    mutating func encode(_ value: Bool) throws { put(value: value) }
    mutating func encode(_ value: String) throws { put(value: TemplateNode.string(value)) }
    mutating func encode(_ value: Double) throws { put(value: try TemplateNode.number(value, at: valuePath)) }
    mutating func encode(_ value: Float) throws { put(value: try TemplateNode.number(value, at: valuePath)) }
    mutating func encode(_ value: Int) throws { put(value: NSNumber(value: value)) }
    mutating func encode(_ value: Int8) throws { put(value: NSNumber(value: value)) }
    mutating func encode(_ value: Int16) throws { put(value: NSNumber(value: value)) }
    mutating func encode(_ value: Int32) throws { put(value: NSNumber(value: value)) }
    mutating func encode(_ value: Int64) throws { put(value: NSNumber(value: value)) }
    mutating func encode(_ value: UInt) throws { put(value: NSNumber(value: value)) }
    mutating func encode(_ value: UInt8) throws { put(value: NSNumber(value: value)) }
    mutating func encode(_ value: UInt16) throws { put(value: NSNumber(value: value)) }
    mutating func encode(_ value: UInt32) throws { put(value: NSNumber(value: value)) }
    mutating func encode(_ value: UInt64) throws { put(value: NSNumber(value: value)) }
    mutating func encode(_ value: some Encodable) throws { put(try TemplateNode.slot(for: value, at: valuePath)) }
}
