import Accounts
import Caseloads
import Disputes
import Foundation
import Grids
import Kernel
import Participation
import Petitions
import Registry
import RiskAssessment
import Safety
import WorkOrders

/// The demo county and one account per role at several levels. Safe to run twice: what is
/// already there is left alone.
public enum DemoSeed {
    public static let password = "Demo@2026"

    public struct Account: Sendable {
        public let username: String
        public let name: String
        public let role: Role
        public let position: GridPosition?
        public let unitCode: String
        public let department: String?
    }

    /// Listed in the README too.
    public static let accounts: [Account] = [
        Account(username: "admin", name: "系统管理员", role: .admin, position: nil, unitCode: "330199", department: "县大数据中心"),
        Account(username: "leader", name: "周县长", role: .leader, position: nil, unitCode: "330199", department: "县人民政府"),
        Account(username: "supervisor", name: "县综治中心 李督办", role: .supervisor, position: nil, unitCode: "330199", department: "县综治中心"),
        Account(username: "street_sup", name: "城关街道 王主任", role: .supervisor, position: nil, unitCode: "330199001", department: "城关街道综治中心"),
        Account(username: "gridworker1", name: "陈晓燕", role: .gridWorker, position: .head, unitCode: "330199001001001", department: nil),
        Account(username: "gridworker2", name: "刘建军", role: .gridWorker, position: .head, unitCode: "330199001001002", department: nil),
        Account(username: "gridworker3", name: "吴桂英", role: .gridWorker, position: .head, unitCode: "330199101201001", department: nil),
        Account(username: "gridworker4", name: "何丽萍", role: .gridWorker, position: .head, unitCode: "330199002001001", department: nil),
        Account(username: "clerk", name: "幸福里社区窗口 张敏", role: .windowClerk, position: nil, unitCode: "330199001001", department: "幸福里社区服务中心"),
        Account(username: "handler", name: "县住建局 赵工", role: .departmentHandler, position: nil, unitCode: "330199", department: "县住房和城乡建设局"),
        Account(username: "mediator", name: "城关街道调委会 孙调解员", role: .mediator, position: nil, unitCode: "330199001", department: "城关街道人民调解委员会"),
        Account(username: "petition", name: "县信访局 郑科长", role: .petitionOfficer, position: nil, unitCode: "330199", department: "县信访局"),
        Account(username: "legal", name: "县司法局 法制审核 冯科长", role: .legalOfficer, position: nil, unitCode: "330199", department: "县司法局"),
        Account(username: "socialworker", name: "溪南街道司法所 黄社工", role: .socialWorker, position: nil, unitCode: "330199002", department: "溪南司法所"),
    ]

    /// Loads the demo; returns the number of accounts created now.
    @discardableResult
    public static func load(_ services: AppServices) async throws -> Int {
        var heads: [String: (name: String, staffId: String)] = [:]
        for account in accounts where account.position == .head {
            heads[account.unitCode] = (account.name, "demo-\(account.username)")
        }
        let plan = DemoJurisdiction.plan(heads: heads)
        try await DemoJurisdiction.seed(plan, database: services.database, clock: services.clock)
        let gridCodes = plan.units.filter { $0.level == .grid }.map(\.code)
        try await DemoResidents.seed(database: services.database, gridCodes: gridCodes, clock: services.clock)
        try await DemoWorkOrders.seed(database: services.database, clock: services.clock, calendar: services.calendar)
        try await DemoPetitions.seed(database: services.database, clock: services.clock)
        try await DemoDisputes.seed(database: services.database, clock: services.clock)
        try await DemoDecisions.seed(database: services.database, clock: services.clock, calendar: services.calendar)
        try await DemoSafety.seed(database: services.database, clock: services.clock)
        try await DemoBallots.seed(database: services.database, clock: services.clock)
        try await DemoProjects.seed(database: services.database, clock: services.clock)
        try await DemoDeliberation.seed(database: services.database, clock: services.clock)
        try await DemoCaseloads.seed(database: services.database, clock: services.clock, people: RegistryPeople(database: services.database))
        var created = 0
        for account in accounts {
            let staff = Staff(id: "demo-\(account.username)", username: account.username, displayName: account.name, role: account.role,
                              position: account.position, unitCode: account.unitCode, department: account.department)
            if try await services.accounts.seedAccount(staff, password: password) { created += 1 }
        }
        return created
    }
}
