import Foundation
import Kernel
import XMLCoder
import ZIPFoundation

/// Reads the first worksheet of an .xlsx as text cells, the way staff see them: shared and inline
/// strings (phonetic guides left out), numbers without a spurious ".0", and gaps where Excel
/// skipped empty cells. Dates typed as dates arrive as Excel serial numbers (see `Day(excelSerial:)`).
public struct XLSXReader: RowSource {
    private let rows: [SheetRow]
    private var index = 0

    /// What one upload may unpack to. The zip headers' sizes are the sender's claim and are never
    /// used to reserve memory; the bytes actually inflated are counted against these.
    public struct Limits: Sendable {
        /// All parts read, together (a 64 MB upload of real sheets unpacks to well under this).
        public var unpackedBytes: Int
        /// Unpacked bytes per packed byte beyond the first `ratioFreeBytes`: sheet XML packs about
        /// about 10:1 (styled empty rows far more), a zip bomb 1000:1.
        public var ratio: Int
        public var ratioFreeBytes: Int

        public init(unpackedBytes: Int = 512 << 20, ratio: Int = 200, ratioFreeBytes: Int = 1 << 20) {
            self.unpackedBytes = unpackedBytes
            self.ratio = ratio
            self.ratioFreeBytes = ratioFreeBytes
        }
    }

    /// Cells past this column are not read: no import has that many columns, and padding the gap
    /// before a cell at XFD on every row would turn a small sheet into gigabytes.
    static let maxColumns = 256
    /// Cells kept for the whole sheet (gaps included): a million rows of twenty columns.
    static let maxCells = 20_000_000

