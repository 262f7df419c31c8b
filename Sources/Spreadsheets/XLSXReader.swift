import Foundation
import Kernel
import XMLCoder
import ZIPFoundation

/// Reads the first worksheet of an .xlsx as text cells, the way staff see them: shared and inline
/// strings (phonetic guides left out), numbers without a spurious ".0", and gaps where Excel
/// skipped empty cells. Dates typed as dates arrive as Excel serial numbers (see `Day(excelSerial:)`).
///
/// The worksheet is streamed: a thread of its own unpacks and scans it while rows are taken, a few
/// thousand rows ahead at most, so a million-row sheet is never in memory, as XML or as rows. The
/// shared-string table is read whole first (cells refer to it by index).
public final class XLSXReader: RowSource {
    private let pipe: RowPipe
    private var buffer: [SheetRow] = []
    private var bufferIndex = 0
    private var ended = false
    /// The sheet's claimed size, for progress only: a false claim makes the bar wrong, nothing else.
    private let claimedSheetBytes: Int

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

        /// What one part packed into `packed` bytes may unpack to, with `used` already unpacked.
        func allowance(packed: Int, used: Int) -> Int {
            // Saturating: a generous ratio means "no ratio limit", never a wrapped-around small one.
            let byRatio = packed.multipliedReportingOverflow(by: ratio)
            let withFree = ratioFreeBytes.addingReportingOverflow(byRatio.partialValue)
            return min(unpackedBytes - used, byRatio.overflow || withFree.overflow ? .max : withFree.partialValue)
        }
    }

    /// Cells past this column are not read: no import has that many columns, and padding the gap
    /// before a cell at XFD on every row would turn a small sheet into gigabytes.
    static let maxColumns = 256
    /// Cells read from the whole sheet (gaps included): a million rows of twenty columns.
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
        var parts = Parts(archive: archive, limits: limits, uploadBytes: data.count)
        var shared = SharedStrings()
        if let entry = archive["xl/sharedStrings.xml"] {
            var stream = XMLStream()
            try parts.unpack(entry) { chunk in try stream.feed(chunk) { shared.take($0) } }
            try Parts.asImportError { try stream.finish { shared.take($0) } }
        }
        guard let sheet = archive[try Self.firstSheetPath(archive: archive, bytes: { try parts.bytes($0) })] else {
            throw AppError.invalid("import_error_xlsx")
        }
        claimedSheetBytes = Int(clamping: sheet.uncompressedSize)
        let pipe = RowPipe()
        self.pipe = pipe
        let strings = shared.strings
        let work = UncheckedBox {
            var builder = SheetRows(shared: strings)
            var batch: [SheetRow] = []
            var stream = XMLStream()
            var sheetBytes = 0
            func take(_ event: XMLScanner.Event) throws {
                guard let row = try builder.take(event) else { return }
                batch.append(row)
                if batch.count == RowPipe.batchSize {
                    try pipe.put(batch)
                    batch = []
                }
            }
            do {
                try parts.unpack(sheet) { chunk in
                    try stream.feed(chunk, take)
                    sheetBytes += chunk.count
                    pipe.unpacked = sheetBytes
                }
                try Parts.asImportError { try stream.finish(take) }
                if !batch.isEmpty { try pipe.put(batch) }
                pipe.finish(nil)
            } catch is RowPipe.Closed {
                // Nobody reads any more.
            } catch {
                pipe.finish(error)
            }
        }
        let thread = Thread { work.value() }
        thread.start()
    }

    deinit { pipe.close() }

    /// The next row, waiting for the sheet's thread when it has not scanned that far yet; a sheet
    /// found broken or too large part-way through throws here.
    public func nextRow() throws -> SheetRow? {
        if bufferIndex == buffer.count {
            guard !ended else { return nil }
            guard let batch = try pipe.take() else {
                ended = true
                return nil
            }
            buffer = batch
            bufferIndex = 0
        }
        defer { bufferIndex += 1 }
        return buffer[bufferIndex]
    }

    public var fractionRead: Double {
        if ended { return 1 }
        return min(1, Double(pipe.unpacked) / Double(max(claimedSheetBytes, 1)))
    }

    /// Bytes of the sheet unpacked so far (how far ahead of the reader the thread has gone).
    var sheetBytesUnpacked: Int { pipe.unpacked }

    /// The shared-string table: each `<si>`'s text, plain or in runs, without `<rPh>` phonetic guides.
    static func sharedStrings(_ bytes: [UInt8]) throws -> [String] {
        var shared = SharedStrings()
        try XMLScanner(bytes: bytes).scan { shared.take($0) }
        return shared.strings
    }

    static func rows(_ bytes: [UInt8], shared: [String]) throws -> [SheetRow] {
        var builder = SheetRows(shared: shared)
        var rows: [SheetRow] = []
        try XMLScanner(bytes: bytes).scan { event in
            if let row = try builder.take(event) { rows.append(row) }
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

/// The parts of one upload, unpacked against its limits (counted across all parts read).
struct Parts {
    let archive: Archive
    let limits: XLSXReader.Limits
    let uploadBytes: Int
    var unpacked = 0

    mutating func unpack(_ entry: Entry, into consume: (Data) throws -> Void) throws {
        // The packed size is the sender's claim too; it cannot be more than the upload.
        let allowed = limits.allowance(packed: min(Int(clamping: entry.compressedSize), uploadBytes), used: unpacked)
        var count = 0
        try Self.asImportError {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                count += chunk.count
                guard count <= allowed else { throw AppError.invalid("import_error_unpacked") }
                try consume(chunk)
            }
        }
        unpacked += count
    }

    mutating func bytes(_ path: String) throws -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        var bytes: [UInt8] = []
        try unpack(entry) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Our own refusals and a closed pipe pass; anything the zip or XML layer throws is "not an .xlsx".
    static func asImportError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as AppError {
            throw error
        } catch let closed as RowPipe.Closed {
            throw closed
        } catch {
            throw AppError.invalid("import_error_xlsx")
        }
    }
}

