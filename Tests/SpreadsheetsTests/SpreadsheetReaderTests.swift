import Foundation
import Synchronization
import Kernel
import Spreadsheets
@testable import Spreadsheets
import Testing
import ZIPFoundation

@Suite("spreadsheet reading")
struct SpreadsheetReaderTests {
    /// An .xlsx as Excel writes it: shared strings (one with a phonetic guide and one rich), a
    /// skipped empty cell, a number cell in exponent form, a date serial and an inline string.
    static func excelStyleWorkbook() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts = [
            ("xl/workbook.xml", #"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="人口" sheetId="1" r:id="rId7"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="styles.xml"/><Relationship Id="rId7" Type="y" Target="worksheets/data.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", #"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>姓名</t></si><si><t>张三</t><rPh sb="0" eb="2"><t>zhangsan</t></rPh><phoneticPr fontId="1"/></si><si><r><rPr><b/></rPr><t xml:space="preserve">解放路 </t></r><r><t>1号</t></r></si></sst>"#),
            ("xl/worksheets/data.xml", #"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3"><c r="A3" t="s"><v>1</v></c><c r="C3"><v>1.3800001111E10</v></c><c r="D3" s="2"><v>32874</v></c><c r="E3" t="inlineStr"><is><t>内联</t></is></c><c r="F3" t="s"><v>2</v></c></row></sheetData></worksheet>"#),
        ]
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    @Test func readsCellsAsStaffSeeThem() throws {
        var source = try Spreadsheet.rows(from: try Self.excelStyleWorkbook())
        #expect(try source.nextRow() == SheetRow(number: 1, fields: ["姓名"]))
        let row = try #require(try source.nextRow() as SheetRow?)
        #expect(row.number == 3)
        #expect(row.fields == ["张三", "", "13800001111", "32874", "内联", "解放路 1号"])
        #expect(try source.nextRow() == nil)
        let end = source.fractionRead
        #expect(end == 1)
    }

    @Test func readsWhatOurOwnWriterWrites() throws {
        let data = try XLSXWriter.workbook(sheetName: "表", rows: [["公民身份号码", "备注"], ["11010519491231002X", "a&b <c>"]])
        var source = try Spreadsheet.rows(from: data)
        #expect(try source.nextRow()?.fields == ["公民身份号码", "备注"])
        #expect(try source.nextRow() == SheetRow(number: 2, fields: ["11010519491231002X", "a&b <c>"]))
    }

    @Test func brokenArchivesAreAClearError() {
        #expect(throws: AppError.invalid("import_error_xlsx")) {
            _ = try Spreadsheet.rows(from: Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0]))
        }
    }

    @Test func csvIsTheFallback() throws {
        var source = try Spreadsheet.rows(from: Data("\u{FEFF}a,b\n1,2\n".utf8))
        #expect(try source.nextRow() == SheetRow(number: 1, fields: ["a", "b"]))
        #expect(try source.nextRow() == SheetRow(number: 2, fields: ["1", "2"]))
    }

    /// "CSV (逗号分隔)" saved by Excel on Chinese Windows is GB 18030, not UTF-8.
    @Test func chineseWindowsCSVIsRead() throws {
        let gbk: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0x61, 0x0A, 0xD5, 0xC5, 0xC8, 0xFD, 0x2C, 0x31, 0x0A]  // 姓名,a / 张三,1
        var source = try Spreadsheet.rows(from: Data(gbk))
        #expect(try source.nextRow()?.fields == ["姓名", "a"])
        #expect(try source.nextRow()?.fields == ["张三", "1"])
    }

    @Test func datesAsStaffTypeThem() {
        let day = Day(year: 1990, month: 1, day: 1)
        for text in ["1990-01-01", "1990/1/1", "1990.01.01", "19900101", "1990年1月1日", "32874"] {
            #expect(Day(spreadsheetText: text) == day, "\(text)")
        }
        #expect(Day(spreadsheetText: "1990/2/30") == nil)
        #expect(Day(spreadsheetText: "昨天") == nil)
    }
}

