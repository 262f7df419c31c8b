import Foundation
import Hummingbird
import Kernel

/// A day typed in a request, or nil when absent; a malformed one names its field.
enum RequestDay {
    static func parse(_ text: String?, field: String) throws -> Day? {
        guard let text = text.map(\.trimmed), !text.isEmpty else { return nil }
        guard let day = Day(text) else { throw AppError.invalid("participation_error_day", [String(text.prefix(20))]).naming(field) }
        return day
    }
}

/// `/api/v1/projects`: the plan, the ledger, disclosures, finishing and evaluations;
/// `/api/v1/participation-settings`.
public enum ProjectAPI {
    struct Item: Encodable, Sendable {
        let id: String, unitCode: String, title: String, plan: String, budgetFen: Int64, ballotId: String?, status: String, round: Int
        let startedOn: String, finishedOn: String?, acceptedOn: String?
        init(_ p: Project) {
            (id, unitCode, title, plan, budgetFen, ballotId, status, round) = (p.id, p.unitCode, p.title, p.plan, p.budgetFen, p.ballotId, p.status.rawValue, p.round)
            (startedOn, finishedOn, acceptedOn) = (p.startedOn.description, p.finishedOn?.description, p.acceptedOn?.description)
        }
    }
    struct EntryItem: Encodable, Sendable {
        let id: String, entryOn: String, kind: String, amountFen: Int64, voucher: String, note: String
        init(_ e: LedgerEntry) { (id, entryOn, kind, amountFen, voucher, note) = (e.id, e.entryOn.description, e.kind.rawValue, e.amountFen, e.voucher, e.note) }
    }
    struct DutyItem: Encodable, Sendable {
        let kind: String, period: String, dueOn: String, disclosedOn: String?, state: String
        init(_ d: DisclosureDuty) { (kind, period, dueOn, disclosedOn, state) = (d.kind.rawValue, d.period, d.dueOn.description, d.disclosedOn?.description, d.state.rawValue) }
    }
    struct DisclosureItem: Encodable, Sendable {
        let id: String, kind: String, period: String, content: String, disclosedOn: String
        init(_ d: Disclosure) { (id, kind, period, content, disclosedOn) = (d.id, d.kind.rawValue, d.period, d.content, d.disclosedOn.description) }
    }
    struct EvaluationItem: Encodable, Sendable {
        let id: String, round: Int, heldOn: String, satisfied: Int, basicallySatisfied: Int, unsatisfied: Int, satisfiedShare: Double, outcome: String, note: String
        init(_ e: Evaluation) {
            (id, round, heldOn, satisfied, basicallySatisfied, unsatisfied) = (e.id, e.round, e.heldOn.description, e.satisfied, e.basicallySatisfied, e.unsatisfied)
            satisfiedShare = e.total > 0 ? (Double(e.satisfied) / Double(e.total) * 10_000).rounded() / 10_000 : 0
            (outcome, note) = (e.outcome.rawValue, e.note)
        }
    }
    struct FileItem: Encodable, Sendable {
        let project: Item, incomeFen: Int64, expenseFen: Int64, balanceFen: Int64, ledger: [EntryItem], schedule: [DutyItem], lateDisclosures: Int
        let disclosures: [DisclosureItem], finishedOn: [String], evaluations: [EvaluationItem]
        init(_ f: ProjectFile) {
            (project, incomeFen, expenseFen, balanceFen) = (Item(f.project), f.income, f.expense, f.balance)
            (ledger, schedule, lateDisclosures) = (f.entries.map(EntryItem.init), f.schedule.map(DutyItem.init), f.lateDisclosures)
            (disclosures, finishedOn, evaluations) = (f.disclosures.map(DisclosureItem.init), f.finishes.map(\.description), f.evaluations.map(EvaluationItem.init))
        }
    }
    struct NewProject: Decodable { let unitCode: String, title: String, plan: String, budgetFen: Int64, ballotId: String?, startedOn: String? }
    struct NewEntry: Decodable { let kind: String, amountFen: Int64, voucher: String, note: String?, entryOn: String? }
    struct NewDisclosure: Decodable { let kind: String, period: String, content: String }
    struct Finish: Decodable { let finishedOn: String?, note: String? }
    struct NewEvaluation: Decodable { let satisfied: Int, basicallySatisfied: Int, unsatisfied: Int, heldOn: String?, note: String? }

