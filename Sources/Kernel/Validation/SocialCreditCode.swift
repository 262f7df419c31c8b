import Foundation

/// The 18-character unified social credit code of GB 32100: registering authority, organisation
/// kind, 6-digit region code, 9-character organisation code, and a MOD 31 check character over
/// the 31-character alphabet that leaves out I, O, Z, S and V.
public struct SocialCreditCode: Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Error, Equatable, Sendable {
        case length
        case characters
        case checkCharacter(expected: Character)
    }

    public let value: String

    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    public init(_ text: String) throws {
        let value = text.trimmed.uppercased()
        guard value.count == 18 else { throw Problem.length }
        guard value.allSatisfy(Self.alphabet.contains) else { throw Problem.characters }
        let expected = try Self.checkCharacter(for: value)
        guard value.last == expected else { throw Problem.checkCharacter(expected: expected) }
        self.value = value
    }

    public static func checkCharacter(for text: String) throws -> Character {
        var sum = 0
        for (character, weight) in zip(text.prefix(17), weights) {
            guard let index = alphabet.firstIndex(of: character) else { throw Problem.characters }
            sum += index * weight
        }
        let check = (31 - sum % 31) % 31
        return alphabet[check]
    }

    public var description: String { value }
}