@Suite("multipart forms")
struct MultipartTests {
    @Test func readsFieldsAndFilesAsBrowsersSendThem() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nabc\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"人口.csv\"\r\nContent-Type: text/csv\r\n\r\n姓名\r\n张三\r\n\r\n--XyZ--\r\n"
        let form = try MultipartForm(body: Data(body.utf8), contentType: "multipart/form-data; boundary=XyZ")
        #expect(form.text("_csrf") == "abc")
        #expect(form["file"]?.filename == "人口.csv")
        #expect(form["file"]?.data == Data("姓名\r\n张三\r\n".utf8))
    }

    @Test func truncatedBodiesAreRefused() {
        #expect(throws: AppError.invalid("error_multipart")) {
            _ = try MultipartForm(body: Data("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nabc".utf8), contentType: "multipart/form-data; boundary=XyZ")
        }
        #expect(throws: AppError.invalid("error_multipart")) {
            _ = try MultipartForm(body: Data(), contentType: "text/plain")
        }
    }

    /// A fuzzer find: an empty boundary crashed the process (the header of any upload route).
    @Test func boundariesMustBeThereAndShort() {
        for contentType in ["multipart/form-data; boundary=", "multipart/form-data; boundary=;x=1", "multipart/form-data; boundary=\"\"",
                            "multipart/form-data; boundary=" + String(repeating: "b", count: 71)] {
            #expect(throws: AppError.invalid("error_multipart")) { _ = try MultipartForm(body: Data("--\r\n".utf8), contentType: contentType) }
        }
    }
}

@Suite("SpreadsheetML scanner")
struct XMLScannerTests {
    @Test func prefixedNamesEntitiesCDATAAndComments() throws {
        let sheet = #"<?xml version="1.0"?><x:worksheet xmlns:x="urn"><!-- a > b --><x:sheetData><x:row r="2" spans="1:3"><x:c r="B2" t="inlineStr"><x:is><x:t>a&amp;b &#x4E2D;&#22269; &lt;</x:t></x:is></x:c><x:c r="C2" t="str"><x:f>A1&gt;0</x:f><x:v><![CDATA[x<y]]></x:v></x:c><x:c r="D2"/></x:row></x:sheetData></x:worksheet>"#
        let rows = try XLSXReader.rows(Array(sheet.utf8), shared: [])
        #expect(rows == [SheetRow(number: 2, fields: ["", "a&b 中国 <", "x<y"])])
    }

