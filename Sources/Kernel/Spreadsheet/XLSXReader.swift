import Foundation
import XMLCoder
import ZIPFoundation

/// Reads the first worksheet of an .xlsx as text cells, the way staff see them: shared and inline
/// strings (phonetic guides left out), numbers without a spurious ".0", and gaps where Excel
/// skipped empty cells. Dates typed as dates arrive as Excel serial numbers (see `Day(excelSerial:)`).
public struct XLSXReader: RowSource {
    private let rows: [SheetRow]
    private var index = 0

    public init(data: Data) throws {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw AppError.invalid("import_error_xlsx")
        }
        let decoder = XMLDecoder()
        decoder.trimValueWhitespaces = false
        decoder.shouldProcessNamespaces = true
        func part<T: Decodable>(_ path: String, as type: T.Type) throws -> T? {
            guard let entry = archive[path] else { return nil }
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: true) { bytes.append($0) }
            do {
                return try decoder.decode(T.self, from: bytes)
            } catch {
                throw AppError.invalid("import_error_xlsx")
            }
        }
        let shared = try part("xl/sharedStrings.xml", as: SharedStrings.self)?.items.map(\.text) ?? []
        guard let sheet = try part(try Self.firstSheetPath(archive: archive, part: part), as: Worksheet.self) else {
            throw AppError.invalid("import_error_xlsx")
        }
        var rows: [SheetRow] = []
        var previous = 0
        for row in sheet.sheetData.rows {
            let number = row.number ?? previous + 1
            previous = number
            var fields: [String] = []
            for cell in row.cells {
                let column = cell.reference.flatMap(Self.columnIndex) ?? fields.count
                if column > fields.count { fields.append(contentsOf: repeatElement("", count: column - fields.count)) }
                let text = cell.text(shared: shared)
                if column < fields.count { fields[column] = text } else { fields.append(text) }
            }
            rows.append(SheetRow(number: number, fields: fields))
        }
        self.rows = rows
    }

    public mutating func nextRow() -> SheetRow? {
        guard index < rows.count else { return nil }
        defer { index += 1 }
        return rows[index]
    }

    public var fractionRead: Double { rows.isEmpty ? 1 : Double(index) / Double(rows.count) }

    /// The workbook names its sheets in order; the first one's file comes from the relationships.
    static func firstSheetPath(archive: Archive, part: (String, Workbook.Type) throws -> Workbook?) throws -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let relation = try part("xl/workbook.xml", Workbook.self)?.sheets.items.first?.relation,
              let entry = archive["xl/_rels/workbook.xml.rels"] else { return fallback }
        var bytes = Data()
        _ = try archive.extract(entry, skipCRC32: true) { bytes.append($0) }
        let decoder = XMLDecoder()
        decoder.shouldProcessNamespaces = true
        guard let target = try? decoder.decode(Relationships.self, from: bytes).items.first(where: { $0.id == relation })?.target else {
            return fallback
        }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// "AB12" → 27.
    static func columnIndex(_ reference: String) -> Int? {
        var value = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { break }
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

/// `<t>` with its text (possibly empty, possibly xml:space="preserve").
struct TextNode: Decodable {
    let value: String?
    enum CodingKeys: String, CodingKey { case value = "" }
}

/// A rich or plain string: plain text, or runs of text; `<rPh>` phonetic guides are ignored.
struct RichText: Decodable {
    struct Run: Decodable { let t: TextNode? }
    let t: TextNode?
    let r: [Run]?

    var text: String { t?.value ?? (r ?? []).map { $0.t?.value ?? "" }.joined() }
}

struct SharedStrings: Decodable {
    let items: [RichText]
    enum CodingKeys: String, CodingKey { case items = "si" }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decodeIfPresent([RichText].self, forKey: .items) ?? []
    }
}

struct Worksheet: Decodable {
    struct SheetData: Decodable {
        let rows: [Row]
        enum CodingKeys: String, CodingKey { case rows = "row" }
        init(from decoder: any Decoder) throws {
            rows = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent([Row].self, forKey: .rows) ?? []
        }
    }
    struct Row: Decodable {
        let number: Int?
        let cells: [Cell]
        enum CodingKeys: String, CodingKey { case number = "r", cells = "c" }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            number = try container.decodeIfPresent(String.self, forKey: .number).flatMap { Int($0) }
            cells = try container.decodeIfPresent([Cell].self, forKey: .cells) ?? []
        }
    }
    struct Cell: Decodable {
        let reference: String?
        let type: String?
        let value: String?
        let inline: RichText?
        enum CodingKeys: String, CodingKey { case reference = "r", type = "t", value = "v", inline = "is" }

        func text(shared: [String]) -> String {
            switch type {
            case "s": value.flatMap { Int($0) }.flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
            case "inlineStr": inline?.text ?? ""
            case "b": value == "1" ? "TRUE" : "FALSE"
            case "str", "e": value ?? ""
            default: value.map(XLSXReader.numberText) ?? ""
            }
        }
    }
    let sheetData: SheetData
}
