import Foundation
@testable import Kernel
import Testing
@testable import Petitions

/// A petition's API JSON is written by hand (`JSONFields`); it must be Foundation's text of its `Encodable`
/// form, under the names the API has always used (its camelCase names converted to snake_case).
@Suite("Petition JSON")
struct PetitionJSONTests {
    static let names = ["张伟", "王 \"芳\"", "李娜\n", "刘洋\\", "陈静\u{1}", "O'Brien"]

    static func petition(_ index: Int, using random: inout some RandomNumberGenerator) -> Petition {
        func date() -> Date { Date(timeIntervalSince1970: Double(Int.random(in: 1_600_000_000...1_900_000_000, using: &random))) }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &random) ? value() : nil }
        return Petition(id: "p\(index)", number: "XF-2026-\(index)", channel: PetitionChannel.allCases.randomElement(using: &random)!,
                        petitionerName: names.randomElement(using: &random)!, petitionerPhone: maybe("1380000\(1_000 + index)"),
                        headcount: Int.random(in: 1...500, using: &random), matter: "事项 \(index)\t/路", demands: "诉求 \"\(index)\"",
                        unitCode: "330199001001", responsibleBody: "街道办", status: PetitionStatus.allCases.randomElement(using: &random)!,
                        receivedAt: date(), acceptedAt: maybe(date()), replyDueAt: maybe(date()), repliedAt: maybe(date()),
                        extensionDays: Int.random(in: 0...30, using: &random), dueAt: maybe(date()),
                        dueRule: maybe(PetitionClock.Rule.allCases.randomElement(using: &random)!), stageAt: date(),
                        workOrderId: maybe("wo\(index)"), createdBy: nil, updatedAt: date(), petitionerRegistryId: maybe("r\(index)"),
                        trackingCode: maybe(TrackingCode.make()))
    }

    /// The fields as the API named them before `Item` had keys of its own: Foundation's snake_case of each name.
    static let apiNames = ["id", "number", "channel", "petitionerName", "petitionerPhone", "headcount", "matter", "demands", "unitCode",
                           "responsibleBody", "status", "receivedAt", "acceptedAt", "replyDueAt", "repliedAt", "extensionDays", "dueAt",
                           "dueRule", "workOrderId", "petitionerRegistryId", "trackingCode", "secondsLeft"]

    @Test func sameTextAsFoundationUnderTheAPIsNames() throws {
        var random = SystemRandomNumberGenerator()
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        for index in 0..<300 {
            let item = PetitionAPI.Item(Self.petition(index, using: &random), now: now)
            let direct = try DirectJSONEncoder(convertingKeys: true).encode(item)
            #expect(String(decoding: direct, as: UTF8.self) == String(decoding: try APIJSON.encoder.encode(item), as: UTF8.self))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(direct)) as? [String: Any])
            let expected = Set(Self.apiNames.map(SnakeCaseNames.name))
            #expect(Set(object.keys).isSubset(of: expected))
            // Only nil optionals are left out.
            let always: Set = ["id", "number", "channel", "petitioner_name", "headcount", "matter", "demands", "unit_code",
                               "responsible_body", "status", "received_at", "extension_days"]
            #expect(always.isSubset(of: Set(object.keys)))
            #expect((object["seconds_left"] != nil) == (item.dueAt != nil))
            #expect((object["petitioner_phone"] != nil) == (item.petitionerPhone != nil))
        }
    }
}