    @Test func attributesMayHoldAngleBrackets() {
        let attributes = Array(#" r="A1" note="1>0" t='s'"#.utf8)[...]
        #expect(XMLScanner.attribute(Array("t".utf8), in: attributes) == "s")
        #expect(XMLScanner.attribute(Array("note".utf8), in: attributes) == "1>0")
        #expect(XMLScanner.attribute(Array("x".utf8), in: attributes) == nil)
    }

    @Test func chunkBoundariesAnywhereGiveTheSameRows() throws {
        let sheet = Array(#"<?xml version="1.0"?><x:worksheet xmlns:x="urn"><!-- a > b --><x:sheetData><x:row r="2" spans="1:3"><x:c r="B2" t="inlineStr"><x:is><x:t>a&amp;b &#x4E2D;&#22269; &lt;</x:t></x:is></x:c><x:c r="C2" t="str"><x:f>A1&gt;0</x:f><x:v><![CDATA[x<y]]></x:v></x:c><x:c r="D2"/></x:row><x:row r="3"><x:c r="A3"><x:v>1.5E3</x:v></x:c></x:row></x:sheetData></x:worksheet>"#.utf8)
        let whole = try XLSXReader.rows(sheet, shared: [])
        #expect(whole.count == 2)
        for size in [1, 2, 3, 7, 9, 64] {
            var stream = XMLStream()
            var builder = SheetRows(shared: [])
            var rows: [SheetRow] = []
            func take(_ event: XMLScanner.Event) throws { if let row = try builder.take(event) { rows.append(row) } }
            for start in stride(from: 0, to: sheet.count, by: size) {
                try stream.feed(Data(sheet[start..<min(start + size, sheet.count)]), take)
            }
            try stream.finish(take)
            #expect(rows == whole, "chunks of \(size) bytes")
        }
    }

    @Test func aTokenLongerThanAnySheetWritesIsRefused() {
        var stream = XMLStream()
        #expect(throws: XMLScannerError.tokenTooLong) {
            try stream.feed(Data("<t>".utf8) + Data(repeating: UInt8(ascii: "a"), count: XMLStream.maxToken + 1)) { _ in }
        }
    }

    @Test func truncatedPartsAreRefused() {
        #expect(throws: XMLScannerError.self) { try XLSXReader.rows(Array("<row r=\"1\"><c r=\"A1".utf8), shared: []) }
    }

    @Test func sharedStringsLeaveOutPhoneticGuides() throws {
        let sst = #"<sst><si><t>张三</t><rPh sb="0" eb="2"><t>zhangsan</t></rPh></si><si><r><t xml:space="preserve">解放路 </t></r><r><t>1号</t></r></si><si><t/></si></sst>"#
        #expect(try XLSXReader.sharedStrings(Array(sst.utf8)) == ["张三", "解放路 1号", ""])
    }
}

@Suite("Hostile spreadsheets")
struct HostileSpreadsheetTests {
    /// 260 bytes whose zip64 headers claim a sheet of 2^62 bytes: the reader once reserved that much.
    static let claimsHugeSize = Data(base64Encoded: [
        "UEsDBC0AAAAIAAAAAACKGOiW//////////8YABQAeGwvd29ya3NoZWV0cy9zaGVldDEueG1sAQAQAAAAAAAAAABASgAAAAAAAACzKc8vyi7OSE0tsbMBUy6JJYl2NkX55QpFtkqG",
        "SnY2yQoltkqZeTmZeanBJUVAgcxiO5sSuwobfaAWfRBHPxmIgTqAJJIR+giTAVBLAQItAC0AAAAIAAAAAACKGOiW//////////8YABQAAAAAAAAAAAAAAAAAAAB4bC93b3Jrc2hl",
        "ZXRzL3NoZWV0MS54bWwBABAAAAAAAAAAAEBKAAAAAAAAAFBLBQYAAAAAAQABAFoAAACUAAAAAAA=",
    ].joined())

