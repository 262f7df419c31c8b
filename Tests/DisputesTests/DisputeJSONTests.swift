import Foundation
@testable import Disputes
@testable import Kernel
import Testing

/// A dispute's API JSON is written by hand (`JSONFields`, its parties and reasons too); it must be
/// Foundation's text of its `Encodable` form, under the names the API has always used (its camelCase
/// names converted to snake_case).
@Suite("Dispute JSON")
struct DisputeJSONTests {
    static let texts = ["邻里 \"噪音\"", "漏水\n楼上", "工资\\拖欠", "土地\u{1}边界", "a/b", ""]

    static func dispute(_ index: Int, using random: inout some RandomNumberGenerator) -> Dispute {
        func date() -> Date { Date(timeIntervalSince1970: Double(Int.random(in: 1_600_000_000...1_900_000_000, using: &random))) }
        func day() -> Day { Day(date: date()) }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &random) ? value() : nil }
        func text() -> String { texts.randomElement(using: &random)! }
        let parties = (0..<Int.random(in: 0...3, using: &random)).map { n in
            DisputeParty(name: text() + "\(n)", role: DisputeParty.Role.allCases.randomElement(using: &random)!, isOrganisation: Bool.random(using: &random),
                         phone: maybe("1390000\(1_000 + n)"), registryId: maybe("r\(n)"))
        }
        return Dispute(id: "d\(index)", number: "TJ-2026-\(index)", title: text(), occurredOn: day(), place: text(), typeCode: "neighbour",
                       scale: Int.random(in: 1...200, using: &random), summary: text(), unitCode: "330199001001",
                       violenceThreatened: Bool.random(using: &random), riskLevel: RiskLevel.allCases.randomElement(using: &random)!,
                       riskReasons: (0..<Int.random(in: 0...3, using: &random)).map { _ in text() },
                       status: DisputeStatus.allCases.randomElement(using: &random)!, bodyCode: maybe("body\(index)"),
                       outcome: maybe(MediationOutcome.allCases.randomElement(using: &random)!), agreementTerms: maybe(text()),
                       performanceDue: maybe(day()), agreedAt: maybe(date()), confirmationRequestedAt: maybe(date()), escalatedAt: maybe(date()),
                       escalationDecision: maybe(text()), dueAt: maybe(date()), dueRule: maybe(DisputeClock.Rule.allCases.randomElement(using: &random)!),
                       createdBy: nil, createdAt: date(), updatedAt: date(), parties: parties)
    }

    /// The fields as the API named them before `Item` had keys of its own.
    static let apiNames = ["id", "number", "title", "occurredOn", "place", "typeCode", "scale", "summary", "unitCode", "violenceThreatened",
                           "riskLevel", "riskReasons", "status", "bodyCode", "outcome", "agreementTerms", "performanceDue", "agreedAt",
                           "confirmationRequestedAt", "confirmationDueAt", "escalatedAt", "escalationDecision", "dueAt", "dueRule", "createdAt",
                           "parties"]
    static let partyNames = ["name", "role", "isOrganisation", "phone", "registryId"]

    @Test func sameTextAsFoundationUnderTheAPIsNames() throws {
        var random = SystemRandomNumberGenerator()
        var parties = 0
        for index in 0..<300 {
            let item = DisputeAPI.Item(Self.dispute(index, using: &random))
            let direct = try DirectJSONEncoder(convertingKeys: true).encode(item)
            #expect(String(decoding: direct, as: UTF8.self) == String(decoding: try APIJSON.encoder.encode(item), as: UTF8.self))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(direct)) as? [String: Any])
            #expect(Set(object.keys).isSubset(of: Set(Self.apiNames.map(SnakeCaseNames.name))))
            #expect((object["risk_reasons"] as? [String]) == item.riskReasons)
            let written = try #require(object["parties"] as? [[String: Any]])
            #expect(written.count == item.parties.count)
            for party in written {
                #expect(Set(party.keys).isSubset(of: Set(Self.partyNames.map(SnakeCaseNames.name))))
                #expect(party["is_organisation"] is Bool)
                parties += 1
            }
        }
        #expect(parties > 0)
    }
}
