import Accounts
import Caseloads
import Disputes
import Foundation
import Grids
import Kernel
import Logging
import Participation
import Petitions
import Registry
import RiskAssessment
import Safety
import WorkOrders

/// The services of one process, built once here and shared by every route.
public struct AppServices: Sendable {
    public var residents: ResidentService { registry.residents }
    public var organisations: OrganisationService { registry.organisations }
    public var imports: ImportJobs { registry.imports }

    public let database: Database
    public let clock: any AppClock
    public let calendar: WorkCalendar
    public let views: ViewRenderer
    public let grids: GridService
    /// The jurisdiction pages' services, with the registry's figures.
    public let gridServices: GridServices
    public let accounts: AccountService
    public let registry: RegistryServices
    public let workOrders: WorkOrderServices
    public let petitions: PetitionServices
    public let disputes: DisputeServices
    public let decisions: RiskAssessmentServices
    public let safety: SafetyServices
    public let participation: ParticipationServices
    public let caseloads: CaseloadServices
    public let transport: TransportOptions
    public let publicLimits: PublicLimits
    /// The API's OpenAPI document, from every context's part.
    public let apiDocument: OpenAPIDocument
    /// Supervision notices on every context's clocks; `serve` runs it as a service of the app.
    public let sweeper: DeadlineSweeper

    /// Every context's migrations, in the order their tables depend on each other.
    public static let migrations: [Migration] = KernelMigrations.all + GridMigrations.all + RegistryMigrations.all + WorkOrderMigrations.all
        + PetitionMigrations.all + DisputeMigrations.all + RiskAssessmentMigrations.all
        + SafetyMigrations.all + ParticipationMigrations.all + CaseloadMigrations.all + ProjectMigrations.all

    /// Opens the database, applies migrations and loads templates and string tables.
    public static func start(_ config: AppConfig, clock: any AppClock = SystemClock(), logger: Logger) async throws -> AppServices {
        let database: Database
        if let url = config.databaseURL {
            database = try await .postgres(url: url, searchPath: config.databaseSearchPath, options: config.postgresPool, logger: logger)
        } else {
            database = try await .sqlite(dataDirectory: config.dataDirectory, logger: logger)
        }
        do {
            try await Migrator.migrate(database, migrations)
            try await useAuditKey(config, database: database)
            return try make(database: database, config: config, clock: clock, logger: logger)
        } catch {
            await database.shutdown()
            throw error
        }
    }

    /// Services over an already open database (tests hand in one of their own); migrates it first.
    public static func start(database: Database, config: AppConfig, clock: any AppClock = SystemClock(),
                             logger: Logger = Logger(label: "civicgrid")) async throws -> AppServices {
        try await Migrator.migrate(database, migrations)
        try await useAuditKey(config, database: database)
        return try make(database: database, config: config, clock: clock, logger: logger)
    }

    /// Every audit entry this process writes or checks is signed with the key from here on.
    static func useAuditKey(_ config: AppConfig, database: Database) async throws {
        let (key, created) = try config.auditKey.map { ($0, false) }
            ?? AuditKey.resolve(environment: ProcessInfo.processInfo.environment, dataDirectory: config.dataDirectory)
        AuditKey.use(key)
        switch config.auditKeying {
        case .check: try await AuditLog(key: key).prepare(database, maySign: created)
        case .sign: try await AuditLog(key: key).prepare(database, maySign: true)
        case .trust: break
        }
    }