    /// One sheet part, deflated.
    static func workbook(sheet: Data) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(sheet.count), compressionMethod: .deflate) { position, size in
            sheet.subdata(in: Int(position)..<Int(position) + size)
        }
        return archive.data!
    }

    @Test func headerSizesAreNotTrusted() throws {
        let data = try #require(Self.claimsHugeSize)
        #expect(data.count == 260)
        // Read by what it really holds (one cell), not by what its headers claim.
        do {
            var source = try XLSXReader(data: data)
            #expect(try source.nextRow() == SheetRow(number: 1, fields: ["x"]))
        } catch let error as AppError {
            #expect(error == .invalid("import_error_xlsx"))
        }
    }

    @Test func aZipBombIsRefusedBeforeItUnpacks() throws {
        // 8 MB of one repeated row packs to a few kilobytes: far past the ratio a real sheet has.
        let row = Data(#"<row><c t="inlineStr"><is><t>x</t></is></c></row>"#.utf8)
        var sheet = Data("<worksheet><sheetData>".utf8)
        for _ in 0..<(8 << 20) / row.count { sheet.append(row) }
        sheet.append(Data("</sheetData></worksheet>".utf8))
        let bomb = try Self.workbook(sheet: sheet)
        #expect(bomb.count < 200_000)
        // The sheet streams, so the refusal comes while reading, before the bomb is unpacked.
        #expect(throws: AppError.invalid("import_error_unpacked")) { _ = try Self.drain(try XLSXReader(data: bomb)) }
        // The same bytes within an absolute cap smaller than them are refused too, whatever the ratio.
        #expect(throws: AppError.invalid("import_error_unpacked")) {
            _ = try Self.drain(try XLSXReader(data: bomb, limits: .init(unpackedBytes: 1 << 20, ratio: 10_000, ratioFreeBytes: 1 << 20)))
        }
        // And a generous ratio lets a big but honest-looking sheet through.
        var source = try XLSXReader(data: bomb, limits: .init(unpackedBytes: 64 << 20, ratio: 10_000))
        #expect(try source.nextRow()?.fields == ["x"])
    }

    /// Every row of a source, counted.
    static func drain(_ source: some RowSource) throws -> Int {
        var source = source
        var count = 0
        while try source.nextRow() != nil { count += 1 }
        return count
    }

    @Test func theSheetStreamsInsteadOfUnpackingWhole() throws {
        // About 10 MB of sheet XML: the reader's thread keeps only a few thousand rows ahead.
        var sheet = Data("<worksheet><sheetData>".utf8)
        for n in 1...200_000 { sheet.append(Data(#"<row r="\#(n)"><c t="inlineStr"><is><t>row \#(n)</t></is></c></row>"#.utf8)) }
        sheet.append(Data("</sheetData></worksheet>".utf8))
        let source = try XLSXReader(data: try Self.workbook(sheet: sheet))
        #expect(try source.nextRow() == SheetRow(number: 1, fields: ["row 1"]))
        // Give the thread time to run as far ahead as it may.
        Thread.sleep(forTimeInterval: 0.3)
        #expect(source.sheetBytesUnpacked < 2 << 20, "unpacked \(source.sheetBytesUnpacked) of \(sheet.count) bytes after one row")
        #expect(source.fractionRead < 0.25)
        var last: SheetRow?
        while let row = try source.nextRow() { last = row }
        #expect(last == SheetRow(number: 200_000, fields: ["row 200000"]))
        #expect(source.fractionRead == 1)
    }

    @Test func aReaderLeftPartWayReleasesItsThread() throws {
        let pipe = RowPipe()
        let rows = [SheetRow(number: 1, fields: [])]
        for _ in 0..<8 { try pipe.put(rows) }
        // The ninth batch waits for the reader; closing the pipe ends the wait with Closed.
        let stopped = DispatchSemaphore(value: 0)
        let result = Mutex<Bool>(false)
        Thread {
            do { try pipe.put(rows) } catch is RowPipe.Closed { result.withLock { $0 = true } } catch {}
            stopped.signal()
        }.start()
        #expect(stopped.wait(timeout: .now() + 0.2) == .timedOut)
        pipe.close()
        #expect(stopped.wait(timeout: .now() + 10) == .success)
        #expect(result.withLock { $0 })
    }

    @Test func farColumnsAreNotPaddedInto() throws {
        let sheet = #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1" t="inlineStr"><is><t>far</t></is></c><c r="ZZZZZZZZZZZZZZZZZZZZZZ1" t="inlineStr"><is><t>past</t></is></c></row></sheetData></worksheet>"#
        var source = try XLSXReader(data: try Self.workbook(sheet: Data(sheet.utf8)))
        #expect(try source.nextRow() == SheetRow(number: 1, fields: ["a"]))
    }
}

@Suite("Malformed workbooks do not leak")
struct MalformedWorkbookMemoryTests {
    /// Resident memory of this process in MB (Linux).
    static func residentMB() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = Double(statm.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// A fuzzer find (Fuzz/regressions/xlsx/leak-*): a "zip" without an end-of-directory record.
    /// Read 24 times at 8 MB, each a new upload, a reader keeping each would hold 192 MB more at the end.
    @Test func aZipWithoutItsDirectoryIsRefusedAndForgotten() throws {
        func upload(_ n: Int) -> Data {
            var data = Data([0x50, 0x4B, 0x03, 0x04])
            data.append(Data(count: 8 << 20))
            data[100] = UInt8(n & 0xFF)
            return data
        }
        _ = try? XLSXReader(data: upload(0))
        let before = Self.residentMB()
        for n in 1...24 {
            #expect(throws: AppError.invalid("import_error_xlsx")) { _ = try XLSXReader(data: upload(n)) }
        }
        let growth = Self.residentMB() - before
        #expect(growth < 96, "memory grew by \(Int(growth)) MB reading a malformed workbook 24 times")
    }
}
