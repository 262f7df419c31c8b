import Foundation
import Kernel
import Testing
@testable import Registry

/// A resident's API JSON is written by hand (`JSONFields`); it must be Foundation's text of its `Encodable` form,
/// under the names the API has always used.
@Suite("Resident JSON")
struct ResidentJSONTests {
    @Test func sameTextAsFoundationUnderTheAPIsNames() throws {
        var random = SystemRandomNumberGenerator()
        for index in 0..<300 {
            let born = Day(year: Int.random(in: 1930...2020, using: &random), month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))
            var resident = ResidentSearchTests.resident("r\(index)", name: ResidentSearchTests.names.randomElement(using: &random)!,
                                                        address: ResidentSearchTests.addresses.randomElement(using: &random)! + " \"东\"\n\\",
                                                        grid: "330199001001001", born: born, sequence: index % 1_000,
                                                        sex: Bool.random(using: &random) ? .male : .female)
            resident.phone = Bool.random(using: &random) ? "1380000\(1_000 + index)" : nil
            resident.populationType = PopulationType.allCases.randomElement(using: &random)!
            let item = ResidentAPI.Item(resident, full: Bool.random(using: &random))
            let direct = try DirectJSONEncoder().encode(item)
            #expect(String(decoding: direct, as: UTF8.self) == String(decoding: try APIJSON.snakeCaseKeysEncoder.encode(item), as: UTF8.self))
            let keys = try #require(try JSONSerialization.jsonObject(with: Data(direct)) as? [String: Any]).keys.sorted()
            let always = ["birth_date", "current_address", "ethnicity", "grid_code", "id", "id_number", "masked", "name",
                          "population_type", "registered_address", "sex"]
            #expect(keys == (always + (resident.phone == nil ? [] : ["phone"])).sorted())
        }
    }
}
