import Foundation
import Kernel
import SQLKit

/// How a resident row is read: the register's own validation, Chinese labels for sex and
/// population type, dates in the forms staff type them, one person per ID number.
enum ResidentRows {
    static let types: [String: PopulationType] = [
        "户籍": .registered, "户籍人口": .registered, "流动": .floating, "流动人口": .floating, "境外": .overseas,
        "境外人员": .overseas, "留守": .leftBehind, "留守人员": .leftBehind,
    ]

    static let columns: [String: String] = [
        "resident_error_name": "姓名", "resident_error_sex_mismatch": "性别", "resident_error_birth_mismatch": "出生日期",
        "resident_error_date": "出生日期", "resident_error_phone": "联系电话", "resident_error_type": "人口类型",
        "resident_error_address": "现住址", "resident_error_grid": "网格编码",
    ]

    static func plan(grids: Set<String>, today: Day, database: Database) -> ImportPlan<Resident> {
        let written = ResidentSearchIndex.Written()
        return ImportPlan(
            parse: { row in
                let sexText = row.value(ResidentColumn.sex)
                let sex: CitizenID.Sex? = switch sexText {
                case nil: nil
                case "男", "male": .male
                case "女", "female": .female
                default: throw RowProblem(column: "性别", key: "import_error_sex", args: [sexText ?? ""])
                }
                let birth = row.value(ResidentColumn.birthDate)
                let typeText = row.value(ResidentColumn.populationType) ?? ""
                let input = ResidentService.Input(
                    name: row.value(ResidentColumn.name) ?? "", idNumber: row.value(ResidentColumn.idNumber) ?? "", sex: sex,
                    birthDate: birth.map { Day(spreadsheetText: $0)?.description ?? $0 }, ethnicity: row.value(ResidentColumn.ethnicity),
                    phone: row.value(ResidentColumn.phone), registeredAddress: row.value(ResidentColumn.registeredAddress) ?? "", currentAddress: row.value(ResidentColumn.currentAddress) ?? "",
                    populationType: types[typeText] ?? PopulationType(rawValue: typeText), gridCode: row.value(ResidentColumn.gridCode) ?? ""
                )
                do {
                    let resident = try ResidentService.validate(input, today: today)
                    guard grids.contains(resident.gridCode) else {
                        throw AppError.invalid("resident_error_grid", [resident.gridCode])
                    }
                    return resident
                } catch let error as AppError {
                    throw RowProblem(error, columns: columns, otherwise: "公民身份号码")
                }
            },
            key: \.idNumber, keyColumn: "公民身份号码", repeatKey: "import_error_repeat",
            store: { residents, now in
                // In the order of the (grid, name) indexes: a chunk's rows then reach each of their pages
                // in one visit instead of many (a sheet of many grids mixed: import 11 % faster).
                let residents = residents.sorted { a, b in
                    a.gridCode != b.gridCode ? ResidentSearchIndex.precedes(a.gridCode, b.gridCode) : ResidentSearchIndex.precedes(a.name, b.name)
                }
                let rows = residents.map { ResidentStore.bulkRow($0, at: now) }, index = ResidentSearchIndex.Rows(residents, written: written)
                return { sql in
                    // One number is one person: rows already registered are left out by the unique index.
                    let inserted = try await database.insertNew(into: "residents", columns: ResidentStore.insertColumns,
                                                                rows: rows, conflictKeys: ["id_number"], on: sql)
                    // Only the people written are indexed: a second run of the same file adds nothing.
                    let kept = inserted == residents.count ? nil : try await ResidentStore().registered(residents.map(\.id), on: sql)
                    try await index.write(keeping: kept, using: database, on: sql)
                    return inserted
                }
            }
        )
    }
}
