import Foundation
import Kernel
import Spreadsheets
@testable import Spreadsheets
import Testing

@Suite("xlsx writer")
struct XLSXWriterTests {
    @Test func columnNamesRunPastZ() {
        #expect(XLSXWriter.column(0) == "A")
        #expect(XLSXWriter.column(25) == "Z")
        #expect(XLSXWriter.column(26) == "AA")
        #expect(XLSXWriter.column(27) == "AB")
    }

    @Test func cellsAreEscapedAndKeepLeadingZeros() {
        let xml = XLSXWriter.sheet([["<a&b>", "0571-87654321", "x\u{1}y"]])
        #expect(xml.contains("&lt;a&amp;b&gt;"))
        #expect(xml.contains(">0571-87654321<"))
        #expect(xml.contains(">xy<"))
        #expect(xml.contains(#"r="C1""#))
    }

    @Test func workbookIsAZipArchive() throws {
        let data = try XLSXWriter.workbook(sheetName: "实有人口", rows: [["姓名"], ["张三"]])
        #expect(data.prefix(2) == Data("PK".utf8))
    }
}
