import Foundation
import Kernel
import Spreadsheets
import SQLKit

/// What a sheet can bring into the register, with the Chinese column headers staff use.
public enum ImportKind: String, Sendable, Codable, CaseIterable {
    case residents, houses, organisations

    public var labelKey: String { "import_kind_\(rawValue)" }

    /// Every column, in the order of the downloadable template.
    public var headers: [String] {
        switch self {
        case .residents: ["姓名", "公民身份号码", "性别", "出生日期", "民族", "联系电话", "户籍地址", "现住址", "人口类型", "网格编码"]
        case .houses: ["楼栋编码", "单元", "房号", "房屋用途", "建筑面积", "产权人"]
        case .organisations: ["单位名称", "统一社会信用代码", "单位类型", "法定代表人", "地址", "网格编码"]
        }
    }

    /// Columns a file must have (the rest may be left out).
    var required: [String] {
        switch self {
        case .residents: ["姓名", "公民身份号码", "现住址", "人口类型", "网格编码"]
        case .houses: ["楼栋编码", "房号", "房屋用途", "建筑面积", "产权人"]
        case .organisations: headers
        }
    }

    var auditAction: String {
        switch self {
        case .residents: "resident.import"
        case .houses: "house.import"
        case .organisations: "organisation.import"
        }
    }
}

/// A row left out of an import: where, why (in the importer's language), and what it held, so
/// the error report can be corrected and imported again as it is.
public struct RowError: Sendable, Equatable {
    public let row: Int
    public let column: String
    public let reason: String
    public var fields: [String] = []
}

public struct ImportReport: Sendable {
    public var rows = 0
    public var inserted = 0
    public var skipped = 0
    public var errors: [RowError] = []
    /// The file's own header row, repeated in the error report after row, column and reason.
    public var header: [String] = []

    public init() {}

    func reportRows(_ labels: [String]) -> [[String]] {
        [labels + header] + errors.map { [String($0.row), $0.column, $0.reason] + $0.fields }
    }

    /// The error report as CSV (BOM, opens in Excel). `labels` name the row, column and reason columns.
    public func errorCSV(labels: [String]) -> String { CSVWriter.text(reportRows(labels)) }

    /// The error report as .xlsx: importing it again after correcting the rows works, because the
    /// importer ignores the three leading report columns.
    public func errorWorkbook(labels: [String], sheetName: String) throws -> Data {
        try XLSXWriter.workbook(sheetName: sheetName, rows: reportRows(labels))
    }
}

/// The columns of each kind, in the order of `ImportKind.headers`.
enum ResidentColumn: Int { case name, idNumber, sex, birthDate, ethnicity, phone, registeredAddress, currentAddress, populationType, gridCode }
enum HouseColumn: Int { case building, unit, number, use, area, owner }
enum OrganisationColumn: Int { case name, creditCode, kind, representative, address, gridCode }

/// The cells of one row, looked up by column. Where each column sits in the file is worked out
/// once per file (`positions`): hashing Chinese header names per cell was 5% of an import.
struct ImportRow {
    let number: Int
    let fields: [String]
    /// For each of the kind's headers, its index in the file's header row (nil when absent).
    let positions: [Int?]

    func value<Column: RawRepresentable>(_ column: Column) -> String? where Column.RawValue == Int {
        guard let index = positions[column.rawValue], index < fields.count else { return nil }
        let text = fields[index].trimmed
        return text.isEmpty ? nil : text
    }
}

/// A cell the importer refuses, by column and message key.
struct RowProblem: Error {
    let column: String
    let key: String
    var args: [String] = []
}

/// A chunk's write, its rows already built: runs inside the chunk's transaction on the writer and
/// returns how many records went in.
typealias ChunkWrite = @Sendable (any SQLDatabase) async throws -> Int

/// The part of an import that differs by kind: how a row becomes a record, what makes two rows
/// the same record, and how a chunk is stored (leaving out records already registered).
/// `store` builds a chunk's rows while the chunk before it is still being written, and returns the write.
struct ImportPlan<Record: Sendable>: Sendable {
    let parse: @Sendable (ImportRow) throws -> Record
    let key: @Sendable (Record) -> String
    let keyColumn: String
    let repeatKey: String
    let store: @Sendable ([Record], Date) -> ChunkWrite
}
