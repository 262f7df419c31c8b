import Foundation
@testable import Kernel
import Testing

/// `DirectJSONEncoder` must write exactly what `APIJSON.snakeCaseKeysEncoder` (Foundation) writes.
@Suite("Direct JSON encoder")
struct DirectJSONEncoderTests {
    struct Order: Encodable, SnakeCaseKeys {
        struct Step: Encodable { let action: String, at: Date, note: String? }
        let id: String, number: String, lon: Double?, lat: Double?, proxy: Bool, extensions: Int
        let createdAt: Date, closedAt: Date?, secondsLeft: Int?, steps: [Step], tags: [String: Int], score: Float
        let small: Int8, big: UInt64, negative: Int64, link: URL, blob: Data, amount: Decimal, empty: [Int], nothing: [String: String]

        enum CodingKeys: String, CodingKey {
            case id, number, lon, lat, proxy, extensions, createdAt = "created_at", closedAt = "closed_at", secondsLeft = "seconds_left"
            case steps, tags, score, small, big, negative, link, blob, amount, empty, nothing
        }
    }

    /// Hand-written containers: nested, unkeyed, a key twice, explicit nulls, a super encoder.
    struct Custom: Encodable {
        enum Key: String, CodingKey { case b, a, list, inner, again = "b_", base }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode("first", forKey: .b)
            try container.encodeNil(forKey: .a)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1.5)
            try list.encodeNil()
            var row = list.nestedContainer(keyedBy: Key.self)
            try row.encode(true, forKey: .a)
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encode("x")
            var inner = container.nestedContainer(keyedBy: Key.self, forKey: .inner)
            try inner.encode(Date(timeIntervalSince1970: 0), forKey: .a)
            try container.encode(UInt8(7), forKey: .again)
            try container.encode("second", forKey: .b)
            try "from super".encode(to: container.superEncoder(forKey: .base))
        }
    }

    static func expectSame(_ value: some Encodable, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let direct = try DirectJSONEncoder().encode(value)
        let foundation = try APIJSON.snakeCaseKeysEncoder.encode(value)
        #expect(String(decoding: direct, as: UTF8.self) == String(decoding: foundation, as: UTF8.self), sourceLocation: sourceLocation)
    }

    static func order(_ id: String, lon: Double?, createdAt: Date, tags: [String: Int] = [:]) -> Order {
        Order(id: id, number: "20261205-00001", lon: lon, lat: lon.map { $0 / 4 }, proxy: lon == nil, extensions: 2,
              createdAt: createdAt, closedAt: lon == nil ? nil : createdAt.addingTimeInterval(86_399.9), secondsLeft: lon == nil ? nil : -42,
              steps: [.init(action: "dispatch", at: createdAt, note: nil), .init(action: "reply", at: createdAt, note: "已修复 \"路灯\"\n/照片")],
              tags: tags, score: 0.1, small: -128, big: .max, negative: .min, link: URL(string: "https://example.org/a/b?c=d")!,
              blob: Data([0, 1, 2, 250]), amount: Decimal(string: "12.50")!, empty: [], nothing: [:])
    }

    @Test func sameTextAsFoundation() throws {
        try Self.expectSame(Self.order("a", lon: 120.0, createdAt: Date(timeIntervalSince1970: 1_764_927_454.789)))
        try Self.expectSame(Self.order("b", lon: nil, createdAt: Date(timeIntervalSince1970: 951_782_400)))  // 2000-02-29
        try Self.expectSame(Custom())
        try Self.expectSame([Custom(), Custom()])
        try Self.expectSame("top-level string")
        try Self.expectSame(ListPage(items: [Self.order("c", lon: -0.0, createdAt: Date(timeIntervalSince1970: 253_402_300_799))],
                                     total: 1, paging: Paging(limit: 25, offset: 0)))
    }

    @Test func escapesAndNumbers() throws {
        let text = "q\"\\/\u{0}\u{1}\u{8}\u{9}\u{a}\u{b}\u{c}\u{d}\u{1f}\u{7f}\u{2028}é中😀"
        try Self.expectSame([text, "", "plain"])
        try Self.expectSame([0.1, 1e-7, 1e21, -0.0, 3.0, 1.2345678901234568e+20, 1.5e300, 5e-324, .pi, -2.5, Double(Int64.max)])
        try Self.expectSame([Float(0.1), 3, -1e-20, .greatestFiniteMagnitude])
        try Self.expectSame([Int.min, -1, 0, 9, 10, 99, 100, Int.max])
    }

    @Test func manyKeysSortedByTheirBytes() throws {
        // Over 32 keys takes the other sort; digits, capitals, underscores and non-ASCII keys order by bytes.
        var tags: [String: Int] = [:]
        for (index, key) in ["z1", "z10", "z2", "zA", "z_a", "za", "网格", "网", "a"].enumerated() { tags[key] = index }
        for index in 0..<60 { tags["k\(index * 7919 % 101)"] = index }
        try Self.expectSame(tags)
        try Self.expectSame(Self.order("d", lon: 1, createdAt: Date(timeIntervalSince1970: 1_700_000_000), tags: tags))
    }

    /// An order of random values for round `round`: an id (and a tag) of fewer than `textLength` characters — quotes,
    /// escapes, control characters, Chinese, emoji —, any finite coordinate or none every fifth round (a whole number
    /// every `wholeEvery`th), a date from 1000 to 2999 (what Foundation's ISO 8601 dates can also read back).
    static func randomOrder(_ round: Int, textLength: Int, wholeEvery: Int? = nil, using random: inout SystemRandomNumberGenerator) -> Order {
        let alphabet = Array("ab_Z9 \"\\/\n\t\u{1}\u{7f}é中😀网格员")
        let text = String((0..<Int.random(in: 0..<textLength, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
        var double = Double(bitPattern: random.next())
        if !double.isFinite { double = Double(round) }
        if let wholeEvery, round.isMultiple(of: wholeEvery) { double = Double(Int.random(in: -1_000_000...1_000_000, using: &random)) }
        let date = Date(timeIntervalSince1970: Double.random(in: -30_610_224_000 ... 32_503_679_999, using: &random))
        return order(text, lon: round.isMultiple(of: 5) ? nil : double, createdAt: date, tags: [text: round])
    }

    @Test func randomValuesAsFoundation() throws {
        var random = SystemRandomNumberGenerator()
        for round in 0..<300 { try Self.expectSame(Self.randomOrder(round, textLength: 24, using: &random)) }
    }

    /// camelCase keys, acronyms, underscores, keys that collide once converted, dictionaries (whose keys Foundation leaves).
    struct Converted: Encodable {
        struct Inner: Encodable { let firstName: String; let houseIDs: [Int]; let createdAt: Date; let note: String? }
        let myURLString: String, IDNumber: Int, _lead: Int, trail_: Int, a1B2: Int, alreadySnake_case: Int, ABC: Int, aBC: Int
        let byName: [String: Inner], byNumber: [Int: String], inner: [Inner], nothing: Inner?
    }

    @Test func convertingKeysAsFoundationDoes() throws {
        var random = SystemRandomNumberGenerator()
        for round in 0..<100 {
            let inner = Converted.Inner(firstName: "张\(round)", houseIDs: (0..<(round % 4)).map { $0 * round }, createdAt: Date(timeIntervalSince1970: Double(round) * 86_399.5),
                                        note: round.isMultiple(of: 3) ? nil : "第\(round)条 \"/\n")
            let value = Converted(myURLString: "https://example.org/\(round)", IDNumber: round, _lead: 1, trail_: 2, a1B2: 3, alreadySnake_case: 4,
                                  ABC: 5, aBC: 6, byName: ["camelKey": inner, "HTTPServer": inner, "名字": inner], byNumber: [10: "a", 2: "b", 100 + round: "c"],
                                  inner: Array(repeating: inner, count: Int.random(in: 0...3, using: &random)), nothing: nil)
            let direct = try DirectJSONEncoder(convertingKeys: true).encode(value)
            #expect(String(decoding: direct, as: UTF8.self) == String(decoding: try APIJSON.encoder.encode(value), as: UTF8.self))
        }
        // Types with snake_case keys come out the same either way.
        let order = Self.order("f", lon: 2.5, createdAt: Date(timeIntervalSince1970: 1_764_927_454))
        #expect(try DirectJSONEncoder(convertingKeys: true).encode(order) == Array(try APIJSON.encoder.encode(order)))
    }

    @Test func refusesWhatFoundationRefuses() {
        #expect(throws: EncodingError.self) { try DirectJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try DirectJSONEncoder().encode(Self.order("e", lon: .infinity, createdAt: Date())) }
        #expect(throws: (any Error).self) { try APIJSON.snakeCaseKeysEncoder.encode([Double.nan]) }
    }
}