/// Builds the shared-string table from scanner events.
struct SharedStrings {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false, inPhonetic = false
    typealias Tag = XLSXReader.Tag

    mutating func take(_ event: XMLScanner.Event) {
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
}

/// Builds worksheet rows from scanner events, a row at a time.
struct SheetRows {
    let shared: [String]
    private var fields: [String] = []
    private var number = 0, cells = 0
    private var reference: String?, type: String?, value = ""
    private var inValue = false, inInline = false, inText = false
    typealias Tag = XLSXReader.Tag

    init(shared: [String]) { self.shared = shared }

    /// The row this event completes, if it completes one.
    mutating func take(_ event: XMLScanner.Event) throws -> SheetRow? {
        switch event {
        case .start(let name, let attributes, let selfClosing):
            if name.elementsEqual(Tag.row) {
                number = XMLScanner.attribute(Tag.r, in: attributes).flatMap { Int($0) } ?? number + 1
                fields = []
                if selfClosing { return SheetRow(number: number, fields: []) }
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
                let column = reference.flatMap(XLSXReader.columnIndex) ?? fields.count
                guard column < XLSXReader.maxColumns else { return nil }
                if column > fields.count { fields.append(contentsOf: repeatElement("", count: column - fields.count)) }
                let text = XLSXReader.cellText(type: type, value: value, shared: shared)
                if column < fields.count { fields[column] = text } else { fields.append(text) }
            } else if name.elementsEqual(Tag.row) {
                cells += fields.count
                guard cells <= XLSXReader.maxCells else { throw AppError.invalid("import_error_cells", [String(XLSXReader.maxCells)]) }
                return SheetRow(number: number, fields: fields)
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
        return nil
    }
}

/// Rows handed from the sheet's thread to the reader in batches, at most `capacity` batches
/// ahead: the thread waits while the reader is behind, and stops when the reader is gone.
final class RowPipe: @unchecked Sendable {
    struct Closed: Error {}
    static let batchSize = 512
    private let capacity = 8
    private let condition = NSCondition()
    private var batches: [[SheetRow]] = []
    private var done = false, closed = false
    private var failure: (any Error)?
    private var unpackedBytes = 0

    var unpacked: Int {
        get { condition.withLock { unpackedBytes } }
        set { condition.withLock { unpackedBytes = newValue } }
    }

    func put(_ batch: [SheetRow]) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity, !closed { condition.wait() }
        guard !closed else { throw Closed() }
        batches.append(batch)
        condition.broadcast()
    }

    func finish(_ error: (any Error)?) {
        condition.withLock {
            done = true
            failure = error
            condition.broadcast()
        }
    }

    /// The next batch; nil at the end of the sheet; the sheet's error once the rows before it are taken.
    func take() throws -> [SheetRow]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !done { condition.wait() }
        guard batches.isEmpty else {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }
}

/// A closure handed to a Foundation thread; the thread is its only user once started.
struct UncheckedBox: @unchecked Sendable {
    let value: () -> Void
    init(_ value: @escaping () -> Void) { self.value = value }
}
