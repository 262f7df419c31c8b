import Foundation
import Kernel
import SQLKit

/// How an organisation row is read: GB 32100 code, a grid inside the importer's jurisdiction,
/// one organisation per code.
enum OrganisationRows {
    static let columns: [String: String] = [
        "organisation_error_name": "单位名称", "organisation_error_kind": "单位类型", "organisation_error_representative": "法定代表人",
        "resident_error_address": "地址", "resident_error_grid": "网格编码",
    ]

    static func plan(grids: Set<String>, strings: Strings, database: Database) -> ImportPlan<Organisation> {
        let kinds = strings.choices(OrganisationKind.allCases, key: \.labelKey, raw: \.rawValue)
        let written = ResidentSearchIndex.Written()
        return ImportPlan(
            parse: { row in
                let input = OrganisationService.Input(
                    name: row.value(OrganisationColumn.name) ?? "", creditCode: row.value(OrganisationColumn.creditCode) ?? "", kind: kinds[row.value(OrganisationColumn.kind) ?? ""],
                    legalRepresentative: row.value(OrganisationColumn.representative) ?? "", address: row.value(OrganisationColumn.address) ?? "", gridCode: row.value(OrganisationColumn.gridCode) ?? ""
                )
                do {
                    let organisation = try OrganisationService.validate(input)
                    guard grids.contains(organisation.gridCode) else { throw AppError.invalid("resident_error_grid", [organisation.gridCode]) }
                    return organisation
                } catch let error as AppError {
                    throw RowProblem(error, columns: columns, otherwise: "统一社会信用代码")
                }
            },
            key: \.creditCode, keyColumn: "统一社会信用代码", repeatKey: "import_error_repeat_organisation",
            store: { organisations, now in
                let rows = organisations.map { OrganisationStore.bulkRow($0, at: now) }
                let terms = PlaceTermIndex.organisations.rows(organisations.flatMap(\.indexedTexts), written: written)
                // One organisation per credit code: those already registered are left out by the unique column (their
                // terms are kept: an extra one only costs a look-up).
                return { sql in
                    let stored = try await database.insertNew(into: "organisations", columns: OrganisationStore.insertColumns,
                                                              rows: rows, conflictKeys: ["credit_code"], on: sql)
                    try await PlaceTermIndex.organisations.write(terms, using: database, on: sql)
                    return stored
                }
            }
        )
    }
}
