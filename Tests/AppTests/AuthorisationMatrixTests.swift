import CivicGridApp
import Foundation
import HTTPTypes
import Hummingbird
import Kernel
import Testing

/// Every registered route × every demo account: allowed where role and jurisdiction allow,
/// 404 everywhere else. A route added without a permission declaration fails here.
@Suite("Authorisation matrix")
struct AuthorisationMatrixTests {
    /// The resource each parameter points at: gridworker1's grid, and gridworker1's account.
    static let targetGrid = "330199001001001"
    static let targetStaffUnit = "330199001001001"

    /// The demo record each route parameter names.
    static let targets: [(String, String)] = [
        ("{code}", targetGrid), ("{id}", "demo-gridworker1"), ("{resident}", "demo-resident-2"), ("{permit}", "demo-permit-1"),
        ("{house}", "demo-house-1"), ("{locale}", "en"), ("{file}", "app.css"), ("{job}", matrixJob), ("{organisation}", "demo-organisation-1"),
        ("{household}", "demo-household-1"), ("{rental}", "demo-rental-1"), ("{order}", "demo-order-1"), ("{petition}", "demo-petition-1"),
        ("{dispute}", "demo-dispute-2"), ("{round}", "demo-round-1"), ("{reception}", "demo-reception-1"), ("{case}", "demo-backlog-1"),
        ("{grant}", "demo-grant-1"), ("{decision}", "demo-decision-1"),
        ("{hazard}", "demo-hazard-1"), ("{emergency}", "demo-emergency-1"), ("{warning}", "demo-warning-1"),
        ("{venue}", "demo-venue-1"), ("{agreement}", "demo-agreement-1"), ("{ballot}", "demo-ballot-2"),
        ("{caseload}", "demo-caseload-1"), ("{leave}", "demo-leave-1"), ("{sanction}", "demo-sanction-1"), ("{task}", "demo-task-1"),
        ("{project}", "demo-project-1"), ("{commitment}", "demo-commitment-1"), ("{proposal}", "demo-proposal-1"), ("{meeting}", "demo-meeting-1"),
    ]

    static func concretePath(_ rule: RouteRule) -> String {
        targets.reduce(rule.path) { path, target in path.replacingOccurrences(of: target.0, with: target.1) }
    }

    static func allowed(_ rule: RouteRule, for account: DemoSeed.Account) -> Bool {
        let role = account.role
        if case .permitted(let permission) = rule.access, !role.can(permission) { return false }
        let scope = Scope(rootCode: account.unitCode)
        if case .unitParameter = rule.scope, !scope.contains(targetGrid) { return false }
        if rule.path.contains("{id}"), !scope.contains(targetStaffUnit) { return false }
        // demo-resident-2 lives in the target grid and is not sealed.
        // The demo resident, permit, house, rental, organisation and household all lie in the target grid.
        // The matrix's import job was started by gridworker1 in the target grid.
        // The demo petition belongs to the target grid's community (the same accounts see it); the demo dispute to the grid itself;
        // the demo decision is the county's and affects the target grid only (seen from the county and from within that grid's street);
        // the demo hazard and emergency are the target grid's; the demo warning covers its street.
        if ["{resident}", "{permit}", "{house}", "{job}", "{organisation}", "{household}", "{rental}", "{order}", "{petition}", "{dispute}", "{reception}", "{case}", "{grant}", "{decision}", "{hazard}", "{emergency}", "{warning}", "{venue}", "{agreement}"].contains(where: rule.path.contains), !scope.contains(targetGrid) { return false }
        // demo-order-1 waits for dispatch: its usual unit, the housing bureau, does not see it yet.
        if rule.path.contains("{order}"), role == .departmentHandler { return false }
        // The demo caseload (community correction, 溪南街道) is seen by its social worker and by the county justice bureau only:
        // not by administrators, leaders, the county supervisor or another street's supervisor.
        if rule.path.contains("{caseload}") { return account.username == "socialworker" || account.username == "legal" }
        // The demo visit task is gridworker4's grid's: its grid worker sees a name and an address, nobody else the task.
        if rule.path.contains("{task}") { return account.unitCode == "330199002001001" }
        // The demo ballot is the target grid's community's: seen within it (its grid workers hand out the slips) and above it.
        if rule.path.contains("{ballot}") { return scope.contains("330199001001") || account.unitCode.hasPrefix("330199001001") }
        // The demo project, proposal and council meeting are the same community's as the demo ballot: seen the same way.
        if ["{project}", "{proposal}", "{meeting}"].contains(where: rule.path.contains) { return scope.contains("330199001001") || account.unitCode.hasPrefix("330199001001") }
        // The demo commitment is the county's: every demo account works inside the county.
        if rule.path.contains("{commitment}") { return scope.contains("330199") || account.unitCode.hasPrefix("330199") }
        // The demo screening round is the target grid's street's: seen within the street and above it.
        if rule.path.contains("{round}"), !(scope.contains("330199001") || account.unitCode.hasPrefix("330199001")) { return false }
        return true
    }

    @Test func everyRouterEntryHasAPermissionDeclaration() async throws {
        try await TestApp.run { app in
            let declared = Set(app.table.rules.map { "\($0.method) \($0.path)" })
            let registered = app.registeredRoutes
            #expect(!registered.isEmpty)
            for route in registered {
                #expect(declared.contains(route), "route \(route) has no permission declaration")
            }
            #expect(declared.count == registered.count)
        }
    }

    static let matrixJob = "matrix-import-job"

    @Test func everyRouteWithEveryRole() async throws {
        try await TestApp.run { app in
            try await app.insertImportJob(id: Self.matrixJob, unitCode: Self.targetGrid, staffId: "demo-gridworker1", report: Data("x".utf8))
            let rules = app.table.rules.filter { $0.access != .open }
            #expect(rules.count >= 15)
            for rule in rules {
                let path = Self.concretePath(rule)
                let isAPI = path.hasPrefix("/api/")

                // Nobody signed in: API answers 401, pages send to the login page.
                let anonymous = try await app.client.execute(uri: path, method: rule.method, headers: [.contentType: "application/x-www-form-urlencoded"])
                if isAPI {
                    #expect(anonymous.status == .unauthorized, "\(rule) without credentials")
                } else {
                    #expect(anonymous.status == .seeOther && anonymous.headers[.location]?.hasPrefix("/login") == true, "\(rule) without a session")
                }

                for account in DemoSeed.accounts {
                    let session = try await app.session(account.username, kind: isAPI ? .api : .web)
                    var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
                    if isAPI { headers[.authorization] = "Bearer \(session.token)" } else { headers[.cookie] = "cg_session=\(session.token)" }
                    let body = rule.method == .post ? ByteBuffer(string: "_csrf=\(session.csrf)") : nil
                    let response = try await app.client.execute(uri: path, method: rule.method, headers: headers, body: body)
                    let expectation = Self.allowed(rule, for: account)
                    if expectation {
                        #expect(response.status != .notFound && response.status != .unauthorized && response.status.code < 500,
                                "\(account.username) should reach \(rule): got \(response.status)")
                    } else {
                        #expect(response.status == .notFound, "\(account.username) must get 404 from \(rule): got \(response.status)")
                    }
                }
            }
        }
    }

    @Test func everyStringHasBothLanguages() async throws {
        try await TestApp.run { app in
            let missing = app.services.views.strings.missingKeys()
            #expect(missing[.en] == [], "keys without English: \(missing[.en] ?? [])")
            #expect(missing[.zhHans] == [], "keys without Chinese: \(missing[.zhHans] ?? [])")
        }
    }
}
