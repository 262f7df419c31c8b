import Foundation
@testable import Kernel
import Testing

/// `TemplateEncoder` must give a template what encoding the model as JSON (snake_case keys) and
/// reading it back with `JSONSerialization` gave, blanks made false: the values, their kinds as a
/// template tells them apart (text, number, boolean, null, blank) and what a section makes of each.
/// A boolean is Swift's own `Bool` where the round trip read an `NSNumber`: a section takes both alike.
/// A number is compared by value: Foundation reads some (17 digits, exponents) back as
/// `NSDecimalNumber`, whose text differs and whose last digits it loses; page models hold no
/// floating-point numbers, only text.
@Suite("Template encoder")
struct TemplateEncoderTests {
    typealias Order = DirectJSONEncoderTests.Order

    static func roundTrip(_ value: some Encodable) throws -> Any {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return ViewRenderer.blanksAreFalse(try JSONSerialization.jsonObject(with: encoder.encode(value), options: [.fragmentsAllowed]))
    }

    /// The value as a template sees it: a dictionary's keys in order, each scalar by kind, its text and
    /// what a section makes of it (printed when two differ).
    static func seen(_ value: Any) -> String {
        switch value {
        case let object as [String: Any]: "{" + object.keys.sorted().map { "\($0):\(seen(object[$0]!))" }.joined(separator: ",") + "}"
        case let array as [Any]: "[" + array.map(seen).joined(separator: ",") + "]"
        case is ViewRenderer.Blank: "blank"
        case is NSNull: "null"
        case let text as TemplateText: "text(\(text.renderText))"
        case _ where type(of: value) == Bool.self: "bool(\(value))"
        case let number as NSNumber: "number(\(number) bool:\(String(describing: number as? Bool)))"
        default: "other(\(type(of: value)))"
        }
    }

    /// Whether a template sees `a` and `b` alike: the same shape, keys, kinds and text, numbers equal
    /// to within Foundation's decimal reading.
    static func same(_ a: Any, _ b: Any) -> Bool {
        if type(of: a) == Bool.self, let number = b as? NSNumber { return (a as? Bool) == (number as? Bool) }
        return switch (a, b) {
        case let (x as [String: Any], y as [String: Any]): x.keys.sorted() == y.keys.sorted() && x.allSatisfy { same($0.value, y[$0.key]!) }
        case let (x as [Any], y as [Any]): x.count == y.count && zip(x, y).allSatisfy(same)
        case (is ViewRenderer.Blank, is ViewRenderer.Blank), (is NSNull, is NSNull): true
        case let (x as TemplateText, y as TemplateText): x.renderText == y.renderText
        case let (x as NSNumber, y as NSNumber):
            (x as? Bool) == (y as? Bool) && (x == y || abs(x.doubleValue - y.doubleValue) <= 1e-12 * max(abs(x.doubleValue), abs(y.doubleValue)))
        default: false
        }
    }

    static func expectSame(_ value: some Encodable, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let direct = try TemplateEncoder.values(of: value), old = try roundTrip(value)
        #expect(same(direct, old), "\(seen(direct))\n\(seen(old))", sourceLocation: sourceLocation)
    }

    struct Page: Encodable {
        struct Row: Encodable { let title: String, url: String, overdue: Bool, count: Int, note: String? }
        let rows: [Row], total: Int, message: String?, empty: String, zero: Int, one: Int, ratio: Double, whole: Double, flags: [Bool]
        let byCode: [String: String], firstRowURL: String
    }

    @Test func sameValuesAsTheJSONRoundTrip() throws {
        let row = Page.Row(title: "路灯不亮", url: "/work-orders/1", overdue: true, count: 0, note: nil)
        try Self.expectSame(Page(rows: [row, .init(title: "", url: "", overdue: false, count: 1, note: "")], total: 2, message: nil, empty: "",
                                 zero: 0, one: 1, ratio: 0.25, whole: 3.0, flags: [true, false], byCode: ["A05": "市容", "camelKey": ""],
                                 firstRowURL: "/x"))
        try Self.expectSame(Page(rows: [], total: 0, message: "已保存", empty: "", zero: 0, one: 1, ratio: -2.5, whole: -0.0, flags: [],
                                 byCode: [:], firstRowURL: ""))
        try Self.expectSame(DirectJSONEncoderTests.order("a", lon: 120.0, createdAt: Date(timeIntervalSince1970: 1_764_927_454.789)))
        try Self.expectSame(DirectJSONEncoderTests.order("", lon: nil, createdAt: Date(timeIntervalSince1970: 951_782_400)))
        try Self.expectSame(["wrapped": DirectJSONEncoderTests.Custom()])
    }

    @Test func numbersAsJSONTextReadsThemBack() throws {
        let doubles: [Double] = [0.1, 1e-7, 1e15, 1e16, 9_007_199_254_740_993, 1e21, -0.0, 3.0, 1.5e300, 5e-324, .pi, -2.5, Double(Int64.max), -1e15]
        try Self.expectSame(["doubles": doubles])
        try Self.expectSame(["floats": [Float(0.1), 3, -1e-20, .greatestFiniteMagnitude]])
        try Self.expectSame(["ints": [Int.min, -1, 0, 1, 2, Int.max]])
        try Self.expectSame(["unsigned": [UInt64.max, 0, 1]])
        #expect(throws: EncodingError.self) { try TemplateEncoder.values(of: ["x": Double.nan]) }
    }

    @Test func keysConvertedAsFoundationDoes() throws {
        let inner = DirectJSONEncoderTests.Converted.Inner(firstName: "张三", houseIDs: [1, 2], createdAt: Date(timeIntervalSince1970: 86_399.5), note: "")
        try Self.expectSame(DirectJSONEncoderTests.Converted(myURLString: "https://example.org/", IDNumber: 1, _lead: 1, trail_: 2, a1B2: 3,
                                                            alreadySnake_case: 4, ABC: 5, aBC: 6, byName: ["camelKey": inner, "名字": inner],
                                                            byNumber: [10: "a", 2: ""], inner: [inner], nothing: nil))
    }

    @Test func randomRecordsAsTheRoundTrip() throws {
        var random = SystemRandomNumberGenerator()
        // Short texts, so that empty ones (blanks) are common; whole numbers every third round.
        for round in 0..<200 { try Self.expectSame(DirectJSONEncoderTests.randomOrder(round, textLength: 6, wholeEvery: 3, using: &random)) }
    }
}
