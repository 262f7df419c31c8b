import Foundation
import Kernel
import SQLKit

/// How a house row is read: a building inside the importer's jurisdiction, one house per
/// building, unit and number.
enum HouseRows {
    static let columns: [String: String] = [
        "house_error_building": "楼栋编码", "house_error_number": "房号", "house_error_use": "房屋用途",
        "house_error_area": "建筑面积", "house_error_owner": "产权人",
    ]

    static func plan(buildings: Set<String>, strings: Strings, database: Database) -> ImportPlan<House> {
        let uses = strings.choices(HouseUse.allCases, key: \.labelKey, raw: \.rawValue)
        let written = ResidentSearchIndex.Written()
        return ImportPlan(
            parse: { row in
                let areaText = row.value(HouseColumn.area) ?? ""
                let input = HouseService.HouseInput(
                    buildingCode: row.value(HouseColumn.building) ?? "", unit: row.value(HouseColumn.unit) ?? "", number: row.value(HouseColumn.number) ?? "",
                    use: uses[row.value(HouseColumn.use) ?? ""], area: Double(areaText.replacingOccurrences(of: "㎡", with: "")) ?? 0,
                    owner: row.value(HouseColumn.owner) ?? ""
                )
                do {
                    let house = try HouseService.validate(input)
                    guard buildings.contains(house.buildingCode) else { throw AppError.invalid("house_error_building", [house.buildingCode]) }
                    return house
                } catch let error as AppError {
                    throw RowProblem(error, columns: columns, otherwise: "楼栋编码")
                }
            },
            key: \.placeKey, keyColumn: "房号", repeatKey: "import_error_repeat_house",
            store: { houses, now in
                let rows = houses.map { HouseStore.bulkRow($0, at: now) }
                let terms = PlaceTermIndex.houses.rows(houses.flatMap(\.indexedTexts), written: written)
                // One house per building, unit and number: those already registered are left out by the unique index
                // (their terms are kept: an extra one only costs a look-up).
                return { sql in
                    let stored = try await database.insertNew(into: "houses", columns: HouseStore.insertColumns, rows: rows,
                                                              conflictKeys: ["building_code", "unit", "number"], on: sql)
                    try await PlaceTermIndex.houses.write(terms, using: database, on: sql)
                    return stored
                }
            }
        )
    }
}
