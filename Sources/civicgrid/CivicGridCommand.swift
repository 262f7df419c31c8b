import ArgumentParser
import CivicGridApp
import Foundation
import Grids
import Hummingbird
import Kernel
import Logging
import Petitions
import Registry
import WorkOrders

@main
struct CivicGridCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "civicgrid",
        abstract: "CivicGrid 网格化社会服务管理平台 — grid-based community service and governance platform.",
        subcommands: [Serve.self, Migrate.self, Seed.self, Import.self, Audit.self, Backup.self, Bench.self],
        defaultSubcommand: Serve.self
    )
}

/// Options every command that opens the database shares.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of the embedded SQLite database (ignored when DATABASE_URL is set).")
    var dataDir: String = "./data"
    @Option(name: .long, help: "PostgreSQL connections this process opens at most (default 16, or DATABASE_POOL_SIZE).")
    var dbPoolSize: Int?

    func validate() throws {
        if let dbPoolSize, !(1...500).contains(dbPoolSize) { throw ValidationError("--db-pool-size takes 1 to 500.") }
    }

    func config(hostname: String = "127.0.0.1", port: Int = 8080, demo: Bool = false) -> AppConfig {
        var config = AppConfig(dataDirectory: dataDir, hostname: hostname, port: port, loadDemo: demo)
        if let dbPoolSize { config.postgresPool.maximumConnections = dbPoolSize }
        return config
    }

    /// Opens and migrates the database, runs `body`, and closes it again whatever happens.
    func withServices<T: Sendable>(_ config: AppConfig? = nil, _ body: (AppServices) async throws -> T) async throws -> T {
        let services = try await AppServices.start(config ?? self.config(), logger: makeLogger())
        do {
            let value = try await body(services)
            await services.database.shutdown()
            return value
        } catch {
            await services.database.shutdown()
            throw error
        }
    }
}

