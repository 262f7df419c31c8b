import Foundation

/// The 18-character citizen identity number of GB 11643: 6-digit region code, 8-digit birth
/// date, 3-digit sequence (odd for men, even for women), and an ISO 7064 MOD 11-2 check character.
public struct CitizenID: Sendable, Equatable, CustomStringConvertible {
    public enum Sex: String, Sendable, Codable { case male, female }

    public enum Problem: Error, Equatable, Sendable {
        case length
        case characters
        case region
        case birthDate
        case checkDigit(expected: Character)
    }

    public let value: String
    public let birthDate: Day
    public let sex: Sex

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters = Array("10X98765432".utf8)
    /// First two digits of GB/T 2260 province-level codes, plus 71 (Taiwan), 81 and 82 (Hong Kong, Macao).
    static let provinces: Set<Int> = [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
        44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    ]

    /// Validates `text` (a lowercase x is read as X). `today` bounds the birth date.
    /// Works on UTF-8 bytes: bulk imports check millions of these.
    public init(_ text: String, today: Day? = nil) throws {
        var bytes = Array(text.trimmed.utf8)
        guard bytes.count == 18 else { throw Problem.length }
        if bytes[17] == UInt8(ascii: "x") { bytes[17] = UInt8(ascii: "X") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        guard bytes[0..<17].allSatisfy(isDigit), isDigit(bytes[17]) || bytes[17] == UInt8(ascii: "X") else {
            throw Problem.characters
        }
        func number(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 * 10 + Int($1 - 48) } }
        guard Self.provinces.contains(number(0..<2)) else { throw Problem.region }
        guard let birth = Day(validYear: number(6..<10), month: number(10..<12), day: number(12..<14)),
              birth.year >= 1850, today.map({ birth <= $0 }) ?? true
        else { throw Problem.birthDate }
        let expected = Self.checkByte(bytes)
        guard bytes[17] == expected else { throw Problem.checkDigit(expected: Character(Unicode.Scalar(expected))) }
        self.value = String(decoding: bytes, as: UTF8.self)
        self.birthDate = birth
        self.sex = (bytes[16] - 48) % 2 == 1 ? .male : .female
    }

    static func checkByte(_ bytes: [UInt8]) -> UInt8 {
        var sum = 0
        for index in 0..<17 { sum += Int(bytes[index] - 48) * weights[index] }
        return checkCharacters[sum % 11]
    }

    /// The check character the first 17 digits call for.
    public static func checkCharacter(for text: String) -> Character {
        let bytes = Array(text.utf8.prefix(17))
        guard bytes.count == 17, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return "?" }
        return Character(Unicode.Scalar(checkByte(bytes)))
    }

    /// 3201**********1234: region prefix and last four only, for every list and export.
    public var masked: String { Self.mask(value) }

    public static func mask(_ text: String) -> String {
        guard text.count > 8 else { return String(repeating: "*", count: text.count) }
        return text.prefix(4) + String(repeating: "*", count: text.count - 8) + text.suffix(4)
    }

    public var description: String { masked }
}
