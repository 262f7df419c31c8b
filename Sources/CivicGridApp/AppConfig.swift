import Foundation
import Kernel
import WorkOrders

/// Everything a CivicGrid process is started with.
public struct AppConfig: Sendable {
    public var dataDirectory: String
    public var hostname: String
    public var port: Int
    /// PostgreSQL when set (from `DATABASE_URL`); the SQLite file in `dataDirectory` otherwise.
    public var databaseURL: String?
    /// Tests use a PostgreSQL schema of their own.
    public var databaseSearchPath: String?
    /// Pool size and timeouts for PostgreSQL (`DATABASE_POOL_SIZE`, `DATABASE_LEASE_TIMEOUT`, `DATABASE_STATEMENT_TIMEOUT`).
    public var postgresPool: PostgresPoolOptions
    /// Trusted proxies, HTTPS and who may read `/metrics` (`TRUSTED_PROXIES`, `SECURE_COOKIES`, `METRICS_TOKEN`).
    public var transport: TransportOptions
    /// Limits on public requests (Open311 per key, portal filings per address, failed look-ups): `LIMIT_<NAME>`.
    public var publicLimits: PublicLimits
    public var bcryptCost: UInt8
    public var loadDemo: Bool
    /// The audit chain's key; found at start-up (`AUDIT_KEY`, `AUDIT_KEY_FILE`, `DATA_DIR/audit.key`) when nil.
    public var auditKey: AuditKey?
    /// What start-up does with the audit key and the chain.
    public var auditKeying: AuditKeying = .check
    /// How long before and after its deadline a work order is noticed (`serve --near-due-hours`).
    public var workOrderSupervision: SupervisionRules = WorkOrderSupervision.defaultRules

    public init(dataDirectory: String = "./data", hostname: String = "127.0.0.1", port: Int = 8080,
                databaseURL: String? = ProcessInfo.processInfo.environment["DATABASE_URL"], databaseSearchPath: String? = nil,
                postgresPool: PostgresPoolOptions = .from(environment: ProcessInfo.processInfo.environment), bcryptCost: UInt8 = 10, loadDemo: Bool = false) {
        self.dataDirectory = dataDirectory
        self.hostname = hostname
        self.port = port
        self.databaseURL = databaseURL.flatMap { $0.isEmpty ? nil : $0 }
        self.databaseSearchPath = databaseSearchPath
        self.postgresPool = postgresPool
        self.transport = .from(environment: ProcessInfo.processInfo.environment)
        self.publicLimits = .from(environment: ProcessInfo.processInfo.environment)
        self.bcryptCost = bcryptCost
        self.loadDemo = loadDemo
    }
}

/// How start-up treats the audit chain's key.
public enum AuditKeying: Sendable {
    /// Refuse to start with a key that does not match the chain; sign only a new chain.
    case check
    /// Sign a chain not yet keyed (`civicgrid audit rekey`), after checking it is intact.
    case sign
    /// Use the key without checking (`civicgrid audit verify` reports the break itself).
    case trust
}