    public init(data: Data, limits: Limits = Limits()) throws {
        // ZIPFoundation looks for the directory record byte by byte from the end: 10 s for 8 MB
        // without one. A zip always ends with it, within 22 bytes and a 65,535-byte comment.
        guard data.suffix(22 + 65_535).range(of: Data([0x50, 0x4B, 0x05, 0x06])) != nil else {
            throw AppError.invalid("import_error_xlsx")
        }
        // Read from a private temporary file, not with Archive(data:): ZIPFoundation 0.9.20 leaks
        // its in-memory copy of the data whenever that initialiser throws (no end-of-directory
        // record), so every malformed upload would have kept its whole size (the fuzzer found it).
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("civicgrid-xlsx-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: file.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw AppError.invalid("import_error_xlsx")
        }
        // Removing the name leaves the open file readable until the archive closes it.
        defer { try? FileManager.default.removeItem(at: file) }
        let archive: Archive
        do {
            archive = try Archive(url: file, accessMode: .read)
        } catch {
            throw AppError.invalid("import_error_xlsx")
        }
        var unpacked = 0
        func bytes(_ path: String) throws -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            // The packed size is the sender's claim too; it cannot be more than the upload.
            let packed = min(Int(clamping: entry.compressedSize), data.count)
            // Saturating: a generous ratio means "no ratio limit", never a wrapped-around small one.
            let byRatio = packed.multipliedReportingOverflow(by: limits.ratio)
            let withFree = limits.ratioFreeBytes.addingReportingOverflow(byRatio.partialValue)
            let allowed = min(limits.unpackedBytes - unpacked, byRatio.overflow || withFree.overflow ? .max : withFree.partialValue)
            var bytes: [UInt8] = []
            do {
                _ = try archive.extract(entry, skipCRC32: true) { chunk in
                    guard bytes.count + chunk.count <= allowed else { throw AppError.invalid("import_error_unpacked") }
                    bytes.append(contentsOf: chunk)
                }
            } catch let error as AppError {
                throw error
            } catch {
                throw AppError.invalid("import_error_xlsx")
            }
            unpacked += bytes.count
            return bytes
        }
        do {
            let shared = try bytes("xl/sharedStrings.xml").map(Self.sharedStrings) ?? []
            guard let sheet = try bytes(try Self.firstSheetPath(archive: archive, bytes: bytes)) else { throw AppError.invalid("import_error_xlsx") }
            rows = try Self.rows(sheet, shared: shared)
        } catch is XMLScannerError {
            throw AppError.invalid("import_error_xlsx")
        }
    }

    /// The shared-string table: each `<si>`'s text, plain or in runs, without `<rPh>` phonetic guides.
    static func sharedStrings(_ bytes: [UInt8]) throws -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false, inPhonetic = false
        try XMLScanner(bytes: bytes).scan { event in
            switch event {
            case .start(let name, _, let selfClosing):
                if name.elementsEqual(Tag.si) { current = "" }
                else if name.elementsEqual(Tag.rPh) { inPhonetic = !selfClosing }
                else if name.elementsEqual(Tag.t) { inText = !selfClosing }
            case .end(let name):
                if name.elementsEqual(Tag.si) { strings.append(current) }
                else if name.elementsEqual(Tag.rPh) { inPhonetic = false }
                else if name.elementsEqual(Tag.t) { inText = false }
            case .text(let text):
                if inText, !inPhonetic { current += XMLScanner.decode(text) }
            }
        }
        return strings
    }

    static func rows(_ bytes: [UInt8], shared: [String]) throws -> [SheetRow] {
        var rows: [SheetRow] = []
        var fields: [String] = []
        var number = 0, cells = 0
        var reference: String?, type: String?, value = ""
        var inValue = false, inInline = false, inText = false
        try XMLScanner(bytes: bytes).scan { event in
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if name.elementsEqual(Tag.row) {
                    number = XMLScanner.attribute(Tag.r, in: attributes).flatMap { Int($0) } ?? number + 1
                    fields = []
                    if selfClosing { rows.append(SheetRow(number: number, fields: [])) }
                } else if name.elementsEqual(Tag.c) {
                    reference = XMLScanner.attribute(Tag.r, in: attributes)
                    type = XMLScanner.attribute(Tag.t, in: attributes)
                    value = ""
                } else if name.elementsEqual(Tag.v) {
                    inValue = !selfClosing
                } else if name.elementsEqual(Tag.is) {
                    inInline = !selfClosing
                } else if name.elementsEqual(Tag.t) {
                    inText = inInline && !selfClosing
                }
            case .end(let name):
                if name.elementsEqual(Tag.c) {
                    let column = reference.flatMap(columnIndex) ?? fields.count
                    guard column < maxColumns else { return }
                    if column > fields.count { fields.append(contentsOf: repeatElement("", count: column - fields.count)) }
                    let text = cellText(type: type, value: value, shared: shared)
                    if column < fields.count { fields[column] = text } else { fields.append(text) }
                } else if name.elementsEqual(Tag.row) {
                    cells += fields.count
                    guard cells <= maxCells else { throw AppError.invalid("import_error_cells", [String(maxCells)]) }
                    rows.append(SheetRow(number: number, fields: fields))
                } else if name.elementsEqual(Tag.v) {
                    inValue = false
                } else if name.elementsEqual(Tag.is) {
                    inInline = false
                } else if name.elementsEqual(Tag.t) {
                    inText = false
                }
            case .text(let text):
                if inValue || inText { value += XMLScanner.decode(text) }
            }
        }
        return rows
    }

    static func cellText(type: String?, value: String, shared: [String]) -> String {
        switch type {
        case "s": Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
        case "inlineStr", "str", "e": value
        case "b": value == "1" ? "TRUE" : "FALSE"
        default: value.isEmpty ? "" : numberText(value)
        }
    }

    enum Tag {
        static let si = Array("si".utf8), rPh = Array("rPh".utf8), t = Array("t".utf8), row = Array("row".utf8), c = Array("c".utf8)
        static let v = Array("v".utf8), `is` = Array("is".utf8), r = Array("r".utf8)
    }

    public mutating func nextRow() -> SheetRow? {
        guard index < rows.count else { return nil }
        defer { index += 1 }
        return rows[index]
    }

    public var fractionRead: Double { rows.isEmpty ? 1 : Double(index) / Double(rows.count) }

    /// The workbook names its sheets in order; the first one's file comes from the relationships
    /// (both small parts, read with XMLCoder).
    static func firstSheetPath(archive: Archive, bytes: (String) throws -> [UInt8]?) throws -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        let decoder = XMLDecoder()
        decoder.shouldProcessNamespaces = true
        guard let workbook = try bytes("xl/workbook.xml"), let rels = try bytes("xl/_rels/workbook.xml.rels"),
              let relation = (try? decoder.decode(Workbook.self, from: Data(workbook)))?.sheets.items.first?.relation,
              let target = (try? decoder.decode(Relationships.self, from: Data(rels)))?.items.first(where: { $0.id == relation })?.target
        else { return fallback }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// "AB12" → 27. More than three letters is past any sheet: Int.max, refused by the caller.
    static func columnIndex(_ reference: String) -> Int? {
        var value = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { break }
            guard letters < 3 else { return Int.max }
            value = value * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 ? nil : value - 1
    }

    /// Excel stores integers typed into a number cell as "13800001111" or "1.3800001111E10".
    static func numberText(_ raw: String) -> String {
        guard raw.contains(where: { $0 == "." || $0 == "E" || $0 == "e" }), let value = Double(raw),
              value.rounded() == value, abs(value) < 1e15 else { return raw }
        return String(Int64(value))
    }
}

// The few parts of SpreadsheetML the reader needs.
struct Workbook: Decodable {
    struct Sheets: Decodable {
        let items: [Sheet]
        enum CodingKeys: String, CodingKey { case items = "sheet" }
    }
    struct Sheet: Decodable {
        let relation: String?
        // The attribute is r:id; some readers keep the prefix, some drop it.
        enum CodingKeys: String, CodingKey { case relation = "id", prefixed = "r:id" }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            relation = try container.decodeIfPresent(String.self, forKey: .relation)
                ?? container.decodeIfPresent(String.self, forKey: .prefixed)
        }
    }
    let sheets: Sheets
}

struct Relationships: Decodable {
    struct Relationship: Decodable {
        let id: String
        let target: String
        enum CodingKeys: String, CodingKey { case id = "Id", target = "Target" }
    }
    let items: [Relationship]
    enum CodingKeys: String, CodingKey { case items = "Relationship" }
}
