import ArgumentParser
import AsyncHTTPClient
import CivicGridApp
import Foundation
import Kernel
import Logging
import NIOCore
import Registry

/// `civicgrid bench lists`: every list the API offers, found in the route table (each GET under
/// `/api/v1/` without a path parameter) with the query parameters the OpenAPI document gives it
/// (`ListCases`), read by every role at its widest scope over HTTP, p50/p95 per case. A parameter
/// the bench has no sample value for is reported as not measured, so a new filter shows up here.
/// With `--pages`, the staff pages instead: each GET page without a path parameter but a unit's
/// code (the reader's own), with the tabs, filters and deep pages the page itself offers (`PageCases`).
struct ListsBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lists", abstract: "Every API list, view and filter, for every role, over HTTP at millions of records.")

    @Option(help: "Work orders to store.") var orders: Int = 5_000_000
    @Option(help: "Petitions and disputes to store (each).") var records: Int = 1_000_000
    @Option(help: "Residents to load, through the importer (10 million take about 20 minutes on SQLite).") var residents: Int = 10_000_000
    @Option(help: "Keep the database here and reuse it on the next run.") var dataDir: String?
    @Option(help: "Concurrent connections.") var connections: Int = 8
    @Option(help: "Seconds per case and reader.") var seconds: Double = 1
    @Option(help: "Only routes whose path contains one of these (comma-separated).") var only: String?
    @Option(help: "Only these roles (comma-separated raw names, e.g. supervisor,grid_worker).") var roles: String?
    @Option(help: "Where the readers sit, but a grid worker (at the bench's first grid): the county, or a street's or community's code (e.g. 330199001, a street of the demo's few records among the city's).")
    var unit: String = ListsBench.county
    /// The bench's county: the demo's, under which the synthetic streets are added too.
    static let county = "330199"
    @Option(help: "A case whose p95 reaches this many ms is listed as slow.") var slow: Double = 50
    @Flag(help: "Start a PostgreSQL for the run on 127.0.0.1 (initdb into a temporary folder, removed at the end) instead of DATABASE_URL or SQLite.")
    var postgres = false
    @Flag(help: "Measure the staff pages (HTML, signed in by cookie) and what each offers (tabs, filters, its pager) instead of the API's lists.")
    var pages = false
    @Option(help: "Server setups to measure one after the other on the same data: 0 serves from this process, N from N separate server processes of this binary on the same PostgreSQL, requests spread among them (e.g. 1,2).")
    var processes = "0"

    var setups: [Int] { processes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func validate() throws {
        guard !setups.isEmpty, setups.allSatisfy({ (0...4).contains($0) }) else { throw ValidationError("--processes: counts 0–4, e.g. 1,2") }
        guard [6, 9, 12].contains(unit.count), unit.hasPrefix(Self.county), unit.allSatisfy(\.isASCII), unit.allSatisfy(\.isNumber) else {
            throw ValidationError("--unit: the county 330199 or a street's or community's code under it, e.g. 330199001")
        }
        guard setups == [0] || postgres || ProcessInfo.processInfo.environment["DATABASE_URL"] != nil else {
            throw ValidationError("--processes needs a PostgreSQL: --postgres or DATABASE_URL (SQLite has one writer: one process)")
        }
    }

    /// One account per role at its widest scope (or at `--unit`): the county, except a grid worker (posted to one grid).
    struct Reader: Sendable {
        let role: Role, username: String, staffId: String, unit: String
        /// A resident on the portal, not signed in (the role's credential goes along unread).
        var resident = false
        var label: String { resident ? "resident" : role.rawValue }
    }

    func run() async throws {
        let local = postgres ? try LocalPostgres(maxConnections: 100) : nil
        defer { local?.stop() }
        if let local {
            setenv("DATABASE_URL", local.url, 1)
            say("PostgreSQL on 127.0.0.1:\(local.port), started by the bench (fsync on, server defaults)")
        }
        // The separate servers sign the audit log with the key this process signs the loaded records' entries with.
        if setups != [0], ProcessInfo.processInfo.environment["AUDIT_KEY"] == nil { setenv("AUDIT_KEY", ServerProcesses.benchAuditKey, 1) }
        try await BenchData.withSite("lists", dataDir: dataDir) { try await run(on: $0) }
    }

    func run(on site: BenchData.Site) async throws {
        let (config, services, grids, logger) = (site.config, site.services, site.grids, site.logger)
        let now = Date()
        try await BenchData.fill("work_orders", to: orders, columns: WorkListBench.columns, services: services) { WorkListBench.row($0, grids: grids, now: now) }
        try await BenchData.fill("petitions", to: records, columns: RegisterBench.petitionColumns, services: services) { RegisterBench.petition($0, grids: grids, now: now) }
        try await BenchData.fill("disputes", to: records, columns: RegisterBench.disputeColumns, services: services) { RegisterBench.dispute($0, grids: grids, now: now) }
        try await BenchData.residents(to: residents, services: services, grids: grids)
        try await BenchRentals.load(services: services, today: Day(date: now))
        try await BenchHouseholds.load(services: services)
        try await BenchOrganisations.load(residents: residents, services: services, grids: grids)
        try await BenchPermits.load(services: services, today: Day(date: now), now: now)
        try await BenchSafety.load(hazards: records / 2, venues: residents / 50, organisations: residents / 20, services: services, grids: grids, now: now)
        try await BenchCaseloads.load(services: services, today: Day(date: now), now: now)
        try await BenchCaseloads.loadContacts(services: services, today: Day(date: now))
        try await BenchStars.load(services: services, today: Day(date: now), now: now)
        try await BenchAudit.load(entries: residents / 2, services: services, now: now)
        try await BenchEmployees.load(organisations: residents / 20, services: services, today: Day(date: now))
        try await BenchScreening.load(services: services, grids: grids, today: Day(date: now))
        try await BenchEmergencies.load(count: records / 10, services: services, grids: grids, now: now)
        try await BenchCasework.load(petitions: records, services: services, grids: grids, now: now)
        try await BenchDecisions.load(services: services, grids: grids, now: now)
        try await BenchParticipation.load(proposals: residents / 50, services: services, grids: grids, now: now)
        // The notices a running county has (the in-process server does not sweep; `serve` does, once a minute): without
        // them the supervised lists are empty and measure nothing (three sessions measured them so).
        let sweepStarted = Date()
        let noticed = try await services.sweeper.sweep()
        say("swept once: \(noticed) new notices in \(String(format: "%.1f", Date().timeIntervalSince(sweepStarted))) s")
        if services.database.kind == .postgres {
            // What autovacuum has done by the time a county has run a while: the rows loaded and the orders the sweep
            // marked leave index-only scans reading the table until it has (155 of 380 work-list cases ≥ 50 ms
            // measured straight after a first sweep of five million orders, 7 after this).
            let vacuumStarted = Date()
            try await services.database.read { try await $0.raw("VACUUM (ANALYZE)").run() }
            say("VACUUM (ANALYZE) in \(String(format: "%.1f", Date().timeIntervalSince(vacuumStarted))) s")
        }

        let readers = try await seedReaders(services, grid: grids[0])
        let number = try await services.database.read { sql in
            try await sql.select().column("number").from("work_orders").orderBy("created_at", .descending).limit(1).first(decodingColumn: "number", as: String.self)
        } ?? ""
        let samples = ListCases.Samples(now: now, grid: grids[0], workOrderNumber: number, residentName: SyntheticResidents.name(grids.count * 7))
        let wanted = only.map { $0.split(separator: ",") }, document = services.apiDocument, pages = self.pages
        let rules = AppRouter.build(services).table.rules.filter { rule in
            (pages ? Self.isPage(rule) : Self.isAPIList(rule)) && (wanted.map { $0.contains { rule.path.contains($0) } } ?? true)
        }.sorted { $0.path < $1.path }
        let plan: Planner = { rule, readers, fetch in
            guard pages else {
                return ListCases.cases(of: document.queryParameters["GET \(rule.path)"] ?? [], at: rule.path, samples: samples)
            }
            // The union of what the page offers each reader (a tab one role has and another has not).
            var cases: [ListCases.Case] = [], unmeasured = Set<String>()
            for reader in readers {
                guard let found = try await PageCases.cases(at: Self.path(rule, for: reader), samples: samples, fetch: { try await fetch(reader, $0) }) else { continue }
                cases += found.cases.filter { c in !cases.contains { $0.query == c.query } }
                unmeasured.formUnion(found.unmeasured)
            }
            return (cases, unmeasured.sorted())
        }
        say("\(rules.count) \(pages ? "pages" : "routes"), \(connections) connections, \(seconds) s a case and reader")

        // The in-process server only when a setup asks for it; it serves until this process ends (cancelling it only logs noise).
        let server = setups.contains(0) ? try await LoadDriver.serve(config, services: services, logger: logger) : nil
        _ = server
        for count in setups {
            let servers = ServerProcesses()
            defer { servers.stop() }
            if count > 0 {
                try await servers.start(count, environment: ServerProcesses.environment(databaseURL: ProcessInfo.processInfo.environment["DATABASE_URL"]))
            }
            say(count == 0 ? "\nserved from this process" : "\n\(count) server process\(count == 1 ? "" : "es"): \(servers.bases.joined(separator: ", "))")
            try await measure(rules, plan: plan, readers: readers, bases: count == 0 ? ["http://127.0.0.1:\(config.port)"] : servers.bases, services: services)
        }
    }

    /// The status `url` answers `credential` with.
    static func status(_ client: HTTPClient, _ url: String, credential: (name: String, value: String)) async throws -> Int {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: credential.name, value: credential.value)
        let response = try await client.execute(request, timeout: .seconds(120))
        _ = try await response.body.collect(upTo: 16 << 20)
        return Int(response.status.code)
    }

    /// A route's cases, given the readers who may read it and a way to read a page as one of them (path and query → HTML, nil when not HTML).
    typealias Planner = (RouteRule, [Reader], _ fetch: (Reader, String) async throws -> String?) async throws
        -> (cases: [ListCases.Case], unmeasured: [String])

    /// The records a list under a record is read in (`/api/v1/organisations/{organisation}/employees`): the biggest the
    /// bench loads, by the path parameter's name.
    static let records = ["organisation": "bench-o0", "round": BenchScreening.countyRound, "decision": BenchDecisions.decision]

    /// Records whose own view is a list (a screening round: every grid under its unit, a page at a time; a major decision:
    /// its comments, and what its visits add up to).
    static let listingRecords: Set = ["round", "decision"]

    /// The API's lists: GETs under `/api/v1/` without a path parameter, and the lists under (or in) a record the bench has a sample of.
    static func isAPIList(_ rule: RouteRule) -> Bool {
        guard rule.method == .get, rule.path.hasPrefix("/api/v1/") else { return false }
        guard let name = parameter(of: rule.path) else { return true }
        return records[name] != nil && (!rule.path.hasSuffix("}") || listingRecords.contains(name)) && rule.path.filter { $0 == "{" }.count == 1
    }

    /// The name of the path's first parameter ("organisation" of `…/{organisation}/…`).
    static func parameter(of path: String) -> String? {
        guard let open = path.firstIndex(of: "{"), let close = path[open...].firstIndex(of: "}") else { return nil }
        return String(path[path.index(after: open)..<close])
    }

    /// The pages a signed-in person reads lists on: GETs outside the API without a path parameter but a unit's code (or a
    /// record whose page is a list); and the portal's, residents' pages over a whole city's records.
    static func isPage(_ rule: RouteRule) -> Bool {
        let params = rule.path.filter { $0 == "{" }.count, unitParameter = if case .unitParameter = rule.scope { true } else { false }
        if isPortal(rule) { return rule.method == .get && params == 0 }
        let listing = parameter(of: rule.path).map(listingRecords.contains) ?? false
        let machinery = ["/api/", "/static", "/healthz", "/metrics", "/openapi", "/login", "/logout", "/lang"]
        return rule.method == .get && !machinery.contains { rule.path.hasPrefix($0) } && (params == 0 || (params == 1 && (unitParameter || listing)))
    }

    static func isPortal(_ rule: RouteRule) -> Bool { rule.path == "/portal" || rule.path.hasPrefix("/portal/") }

    /// The route's path as `reader` reads it: a unit parameter is the reader's own unit, a record's the bench's sample of it.
    static func path(_ rule: RouteRule, for reader: Reader) -> String {
        guard let open = rule.path.firstIndex(of: "{"), let close = rule.path[open...].firstIndex(of: "}"), let name = parameter(of: rule.path) else {
            return rule.path
        }
        return String(rule.path[..<open]) + (records[name] ?? reader.unit) + String(rule.path[rule.path.index(after: close)...])
    }

    /// Every case of each of `rules` for each of its readers, requests spread over `bases`.
    func measure(_ rules: [RouteRule], plan: Planner, readers: [Reader], bases: [String], services: AppServices) async throws {
        let client = LoadDriver.client(connections: connections)
        let driver = LoadDriver(seconds: seconds, concurrency: connections)
        // Each reader's credential on each server (a request goes to a server picked at random): an API token from
        // the server, or a page session written where every server reads it.
        var credentials: [String: [(name: String, value: String)]] = [:]
        for reader in readers {
            for base in bases {
                if pages {
                    let session = try await services.database.transaction { sql in
                        try await SessionStore().create(staffId: reader.staffId, kind: .web, now: Date(), on: sql)
                    }
                    credentials[reader.username, default: []].append(("Cookie", "\(AppCookies.session)=\(session.token)"))
                } else {
                    let token = try await HTTPBench.issueToken(client, base: base, username: reader.username)
                    credentials[reader.username, default: []].append(("Authorization", "Bearer \(token)"))
                }
            }
        }
        let firstCredentials = credentials.mapValues { $0[0] }
        let fetch: (Reader, String) async throws -> String? = { reader, target in
            var request = HTTPClientRequest(url: bases[0] + target)
            let credential = firstCredentials[reader.username] ?? ("", "")
            request.headers.add(name: credential.name, value: credential.value)
            let response = try await client.execute(request, timeout: .seconds(120))
            let body = try await response.body.collect(upTo: 16 << 20)
            let html = response.headers["Content-Type"].first?.hasPrefix("text/html") ?? false
            return response.status == .ok && html ? String(buffer: body) : nil
        }
        var plans: [(RouteRule, (cases: [ListCases.Case], unmeasured: [String]), [Reader])] = []
        for rule in rules {
            // A portal page is everyone's alike: read once, by a resident.
            let callers = Self.isPortal(rule) ? readers.prefix(1).map { var r = $0; r.resident = true; return r } : readers.filter { Self.may($0.role, rule.access) }
            plans.append((rule, try await plan(rule, callers, fetch), callers))
        }
        let caseCount = plans.reduce(0) { $0 + $1.1.cases.count * $1.2.count }
        say("\(caseCount) cases (a case: a route, its query, a reader): about \(Int(Double(caseCount) * seconds / 60) + 1) min")
        let baseline = try await driver.drive("GET /healthz", client) { random in HTTPClientRequest(url: bases[Int.random(in: 0..<bases.count, using: &random)] + "/healthz") }
        say(String(format: "baseline GET /healthz: p50 %.1f ms, p95 %.1f ms", baseline.p50, baseline.p95))

        var slowCases: [(String, LoadDriver.Result)] = [], refused: [String] = [], unmeasured: [String] = [], shallower = false
        for (rule, plan, callers) in plans {
            unmeasured += plan.unmeasured.map { "GET \(rule.path) ?\($0)" }
            guard !callers.isEmpty, !plan.cases.isEmpty else { continue }
            say("\nGET \(rule.path)  p95 ms by " + callers.map(\.label).joined(separator: " | "))
            for c in plan.cases {
                var line = "  " + c.label.padding(toLength: 44, withPad: " ", startingAt: 0)
                for reader in callers {
                    let serverCredentials = credentials[reader.username] ?? []
                    var target = Self.path(rule, for: reader) + c.query
                    if let depth = c.cursorDepth {
                        guard let next = try await Self.cursor(client, bases[0] + target, depth: depth, credential: serverCredentials[0]) else {
                            line += String(repeating: " ", count: 4) + "short"
                            continue
                        }
                        target += (c.query.isEmpty ? "?" : "&") + "after=" + (next.addingPercentEncoding(withAllowedCharacters: ListCases.unreserved) ?? next)
                    }
                    var path = target, query = c.query
                    // A page of 100 rows a page (the audit browser) ends at page 101: its deepest, where page 201 is refused.
                    if pages, c.query.contains("page=\(PageCases.deepPage.1)"),
                       try await Self.status(client, bases[0] + path, credential: serverCredentials[0]) == 422 {
                        (path, query) = (path.replacingOccurrences(of: "page=\(PageCases.deepPage.1)", with: "page=\(Paging.maxOffset / 100 + 1)"),
                                         query.replacingOccurrences(of: "page=\(PageCases.deepPage.1)", with: "page=\(Paging.maxOffset / 100 + 1)"))
                        shallower = true
                    }
                    do {
                        let name = "GET \(rule.path)\(query)" + (c.cursorDepth.map { " after \($0) in" } ?? "") + " as \(reader.label)"
                        let result = try await driver.drive(name, client) { [path] random in
                            let server = Int.random(in: 0..<bases.count, using: &random)
                            var request = HTTPClientRequest(url: bases[server] + path)
                            request.headers.add(name: serverCredentials[server].name, value: serverCredentials[server].value)
                            return request
                        }
                        line += String(format: query == c.query ? "%9.1f" : "%8.1f*", result.p95)
                        if result.p95 >= slow { slowCases.append((result.name, result)) }
                    } catch LoadDriver.BenchError.status(let name, let status) {
                        line += String(format: "%9@", "HTTP \(status)")
                        refused.append("\(name): HTTP \(status)")
                    } catch {
                        // A request past the driver's 30 s: noted, and the run goes on to the next case.
                        line += String(format: "%9@", "failed")
                        refused.append("GET \(target) as \(reader.label): \(error)")
                    }
                }
                say(line)
            }
        }
        try? await client.shutdown()
        if shallower { say("\n* page 101, the deepest of a list of 100 a page, where page 201 is refused") }
        say("\np95 ≥ \(Int(slow)) ms (\(slowCases.count) of \(caseCount)), slowest first; p50 / p95 ms, p95 as a ratio to /healthz's:")
        for (name, r) in slowCases.sorted(by: { $0.1.p95 > $1.1.p95 }) {
            say(String(format: "  %@  %.1f / %.1f  (%.0f×)", name, r.p50, r.p95, r.p95 / max(baseline.p95, 0.01)))
        }
        say("refused (a sample the route does not take, or a reader it does not serve): " + (refused.isEmpty ? "none" : "\n  " + refused.joined(separator: "\n  ")))
        say("not measured (no sample value for the parameter): " + (unmeasured.isEmpty ? "none" : "\n  " + unmeasured.joined(separator: "\n  ")))
    }

    /// The `next` of the page of `url`'s list that ends `depth` rows in; nil when the list is shorter.
    static func cursor(_ client: HTTPClient, _ url: String, depth: Int, credential: (name: String, value: String)) async throws -> String? {
        let limit = 50
        var request = HTTPClientRequest(url: url + (url.contains("?") ? "&" : "?") + "limit=\(limit)&offset=\(depth - limit)")
        request.headers.add(name: credential.name, value: credential.value)
        let response = try await client.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 16 << 20)
        struct Page: Decodable { let next: String? }
        return response.status == .ok ? try JSONDecoder().decode(Page.self, from: body).next : nil
    }

    static func may(_ role: Role, _ access: Access) -> Bool {
        switch access {
        case .open, .signedIn: true
        case .permitted(let permission): role.can(permission)
        }
    }

    /// An account per role (or per `--roles`), created on first use.
    func seedReaders(_ services: AppServices, grid: String) async throws -> [Reader] {
        let wanted = roles.map { Set($0.split(separator: ",").map { String($0) }) }
        var readers: [Reader] = []
        for role in Role.allCases where wanted?.contains(role.rawValue) ?? true {
            let username = "lists-\(role.rawValue)" + (unit == Self.county || role == .gridWorker ? "" : "-\(unit)")
            let staff = Staff(id: "bench-\(username)", username: username, displayName: username, role: role,
                              unitCode: role == .gridWorker ? grid : unit,
                              department: role == .departmentHandler ? WorkListBench.departments[0] : nil)
            _ = try await services.accounts.seedAccount(staff, password: DemoSeed.password)
            readers.append(Reader(role: role, username: username, staffId: staff.id, unit: staff.unitCode))
        }
        return readers
    }
}
