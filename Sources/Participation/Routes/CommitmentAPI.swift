import Foundation
import Hummingbird
import Kernel

/// `/api/v1/commitments`: the promise, the mid-year progress and the year-end result.
public enum CommitmentAPI {
    struct Item: Encodable, Sendable {
        let id: String, unitCode: String, year: Int, person: String, post: String, promise: String, promisedOn: String
        let progress: String?, progressOn: String?, result: String?, resultNote: String?, resultOn: String?
        let stage: String, promiseDue: String, progressDue: String, resultDue: String, promisedLate: Bool, progressLate: Bool, resultLate: Bool
        init(_ c: Commitment, today: Day, settings: ParticipationSettings) {
            (id, unitCode, year, person, post, promise, promisedOn) = (c.id, c.unitCode, c.year, c.person, c.post, c.promise, c.promisedOn.description)
            (progress, progressOn, result, resultNote, resultOn) = (c.progress, c.progressOn?.description, c.result?.rawValue, c.resultNote, c.resultOn?.description)
            let s = CommitmentRules.standing(c, today: today, settings: settings)
            (stage, promiseDue, progressDue, resultDue) = (s.stage, s.promiseDue.description, s.progressDue.description, s.resultDue.description)
            (promisedLate, progressLate, resultLate) = (s.promisedLate, s.progressLate, s.resultLate)
        }
    }
    struct NewCommitment: Decodable { let unitCode: String, year: Int, person: String, post: String?, promise: String, promisedOn: String? }
    struct Progress: Decodable { let text: String, on: String? }
    struct Result: Decodable { let result: String, note: String, on: String? }

    public static func register(on routes: SecureRoutes, service: CommitmentService) {
        @Sendable func item(_ c: Commitment) async throws -> Item { Item(c, today: service.today, settings: try await service.settings()) }
        routes.get("/api/v1/commitments", .permitted(.viewJurisdiction)) { request, context in
            let paging = try Paging(request)
            let year = try request.uri.queryParameters.get("year").map { text -> Int in
                guard let y = Int(text), (2000...2100).contains(y) else { throw AppError.invalid("commitment_error_year").naming("year") }
                return y
            }
            let (items, total) = try await service.list(by: context, year: year, paging: paging)
            let settings = try await service.settings(), today = service.today
            return try Response.json(ListPage(items: items.map { Item($0, today: today, settings: settings) }, total: total, paging: paging))
        }
        routes.post("/api/v1/commitments", .permitted(.keepCommitments)) { request, context in
            let c = try await request.decodeJSON(NewCommitment.self, limit: 16 << 10)
            let made = try await service.create(unitCode: c.unitCode, year: c.year, person: c.person, post: c.post ?? "", promise: c.promise,
                                                promisedOn: try RequestDay.parse(c.promisedOn, field: "promised_on"), by: context)
            return try Response.json(try await item(made), status: .created)
        }
        routes.get("/api/v1/commitments/{commitment}", .permitted(.viewJurisdiction)) { _, context in
            try Response.json(try await item(try await service.find(try context.parameters.require("commitment"), by: context)))
        }
        routes.post("/api/v1/commitments/{commitment}/progress", .permitted(.keepCommitments)) { request, context in
            let c = try await service.find(try context.parameters.require("commitment"), by: context)
            let p = try await request.decodeJSON(Progress.self, limit: 8 << 10)
            return try Response.json(try await item(try await service.recordProgress(c, text: p.text, on: try RequestDay.parse(p.on, field: "on"), by: context)))
        }
        routes.post("/api/v1/commitments/{commitment}/result", .permitted(.keepCommitments)) { request, context in
            let c = try await service.find(try context.parameters.require("commitment"), by: context)
            let r = try await request.decodeJSON(Result.self, limit: 8 << 10)
            return try Response.json(try await item(try await service.recordResult(c, result: r.result, note: r.note, on: try RequestDay.parse(r.on, field: "on"),
                                                                                    by: context)))
        }
    }
}
