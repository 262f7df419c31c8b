import Foundation
import Kernel
import Testing

@Suite("Citizen ID (GB 11643) and social credit code (GB 32100)")
struct IdentifierTests {
    @Test(arguments: ["11010519491231002X", "11010519491231002x", "440524188001010014"])
    func validCitizenIDs(_ text: String) throws {
        let id = try CitizenID(text)
        #expect(id.value == text.uppercased())
    }

    @Test func birthDateAndSexComeFromTheNumber() throws {
        let woman = try CitizenID("11010519491231002X")
        #expect(woman.birthDate == Day("1949-12-31"))
        #expect(woman.sex == .female)  // 17th digit 2 is even
        let man = try CitizenID("440524188001010014")
        #expect(man.sex == .male)      // 17th digit 1 is odd
    }

    @Test func wrongCheckDigitNamesTheRightOne() {
        #expect(throws: CitizenID.Problem.checkDigit(expected: "X")) { try CitizenID("110105194912310021") }
        #expect(throws: CitizenID.Problem.checkDigit(expected: "4")) { try CitizenID("440524188001010015") }
    }

    @Test func malformedCitizenIDs() {
        #expect(throws: CitizenID.Problem.length) { try CitizenID("11010519491231002") }
        #expect(throws: CitizenID.Problem.characters) { try CitizenID("1101051949123100AX") }
        #expect(throws: CitizenID.Problem.region) { try CitizenID("99010519491231002X") }
        #expect(throws: CitizenID.Problem.birthDate) { try CitizenID("110105194902300021") }
        // Born in the future relative to a pinned today.
        let future = "1101052030010100" + "1"
        let check = CitizenID.checkCharacter(for: future)
        #expect(throws: CitizenID.Problem.birthDate) { try CitizenID(future + String(check), today: Day("2026-11-22")) }
    }

    @Test func maskingKeepsRegionAndLastFour() throws {
        #expect(try CitizenID("320102198001011234".dropLast() + String(CitizenID.checkCharacter(for: "32010219800101123"))).masked.hasPrefix("3201"))
        #expect(CitizenID.mask("320102198001011234") == "3201**********1234")
    }

    @Test(arguments: ["91350100M000100Y43", "91110000600037341L"])
    func validSocialCreditCodes(_ text: String) throws {
        #expect(try SocialCreditCode(text).value == text)
    }

    @Test func wrongSocialCreditCodes() {
        #expect(throws: SocialCreditCode.Problem.checkCharacter(expected: "3")) { try SocialCreditCode("91350100M000100Y44") }
        #expect(throws: SocialCreditCode.Problem.characters) { try SocialCreditCode("91350100M000100I43") }
        #expect(throws: SocialCreditCode.Problem.length) { try SocialCreditCode("91350100M000100Y4") }
    }
}

@Suite("Record identifiers")
struct RecordIDTests {
    @Test func laterIdentifiersSortAfterEarlierOnes() {
        let early = RecordID.make(now: Date(timeIntervalSince1970: 1_800_000_000))
        let late = RecordID.make(now: Date(timeIntervalSince1970: 1_800_000_001))
        #expect(early < late)
        #expect(early.count == 32)
        #expect(RecordID.make() != RecordID.make())
        // 1,800,000,000,000 ms = 0x1a3185c5000: the first 12 hex digits, zero-padded.
        #expect(early.hasPrefix("01a3185c5000"))
        #expect(early.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func daysPrintZeroPadded() {
        #expect(Day(year: 987, month: 3, day: 9).description == "0987-03-09")
        #expect(Day(year: 2026, month: 12, day: 31).description == "2026-12-31")
    }
}
