import ArgumentParser
import AsyncHTTPClient
import CivicGridApp
import Foundation
import Kernel
import Logging
import Registry
import Spreadsheets
import Synchronization

/// `civicgrid bench import`: the register's bulk import against SQLite's own CLI importing the
/// same rows into a same-shaped table with the same indexes, in the same run; then the .xlsx path.
struct ImportBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import rows/s as a ratio to `sqlite3 .import` of the same file.")

    @Option(help: "Rows in the CSV file.") var rows: Int = 1_000_000
    @Option(help: "Rows in the .xlsx file.") var xlsxRows: Int = 100_000
    @Option(help: "The sqlite3 command-line shell.") var sqlite3: String = "/usr/bin/sqlite3"
    @Option(help: "Rows per transaction (the import's default unless given).") var chunk: Int?
    @Option(help: "Connections taking work orders: alone for 10 s, then while --intake-rows more rows are imported (0: not measured).")
    var intake: Int = 0
    @Option(help: "Rows imported while work orders are taken.") var intakeRows: Int = 500_000

    func run() async throws {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civicgrid-import-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = AppConfig(dataDirectory: directory.appendingPathComponent("data").path, hostname: "127.0.0.1",
                               port: Int.random(in: 20_000...60_000), databaseURL: nil, loadDemo: true)
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
        if intake > 0 {
            try await intakeDuringImport(services: services, config: config, grids: grids, importer: importer,
                                         rows: (rows + xlsxRows)..<(rows + xlsxRows + intakeRows), logger: logger)
        }
        await services.database.shutdown()
    }

    /// What an import does to the server's writes: work orders taken over HTTP on `intake`
    /// connections, alone and then for as long as an import of `rows` more residents runs. Each
    /// import chunk holds the one writer while it commits; orders wait behind it.
    func intakeDuringImport(services: AppServices, config: AppConfig, grids: [String], importer: RegistryImporter, rows: Range<Int>,
                            logger: Logger) async throws {
        try await HTTPBench.seedHotline(services)
        let server = try await LoadDriver.serve(config, services: services, logger: logger)
        let client = LoadDriver.client(connections: intake)
        let base = "http://127.0.0.1:\(config.port)"
        do {
            let token = try await HTTPBench.issueToken(client, base: base, username: "hotline")
            let order: @Sendable (inout SystemRandomNumberGenerator) -> HTTPClientRequest = { random in
                let grid = grids.randomElement(using: &random) ?? ""
                return LoadDriver.request("\(base)/api/v1/work-orders", token, method: .POST,
                                          json: #"{"channel":"hotline","category_code":"A05","description":"路灯不亮，夜间出行不便","grid_code":"\#(grid)"}"#)
            }
            let alone = try await LoadDriver(seconds: 10, concurrency: intake).drive("intake alone", client, order)
            let data = SyntheticResidents.csv(rows: rows, grids: grids)
            let finished = ImportFinished()
            let importing = Task {
                defer { finished.flag.withLock { $0 = true } }
                let t0 = Date()
                let report = try await importer.run(.residents, data: data, scope: Scope(rootCode: ""), actor: nil)
                return (report.inserted, Date().timeIntervalSince(t0))
            }
            let during = try await LoadDriver(seconds: 0, concurrency: intake)
                .drive("intake during the import", client, until: { finished.flag.withLock { $0 } }, order)
            let (inserted, seconds) = try await importing.value
            print(String(format: "import of %d more rows while taking orders: %.1f s, %.0f rows/s", inserted, seconds, Double(inserted) / seconds))
            print("work orders on \(intake) connections      orders/s    p50 ms    p95 ms    p99 ms     max ms")
            for r in [alone, during] {
                print(r.name.padding(toLength: 34, withPad: " ", startingAt: 0)
                      + String(format: "%10.0f %9.1f %9.1f %9.1f %10.1f", r.rate, r.p50, r.p95, r.p99, r.max))
            }
        } catch {
            print("intake during import failed: \(error)")
        }
        try? await client.shutdown()
        _ = server
    }

    final class ImportFinished: Sendable {
        let flag = Mutex(false)
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
