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
    static let checkCharacters = Array("10X98765432")
    /// First two digits of GB/T 2260 province-level codes, plus 71 (Taiwan), 81 and 82 (Hong Kong, Macao).
    static let provinces: Set<String> = [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
        "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
    ]

    /// Validates `text` (a lowercase x is read as X). `today` bounds the birth date.
    public init(_ text: String, today: Day? = nil) throws {
        let value = text.trimmed.uppercased()
        guard value.count == 18 else { throw Problem.length }
        let chars = Array(value)
        guard chars[0..<17].allSatisfy({ $0.isASCII && $0.isNumber }), chars[17].isASCII, chars[17].isNumber || chars[17] == "X" else {
            throw Problem.characters
        }
        guard Self.provinces.contains(String(chars[0..<2])) else { throw Problem.region }
        func number(_ range: Range<Int>) -> Int { chars[range].reduce(0) { $0 * 10 + $1.wholeNumberValue! } }
        guard let birth = Day(validYear: number(6..<10), month: number(10..<12), day: number(12..<14)),
              birth.year >= 1850, today.map({ birth <= $0 }) ?? true
        else { throw Problem.birthDate }
        let expected = Self.checkCharacter(for: value)
        guard chars[17] == expected else { throw Problem.checkDigit(expected: expected) }
        self.value = value
        self.birthDate = birth
        self.sex = Int(String(chars[16]))! % 2 == 1 ? .male : .female
    }

    /// The check character the first 17 digits call for.
    public static func checkCharacter(for text: String) -> Character {
        let digits = text.prefix(17).compactMap { $0.wholeNumberValue }
        let sum = zip(digits, weights).map(*).reduce(0, +)
        return checkCharacters[sum % 11]
    }

    /// 3201**********1234: region prefix and last four only, for every list and export.
    public var masked: String { Self.mask(value) }

    public static func mask(_ text: String) -> String {
        guard text.count > 8 else { return String(repeating: "*", count: text.count) }
        return text.prefix(4) + String(repeating: "*", count: text.count - 8) + text.suffix(4)
    }

    public var description: String { masked }
}