func makeLogger() -> Logger {
    var logger = Logger(label: "civicgrid")
    logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    return logger
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the web server.")

    @OptionGroup var data: DataOptions
    @Flag(help: "Load the demo county and demo accounts (once; running again adds nothing).")
    var demo = false
    @Option(help: "Port to listen on.") var port: Int = 8080
    @Option(help: "Address to listen on.") var hostname: String = "127.0.0.1"
    @Option(help: "Hours before its deadline that an open work order gets a near-due supervision notice.") var nearDueHours: Double = 4
    @Option(help: "Hours past its deadline after which an overdue work order is escalated one level up (street → county).")
    var escalateAfterHours: Double = 24

    func validate() throws {
        guard (0...720).contains(nearDueHours), (0...720).contains(escalateAfterHours) else {
            throw ValidationError("--near-due-hours and --escalate-after-hours take 0 to 720 hours.")
        }
    }

    func run() async throws {
        let logger = makeLogger()
        var configured = data.config(hostname: hostname, port: port, demo: demo)
        configured.workOrderSupervision = SupervisionRules(nearDue: nearDueHours * 3600, escalateAfter: escalateAfterHours * 3600)
        let config = configured
        let services = try await AppServices.start(config, logger: logger)
        if demo {
            let created = try await DemoSeed.load(services)
            logger.info("demo county ready (\(created) demo accounts created now)")
        }
        let app = CivicGridServer.application(config, services: services, logger: logger, supervise: true) {
            print("""

            CivicGrid 已启动 / is running:  http://\(hostname):\(port)/login
            数据库 / database: \(config.databaseURL == nil ? "SQLite in \(config.dataDirectory)" : "PostgreSQL")
            """)
            if demo {
                print("演示账号 / demo logins (password \(DemoSeed.password)):")
                for account in DemoSeed.accounts {
                    print("  \(account.username.padding(toLength: 13, withPad: " ", startingAt: 0)) \(account.role.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)) \(account.unitCode)  \(account.name)")
                }
            }
            fflush(nil)
        }
        do {
            // The sweeper writes supervision notices every minute beside the server (safe with
            // several processes: each notice is written once); graceful shutdown lets a sweep finish.
            try await app.runService()
        } catch {
            await services.imports.shutdown()
            await services.database.shutdown()
            throw error
        }
        // Imports stop between chunks and say so; the same file uploaded again finishes them.
        await services.imports.shutdown()
        await services.database.shutdown()
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply database migrations.")
    @OptionGroup var data: DataOptions

    func run() async throws {
        let logger = makeLogger()
        let config = data.config()
        let database: Database
        if let url = config.databaseURL {
            database = try await .postgres(url: url, options: config.postgresPool, logger: logger)
        } else {
            database = try await .sqlite(dataDirectory: config.dataDirectory, logger: logger)
        }
        let applied = try await Migrator.migrate(database, AppServices.migrations)
        print(applied.isEmpty ? "up to date" : "applied: \(applied.joined(separator: ", "))")
        await database.shutdown()
    }
}

struct Seed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load seed data: `seed demo`.")
    @Argument(help: "What to load: demo") var what: String
    @OptionGroup var data: DataOptions

    func run() async throws {
        guard what == "demo" else { throw ValidationError("unknown seed \(what); try: demo") }
        let created = try await data.withServices { try await DemoSeed.load($0) }
        print("demo county ready; \(created) accounts created now (password \(DemoSeed.password))")
    }
}

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the audit log: `audit verify`; sign a log kept from before its key: `audit rekey`.",
        discussion: """
        Entries are signed with HMAC-SHA256 under the key from AUDIT_KEY, AUDIT_KEY_FILE or DATA_DIR/audit.key. \
        `rekey` signs a chain that is not signed yet, once, and only if it verifies unsigned.
        """
    )
    @Argument(help: "verify or rekey") var action: String
    @OptionGroup var data: DataOptions

    func run() async throws {
        var config = data.config()
        switch action {
        case "verify": config.auditKeying = .trust
        case "rekey": config.auditKeying = .sign
        default: throw ValidationError("unknown action \(action); try: verify, rekey")
        }
        let verdict = try await data.withServices(config) { services in
            try await services.database.read { try await AuditLog().verify(on: $0) }
        }
        switch verdict {
        case .intact(let n):
            print("audit chain intact: \(n) entries\(action == "rekey" ? ", signed with this key" : "")")
        case .broken(let seq, let reason):
            print("audit chain BROKEN at entry \(seq): \(reason)")
            throw ExitCode(2)
        }
    }
}

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Copy the embedded database to FILE (safe while the server runs).")
    @Argument(help: "The new backup file.") var file: String
    @OptionGroup var data: DataOptions

    func run() async throws {
        try await data.withServices { try await $0.database.backup(to: file) }
        print("backup written to \(file)")
    }
}

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a spreadsheet (.xlsx or .csv): `import residents|houses|organisations FILE`.",
        discussion: """
        Chinese column headers: residents 姓名, 公民身份号码, 性别, 出生日期, 民族, 联系电话, 户籍地址, 现住址, 人口类型, 网格编码; \
        houses 楼栋编码, 单元, 房号, 房屋用途, 建筑面积, 产权人; organisations 单位名称, 统一社会信用代码, 单位类型, 法定代表人, 地址, 网格编码.
        Safe while the server runs. Bad rows are listed in FILE.errors.xlsx (correct them there and import that file); \
        rows already registered are skipped.
        """
    )
    @Argument(help: "What to import: residents, houses or organisations") var what: ImportKind
    @Argument(help: "The .xlsx or .csv file.") var file: String
    @OptionGroup var data: DataOptions

    func run() async throws {
        let contents = try Data(contentsOf: URL(fileURLWithPath: file))
        let started = Date()
        let report = try await data.withServices { services in
            let importer = RegistryImporter(database: services.database, clock: services.clock, units: services.grids, strings: services.views.strings)
            return try await importer.run(what, data: contents, scope: Scope(rootCode: ""), actor: nil) { fraction in
                let width = 30, filled = Int(fraction * Double(width))
                FileHandle.standardError.write(Data("\r[\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(Int(fraction * 100))%".utf8))
            }
        }
        FileHandle.standardError.write(Data("\n".utf8))
        let seconds = Date().timeIntervalSince(started)
        print("rows \(report.rows): inserted \(report.inserted), already registered \(report.skipped), errors \(report.errors.count) (\(Int(Double(report.rows) / max(seconds, 0.001))) rows/s)")
        if !report.errors.isEmpty {
            let path = file + ".errors.xlsx"
            try report.errorWorkbook(labels: ["行号", "列", "原因"], sheetName: "错误报告").write(to: URL(fileURLWithPath: path))
            print("error report: \(path)")
        }
    }
}

extension ImportKind: ExpressibleByArgument {}
