import Foundation
import Kernel

/// Synthetic residents for the demo county: a few per grid, with ID numbers that pass GB 11643
/// (region code 330199, which no real county uses) and one sealed minor's record.
public enum DemoResidents {
    public static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹")
    public static let given = ["子涵", "浩然", "雨桐", "俊杰", "欣怡", "宇轩", "梓萱", "建平", "淑芬", "国强", "美兰", "志明", "秀兰", "德华", "丽娟"]

    public static func make(gridCodes: [String], perGrid: Int = 5) -> [Resident] {
        var state: UInt64 = 330_199
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var residents: [Resident] = []
        var serial = 0
        for grid in gridCodes {
            for k in 0..<perGrid {
                serial += 1
                let minor = grid.hasSuffix("001001001") && k == 0
                let year = minor ? 2010 : 1940 + next(65)
                let birth = Day(year: year, month: 1 + next(12), day: 1 + next(28))
                let sequence = String(format: "%03d", serial % 1000)
                let body = "330199" + String(format: "%04d%02d%02d", birth.year, birth.month, birth.day) + sequence
                let id = body + String(CitizenID.checkCharacter(for: body))
                let sex: CitizenID.Sex = (serial % 1000) % 2 == 1 ? .male : .female
                let drawn: PopulationType = [.registered, .registered, .registered, .floating, .leftBehind][next(5)]
                // demo-resident-2 is a floating resident with a residence permit (see seed).
                let type: PopulationType = serial == 2 ? .floating : drawn
                residents.append(Resident(
                    id: "demo-resident-\(serial)", name: String(surnames[next(surnames.count)]) + given[next(given.count)],
                    idNumber: id, sex: sex, birthDate: birth, ethnicity: next(10) == 0 ? "畲族" : "汉族",
                    phone: "1" + ["38", "58", "86"][next(3)] + String(format: "%08d", next(100_000_000)),
                    registeredAddress: type == .floating ? "安徽省阜阳市颍州区" : "浙江省云溪县",
                    currentAddress: "云溪县\(grid.suffix(6))号", populationType: type, gridCode: grid,
                    buildingCode: grid + String(format: "%03d", 1 + k % 3), sealed: minor
                ))
            }
        }
        return residents
    }

    /// Inserts the demo residents unless they are there already.
    public static func seed(database: Database, gridCodes: [String], clock: any AppClock) async throws {
        let residents = make(gridCodes: gridCodes)
        let store = ResidentStore()
        let now = clock.now()
        try await database.transaction { sql in
            guard try await store.find(id: residents[0].id, on: sql) == nil else { return }
            try await store.insert(residents, at: now, on: sql)
            let permits = PermitStore()
            try await permits.setArrivedOn(Day(year: 2025, month: 3, day: 1), residentId: residents[1].id, on: sql)
            try await permits.insert(ResidencePermit(
                id: "demo-permit-1", residentId: residents[1].id, gridCode: residents[1].gridCode, basis: .job,
                issuedOn: Day(year: 2025, month: 12, day: 10), expiresOn: Day(year: 2026, month: 12, day: 10), status: .active
            ), on: sql)
            let houses = HouseStore()
            let house = House(id: "demo-house-1", gridCode: residents[1].gridCode, buildingCode: residents[1].gridCode + "001", unit: "1",
                              number: "301", use: .residential, area: 89.5, owner: residents[0].name)
            try await houses.insert([house], at: now, on: sql)
            try await houses.insert(Rental(id: "demo-rental-1", houseId: house.id, gridCode: house.gridCode, landlord: house.owner,
                                           tenantIds: [residents[1].id], fromOn: Day(year: 2025, month: 3, day: 1),
                                           toOn: Day(year: 2027, month: 2, day: 28), registered: true), at: now, on: sql)
            // A property-management company in the same grid employing one demo resident.
            let codeBody = "91330199MA2D0AAA1"
            try await OrganisationStore().insert([Organisation(
                id: "demo-organisation-1", name: "云溪县幸福里物业服务有限公司",
                creditCode: codeBody + String(try SocialCreditCode.checkCharacter(for: codeBody)),
                kind: .enterprise, legalRepresentative: residents[0].name, address: "云溪县幸福里1号", gridCode: residents[1].gridCode
            )], at: now, on: sql)
            try await EmployeeStore().insert(organisationId: "demo-organisation-1", residentId: residents[2].id, position: "保洁员",
                                             since: Day(year: 2024, month: 6, day: 1), on: sql)
            try await HouseholdStore().insert(Household(id: "demo-household-1", gridCode: residents[3].gridCode, address: residents[3].currentAddress,
                                                        members: [.init(residentId: residents[3].id, relation: .head),
                                                                  .init(residentId: residents[4].id, relation: .spouse)]), at: now, on: sql)
        }
    }
}
