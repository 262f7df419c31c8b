import CivicGridApp
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kernel
import KernelTesting
import Logging
import NIOCore
import SQLKit

/// A demo-loaded CivicGrid on a fresh database (SQLite, or PostgreSQL when the suite runs there),
/// driven through the router. Setup / act / check happen in the test body.
struct TestApp {
    let services: AppServices
    let client: any TestClientProtocol
    let table: RouteTable
    /// "METHOD /path" of every route the router holds.
    let registeredRoutes: [String]

    /// `few`: how many of a list's rows a street or the county may hold and be read by place (`ListWalk`); 0 walks every
    /// scope that holds a row, as a city's are.
    static func run(walkingFrom few: Int = ListWalk.few, configure: (inout AppConfig) -> Void = { _ in },
                    _ body: @Sendable (TestApp) async throws -> Void) async throws {
        try await ListWalk.$few.withValue(few) {
            try await TestDatabase.with { database in
                var config = AppConfig(dataDirectory: FileManager.default.temporaryDirectory.path, bcryptCost: 4)
                config.transport = TransportOptions()
                config.auditKey = TestDatabase.auditKey
                configure(&config)
                let services = try await AppServices.start(database: database, config: config)
                try await DemoSeed.load(services)
                var logger = Logger(label: "test")
                logger.logLevel = .warning
                let (router, table) = AppRouter.build(services)
                let registered = router.routes.map { "\($0.method) \($0.path)" }
                let app = Application(router: router, logger: logger)
                try await app.test(.router) { client in
                    try await body(TestApp(services: services, client: client, table: table, registeredRoutes: registered))
                }
            }
        }
    }

    /// A signed-in web session for a demo account, made directly (no bcrypt per test).
    func session(_ username: String, kind: SessionKind = .web) async throws -> (token: String, csrf: String) {
        let now = Date()
        let (token, info) = try await services.database.transaction { sql in
            try await SessionStore().create(staffId: "demo-\(username)", kind: kind, now: now, on: sql)
        }
        return (token, info.csrf)
    }

    func get(_ uri: String, as session: (token: String, csrf: String)? = nil, language: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        headers[.cookie] = cookies(session, language: language)
        return try await client.execute(uri: uri, method: .get, headers: headers)
    }

    func post(_ uri: String, form: [String: String], as session: (token: String, csrf: String)?, withCSRF: Bool = true,
              extraCookies: String? = nil) async throws -> TestResponse {
        var fields = form
        if withCSRF, let session { fields["_csrf"] = session.csrf }
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        headers[.cookie] = [cookies(session, language: nil), extraCookies].compactMap { $0 }.joined(separator: "; ")
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: Self.encode(fields)))
    }

    func api(_ method: HTTPRequest.Method, _ uri: String, token: String?, json: String? = nil, language: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let language { headers[.acceptLanguage] = language }
        if json != nil { headers[.contentType] = "application/json" }
        return try await client.execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    func cookies(_ session: (token: String, csrf: String)?, language: String?) -> String? {
        let parts = [session.map { "cg_session=\($0.token)" }, language.map { "cg_lang=\($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    static func encode(_ fields: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    /// The demo county's grid codes, in code order.
    func gridCodes() async throws -> [String] {
        try await services.database.read { sql in
            try await sql.select().column("code").from("units").where("level", .equal, "grid").orderBy("code").all(decodingColumn: "code", as: String.self)
        }
    }

    func auditActions() async throws -> [String] {
        try await services.database.read { sql in
            try await AuditLog().page(action: nil, actor: nil, limit: 1000, offset: 0, on: sql).items.map(\.action)
        }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
    }
}
