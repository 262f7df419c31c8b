import Foundation
import Kernel
import SQLKit

/// Bulk import of residents from the spreadsheet staff already keep (Chinese headers). Good rows
/// go in, bad rows are reported by row, column and reason, and rows whose ID number is already
/// registered are skipped, so running the same file twice adds nothing twice.
public struct ResidentImporter: Sendable {
    public static let headers: [String: String] = [
        "姓名": "name", "公民身份号码": "id_number", "性别": "sex", "出生日期": "birth_date", "民族": "ethnicity",
        "联系电话": "phone", "户籍地址": "registered_address", "现住址": "current_address", "人口类型": "population_type",
        "网格编码": "grid_code",
    ]
    static let required = ["姓名", "公民身份号码", "现住址", "人口类型", "网格编码"]
    static let types: [String: PopulationType] = [
        "户籍": .registered, "户籍人口": .registered, "流动": .floating, "流动人口": .floating, "境外": .overseas,
        "境外人员": .overseas, "留守": .leftBehind, "留守人员": .leftBehind,
    ]

    public struct RowError: Sendable, Equatable {
        public let row: Int
        public let column: String
        public let reason: String
    }

    public struct Report: Sendable {
        public var rows = 0
        public var inserted = 0
        public var skipped = 0
        public var errors: [RowError] = []

        /// The error report staff download: row, column, reason.
        public func errorCSV(headers: [String]) -> String {
            CSVWriter.text([headers] + errors.map { [String($0.row), $0.column, $0.reason] })
        }
    }

    let database: Database
    let clock: any AppClock
    let strings: Strings
    let locale: AppLocale
    let chunkSize: Int

    /// `chunkSize` rows are checked and committed together: big enough that commits and WAL
    /// checkpoints stop dominating, small enough that the server's writes wait only briefly.
    public init(database: Database, clock: any AppClock, strings: Strings, locale: AppLocale = .zhHans, chunkSize: Int = 10_000) {
        self.database = database
        self.clock = clock
        self.strings = strings
        self.locale = locale
        self.chunkSize = chunkSize
    }

    /// Imports `data` (CSV) into grids under `scope`. `progress` gets the fraction read so far.
    public func importCSV(_ data: Data, scope: Scope, actor: Staff?, progress: @Sendable (Double) -> Void = { _ in }) async throws -> Report {
        var reader = CSVReader(data: data)
        guard let headerRow = reader.next() else { throw AppError.invalid("import_error_empty") }
        let header = headerRow.map { $0.trimmed }
        let missing = Self.required.filter { !header.contains($0) }
        guard missing.isEmpty else { throw AppError.invalid("import_error_headers", [missing.joined(separator: "、")]) }
        let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let grids = try await gridCodes(within: scope)
        let today = Day(date: clock.now())
        var report = Report()
        var seen = Set<String>()
        var batch: [(row: Int, resident: Resident)] = []

        func value(_ fields: [String], _ name: String) -> String? {
            guard let index = column[name], index < fields.count else { return nil }
            let text = fields[index].trimmed
            return text.isEmpty ? nil : text
        }

        while let fields = reader.next() {
            let row = reader.line
            if fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            report.rows += 1
            let typeText = value(fields, "人口类型") ?? ""
            let sexText = value(fields, "性别")
            let input = ResidentService.Input(
                name: value(fields, "姓名") ?? "", idNumber: value(fields, "公民身份号码") ?? "",
                sex: sexText.flatMap { $0 == "男" ? .male : ($0 == "女" ? .female : nil) },
                birthDate: value(fields, "出生日期").map { $0.contains("/") ? $0.replacingOccurrences(of: "/", with: "-") : $0 },
                ethnicity: value(fields, "民族"), phone: value(fields, "联系电话"),
                registeredAddress: value(fields, "户籍地址") ?? "", currentAddress: value(fields, "现住址") ?? "",
                populationType: Self.types[typeText] ?? PopulationType(rawValue: typeText), gridCode: value(fields, "网格编码") ?? ""
            )
            if let sexText, input.sex == nil {
                report.errors.append(RowError(row: row, column: "性别", reason: strings.t("import_error_sex", locale, [sexText])))
                continue
            }
            do {
                let resident = try ResidentService.validate(input, today: today)
                guard grids.contains(resident.gridCode) else {
                    throw AppError.invalid("resident_error_grid", [resident.gridCode])
                }
                guard seen.insert(resident.idNumber).inserted else {
                    report.errors.append(RowError(row: row, column: "公民身份号码", reason: strings.t("import_error_repeat", locale)))
                    continue
                }
                batch.append((row, resident))
            } catch let error as AppError {
                report.errors.append(RowError(row: row, column: Self.column(for: error.messageKey), reason: strings.t(error.messageKey, locale, error.args)))
            }
            if batch.count >= chunkSize {
                try await flush(&batch, into: &report)
                progress(Double(reader.position) / Double(max(reader.count, 1)))
            }
        }
        try await flush(&batch, into: &report)
        let now = clock.now()
        let summary = "rows \(report.rows), inserted \(report.inserted), skipped \(report.skipped), errors \(report.errors.count)"
        try await database.transaction { sql in
            try await AuditLog().append(AuditEvent(actor: actor, action: "resident.import", targetType: "scope", targetId: scope.rootCode, detail: summary), at: now, on: sql)
        }
        progress(1)
        return report
    }

    /// Inserts one chunk in one transaction, leaving out ID numbers already registered.
    func flush(_ batch: inout [(row: Int, resident: Resident)], into report: inout Report) async throws {
        guard !batch.isEmpty else { return }
        let candidates = batch.map(\.resident)
        let now = clock.now()
        let inserted = try await database.transaction { sql -> Int in
            var known = Set<String>()
            for start in stride(from: 0, to: candidates.count, by: 1_000) {
                let numbers = candidates[start..<min(start + 1_000, candidates.count)].map(\.idNumber)
                known.formUnion(try await sql.select().column("id_number").from("residents")
                    .where("id_number", .in, numbers).all(decodingColumn: "id_number", as: String.self))
            }
            let fresh = candidates.filter { !known.contains($0.idNumber) }
            try await ResidentStore().insert(fresh, at: now, on: sql)
            return fresh.count
        }
        report.inserted += inserted
        report.skipped += candidates.count - inserted
        batch.removeAll(keepingCapacity: true)
    }

    func gridCodes(within scope: Scope) async throws -> Set<String> {
        let codes = try await database.read { sql in
            try await sql.select().column("code").from("units").where("level", .equal, "grid").where("code", within: scope)
                .all(decodingColumn: "code", as: String.self)
        }
        return Set(codes)
    }

    static func column(for key: String) -> String {
        switch key {
        case "resident_error_name": "姓名"
        case "resident_error_sex_mismatch": "性别"
        case "resident_error_birth_mismatch", "resident_error_date": "出生日期"
        case "resident_error_phone": "联系电话"
        case "resident_error_type": "人口类型"
        case "resident_error_address": "现住址"
        case "resident_error_grid": "网格编码"
        default: "公民身份号码"
        }
    }
}