    static func make(database: Database, config: AppConfig, clock: any AppClock, logger: Logger) throws -> AppServices {
        var strings = try Strings.kernel()
        try strings.load(directory: GridsResources.directory.appendingPathComponent("i18n"))
        try strings.load(directory: AccountsResources.directory.appendingPathComponent("i18n"))
        try strings.load(directory: RegistryResources.directory.appendingPathComponent("i18n"))
        try strings.load(directory: WorkOrdersResources.directory.appendingPathComponent("i18n"))
        try strings.load(directory: PetitionsResources.directory.appendingPathComponent("i18n"))
        try strings.load(directory: DisputesResources.directory.appendingPathComponent("i18n"))
        try strings.load(directory: RiskAssessmentResources.directory.appendingPathComponent("i18n"))
        try strings.load(directory: SafetyResources.directory.appendingPathComponent("i18n"))
        try strings.load(directory: ParticipationResources.directory.appendingPathComponent("i18n"))
        try strings.load(directory: CaseloadsResources.directory.appendingPathComponent("i18n"))
        try strings.load(directory: AppResources.directory.appendingPathComponent("i18n"))
        let views = try ViewRenderer(
            templateDirectories: [GridsResources.directory, AccountsResources.directory, RegistryResources.directory, WorkOrdersResources.directory,
                                  PetitionsResources.directory, DisputesResources.directory, RiskAssessmentResources.directory,
                                  SafetyResources.directory, ParticipationResources.directory, CaseloadsResources.directory, AppResources.directory]
                .map { $0.appendingPathComponent("views") },
            strings: strings,
            portalNav: [
                NavItem("portalnav_request", WorkOrderPath.portal.path), NavItem("portalnav_track", WorkOrderPath.portalTrack.path),
                NavItem("portalnav_petitions", PetitionPath.portal.path),
                NavItem("portalnav_proposals", ParticipationPath.portalProposals.path), NavItem("portalnav_ballots", BallotPath.portalList.path),
                NavItem("portalnav_projects", ParticipationPath.portalProjects.path), NavItem("portalnav_commitments", ParticipationPath.portalCommitments.path),
                NavItem("portalnav_agreements", ParticipationPath.portalAgreements.path), NavItem("portalnav_stars", ParticipationPath.portalStars.path),
                NavItem("portalnav_points", ParticipationPath.portalPoints.path), NavItem("portalnav_decisions", DecisionPath.portalList.path),
            ],
            nav: [
                NavItem("nav_home", HomePage.path),
                NavItem("nav_jurisdiction", GridPath.units.path, permission: .viewJurisdiction),
                NavItem("nav_workorders", WorkOrderPath.list.path, permission: .viewWorkOrders),
                NavItem("nav_disputes", DisputePath.list.path, permission: .viewDisputes),
                NavItem("nav_screening", DisputePath.rounds.path, permission: .viewDisputes),
                NavItem("nav_petitions", PetitionPath.list.path, permission: .viewPetitions),
                NavItem("nav_decisions", DecisionPath.list.path, permission: .viewDecisions),
                NavItem("nav_safety", SafetyPath.hazards.path, permission: .viewSafety),
                NavItem("nav_participation", ParticipationPath.hub.path, permission: .viewJurisdiction, also: ParticipationPath.hubPages),
                NavItem("nav_caseloads", CaseloadPath.list.path, permission: .viewCaseloads),
                NavItem("nav_visit_tasks", CaseloadPath.tasks.path, permission: .doVisitTasks),
                NavItem("nav_staff", AccountPath.staff.path, permission: .manageStaff),
                NavItem("nav_audit", AccountPath.audit.path, permission: .viewAudit),
            ]
        )
        let calendar = try WorkCalendar.standard(
            overrideDirectory: URL(fileURLWithPath: config.dataDirectory).appendingPathComponent("calendar")
        )
        let grids = GridService(database: database, clock: clock)
        let counts = CountCache(clock: clock)
        let gridServices = GridServices(grids: grids, views: views,
                                        figures: [ResidentFigures(database: database, strings: views.strings, cache: counts),
                                                  RegistryFigures(database: database, clock: clock, strings: views.strings, cache: counts)],
                                        households: RegistryHouseholdCounts(database: database))
        let accounts = AccountService(database: database, clock: clock, hasher: PasswordHasher(cost: config.bcryptCost), units: grids)
        let records = RegistryRecords(database: database)
        let safety = SafetyServices(database: database, clock: clock, units: grids, records: records, workOrders: WorkOrderStore.lookup(database), views: views)
        let workOrders = WorkOrderServices(database: database, clock: clock, calendar: calendar, units: grids, locator: grids,
                                           limits: config.publicLimits, views: views, banners: safety.warnings)
        return AppServices(database: database, clock: clock, calendar: calendar, views: views, grids: grids, gridServices: gridServices,
                           accounts: accounts, registry: RegistryServices(database: database, clock: clock, units: grids, views: views),
                           workOrders: workOrders,
                           petitions: PetitionServices(database: database, clock: clock, units: grids, records: records, limits: config.publicLimits,
                                                       workOrders: workOrders.orders, views: views),
                           disputes: DisputeServices(database: database, clock: clock, units: grids, records: records, views: views),
                           decisions: RiskAssessmentServices(database: database, clock: clock, calendar: calendar, units: grids,
                                                             households: RegistryHouseholds(database: database),
                                                             cases: [WorkOrderStore.lookup(database), PetitionStore.lookup(database), DisputeStore.lookup(database)],
                                                             limits: config.publicLimits, views: views),
                           safety: safety,
                           participation: ParticipationServices(database: database, clock: clock, units: grids, households: RegistryHouseholds(database: database),
                                                                people: RegistryPeople(database: database), workOrders: WorkOrderStore.lookup(database),
                                                                limits: config.publicLimits, views: views),
                           caseloads: CaseloadServices(database: database, clock: clock, people: RegistryPeople(database: database), views: views),
                           transport: config.transport, publicLimits: config.publicLimits,
                           apiDocument: try OpenAPIDocument(parts: [KernelResources.directory, GridsResources.directory, AccountsResources.directory,
                                                                    RegistryResources.directory, WorkOrdersResources.directory,
                                                                    PetitionsResources.directory, DisputesResources.directory,
                                                                    RiskAssessmentResources.directory, SafetyResources.directory,
                                                                    ParticipationResources.directory, CaseloadsResources.directory]
                                                              .map { $0.appendingPathComponent("openapi.json") }),
                           sweeper: DeadlineSweeper(clocks: [WorkOrderSupervision.clock(config.workOrderSupervision), PetitionSupervision.clock,
                                                             DisputeSupervision.clock, DecisionSupervision.clock,
                                                             SafetySupervision.hazards, SafetySupervision.reports, CaseloadSupervision.clock],
                                                    database: database, clock: clock, logger: logger))
    }
}

public enum AppResources {
    public static var directory: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!
    }
}
