import ArgumentParser
import CivicGridApp
import Foundation
import Kernel
import Spreadsheets
import Logging
import Registry

/// `civicgrid bench import`: the register's bulk import against SQLite's own CLI importing the
/// same rows into a same-shaped table with the same indexes, in the same run; then the .xlsx path.
struct ImportBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import rows/s as a ratio to `sqlite3 .import` of the same file.")

    @Option(help: "Rows in the CSV file.") var rows: Int = 1_000_000
    @Option(help: "Rows in the .xlsx file.") var xlsxRows: Int = 100_000
    @Option(help: "The sqlite3 command-line shell.") var sqlite3: String = "/usr/bin/sqlite3"
    @Option(help: "Rows per transaction (the import's default unless given).") var chunk: Int?

    func run() async throws {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civicgrid-import-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = AppConfig(dataDirectory: directory.appendingPathComponent("data").path, loadDemo: true)
        let services = try await AppServices.start(config, logger: logger)
        try await DemoSeed.load(services)
        let grids = try await services.database.read { sql in
            try await sql.select().column("code").from("units").where("level", .equal, "grid").orderBy("code").all(decodingColumn: "code", as: String.self)
        }

        let csv = directory.appendingPathComponent("residents.csv")
        try SyntheticResidents.csv(rows: 0..<rows, grids: grids).write(to: csv)
        let baseline = try sqliteImport(csv, into: directory.appendingPathComponent("baseline.db"))
        print(String(format: "sqlite3 .import of %d rows: %.1f s, %.0f rows/s (baseline)", rows, baseline, Double(rows) / baseline))

        let importer = chunk.map { RegistryImporter(database: services.database, clock: services.clock, units: services.grids, strings: services.views.strings, chunkSize: $0) }
            ?? RegistryImporter(database: services.database, clock: services.clock, units: services.grids, strings: services.views.strings)
        let data = try Data(contentsOf: csv)
        let t0 = Date()
        let report = try await importer.run(.residents, data: data, scope: Scope(rootCode: ""), actor: nil)
        let seconds = Date().timeIntervalSince(t0)
        let rate = Double(report.inserted) / seconds
        print(String(format: "civicgrid import (CSV, full validation): %d inserted, %d errors in %.1f s, %.0f rows/s, ratio to sqlite3 %.2f",
                     report.inserted, report.errors.count, seconds, rate, rate / (Double(rows) / baseline)))

        let sheetRows = [ImportKind.residents.headers] + (rows..<(rows + xlsxRows)).map { SyntheticResidents.row($0, grids: grids) }
        let workbook = try XLSXWriter.workbook(sheetName: "实有人口", rows: sheetRows)
        let t1 = Date()
        let xlsx = try await importer.run(.residents, data: workbook, scope: Scope(rootCode: ""), actor: nil)
        let xlsxSeconds = Date().timeIntervalSince(t1)
        let xlsxRate = Double(xlsx.inserted) / xlsxSeconds
        print(String(format: "civicgrid import (.xlsx, %.1f MB): %d inserted in %.1f s, %.0f rows/s, ratio to sqlite3 %.2f, to CSV path %.2f",
                     Double(workbook.count) / 1e6, xlsx.inserted, xlsxSeconds, xlsxRate, xlsxRate / (Double(rows) / baseline), xlsxRate / rate))
        await services.database.shutdown()
    }

    /// The CLI importing the same file into a table shaped like the import's columns, with the
    /// register's unique ID-number index and its (grid, name) index.
    func sqliteImport(_ csv: URL, into db: URL) throws -> Double {
        let script = """
        PRAGMA journal_mode=WAL;
        PRAGMA synchronous=NORMAL;
        CREATE TABLE residents (name TEXT NOT NULL, id_number TEXT NOT NULL UNIQUE, sex TEXT, birth_date TEXT, ethnicity TEXT, phone TEXT,
          registered_address TEXT, current_address TEXT, population_type TEXT, grid_code TEXT NOT NULL);
        CREATE INDEX residents_grid_name ON residents(grid_code, name);
        .import --csv --skip 1 \(csv.path) residents
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite3)
        process.arguments = [db.path]
        let input = Pipe()
        process.standardInput = input
        let t0 = Date()
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("sqlite3 failed") }
        return Date().timeIntervalSince(t0)
    }
}