    public static func register(on routes: SecureRoutes, service: ProjectService) {
        routes.get("/api/v1/projects", .permitted(.viewJurisdiction)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.list(by: context, paging: paging)
            return try Response.json(ListPage(items: items.map(Item.init), total: total, paging: paging))
        }
        routes.post("/api/v1/projects", .permitted(.runProjects)) { request, context in
            let p = try await request.decodeJSON(NewProject.self, limit: 64 << 10)
            let project = try await service.create(unitCode: p.unitCode, title: p.title, plan: p.plan, budgetFen: p.budgetFen, ballotId: p.ballotId,
                                                   startedOn: try RequestDay.parse(p.startedOn, field: "started_on"), by: context)
            return try Response.json(Item(project), status: .created)
        }
        routes.get("/api/v1/projects/{project}", .permitted(.viewJurisdiction)) { _, context in
            let p = try await service.find(try context.parameters.require("project"), by: context)
            return try Response.json(FileItem(try await service.file(p)))
        }
        routes.post("/api/v1/projects/{project}/ledger", .permitted(.runProjects)) { request, context in
            let p = try await service.find(try context.parameters.require("project"), by: context)
            let e = try await request.decodeJSON(NewEntry.self, limit: 8 << 10)
            let entry = try await service.addEntry(p, kind: e.kind, amountFen: e.amountFen, voucher: e.voucher, note: e.note ?? "",
                                                   entryOn: try RequestDay.parse(e.entryOn, field: "entry_on"), by: context)
            return try Response.json(EntryItem(entry), status: .created)
        }
        routes.post("/api/v1/projects/{project}/disclosures", .permitted(.runProjects)) { request, context in
            let p = try await service.find(try context.parameters.require("project"), by: context)
            let d = try await request.decodeJSON(NewDisclosure.self, limit: 64 << 10)
            return try Response.json(DisclosureItem(try await service.disclose(p, kind: d.kind, period: d.period, content: d.content, by: context)),
                                     status: .created)
        }
        routes.post("/api/v1/projects/{project}/finish", .permitted(.runProjects)) { request, context in
            let p = try await service.find(try context.parameters.require("project"), by: context)
            let f = try await request.decodeJSON(Finish.self, limit: 4 << 10)
            return try Response.json(Item(try await service.finish(p, on: try RequestDay.parse(f.finishedOn, field: "finished_on"), note: f.note ?? "", by: context)))
        }
        routes.post("/api/v1/projects/{project}/evaluations", .permitted(.runProjects)) { request, context in
            let p = try await service.find(try context.parameters.require("project"), by: context)
            let e = try await request.decodeJSON(NewEvaluation.self, limit: 8 << 10)
            let evaluation = try await service.evaluate(p, satisfied: e.satisfied, basically: e.basicallySatisfied, unsatisfied: e.unsatisfied,
                                                        heldOn: try RequestDay.parse(e.heldOn, field: "held_on"), note: e.note ?? "", by: context)
            return try Response.json(EvaluationItem(evaluation), status: .created)
        }
        routes.get("/api/v1/participation-settings", .permitted(.viewJurisdiction)) { _, _ in
            try Response.json(try await service.settings())
        }
        routes.post("/api/v1/participation-settings", .permitted(.configureParticipation)) { request, context in
            let changes = try await request.decodeJSON([String: Int].self, limit: 4 << 10)
            return try Response.json(try await service.saveSettings(try await service.settings().changing(changes), by: context))
        }
    }
}
