import Foundation
import Kernel

/// One row of a sheet as staff numbered it (the row number Excel shows), cells as text.
public struct SheetRow: Sendable, Equatable {
    public let number: Int
    public let fields: [String]

    public init(number: Int, fields: [String]) {
        self.number = number
        self.fields = fields
    }
}

/// Rows read one at a time from an uploaded spreadsheet, with how far through it we are. A
/// streamed source may find the file broken or too large part-way through: `nextRow` throws then.
public protocol RowSource {
    mutating func nextRow() throws -> SheetRow?
    var fractionRead: Double { get }
}

public enum Spreadsheet {
    /// .xlsx files are ZIP archives; anything else is read as CSV: UTF-8 (BOM allowed) or, when
    /// the bytes are not UTF-8, GB 18030 — what Excel and WPS write for "CSV" on Chinese Windows.
    public static func rows(from data: Data) throws -> any RowSource {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try XLSXReader(data: data) }
        if String(validating: data, as: UTF8.self) == nil {
            guard let text = String(data: data, encoding: gb18030) else { throw AppError.invalid("import_error_encoding") }
            return CSVReader(data: Data(text.utf8))
        }
        return CSVReader(data: data)
    }

    /// kCFStringEncodingGB_18030_2000 as a Foundation string encoding.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
}
