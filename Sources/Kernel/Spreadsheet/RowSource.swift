import Foundation

/// One row of a sheet as staff numbered it (the row number Excel shows), cells as text.
public struct SheetRow: Sendable, Equatable {
    public let number: Int
    public let fields: [String]

    public init(number: Int, fields: [String]) {
        self.number = number
        self.fields = fields
    }
}

/// Rows read one at a time from an uploaded spreadsheet, with how far through it we are.
public protocol RowSource {
    mutating func nextRow() -> SheetRow?
    var fractionRead: Double { get }
}

public enum Spreadsheet {
    /// .xlsx files are ZIP archives; anything else is read as CSV (UTF-8, BOM allowed).
    public static func rows(from data: Data) throws -> any RowSource {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try XLSXReader(data: data) }
        return CSVReader(data: data)
    }
}
