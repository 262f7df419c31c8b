import Foundation
import Hummingbird
import Kernel

/// `/api/v1/screening-rounds`: open a round, list them, see each grid's answer or silence, and report.
public enum ScreeningAPI {
    struct Round: Encodable, Sendable {
        let id: String, unitCode: String, level: String, periodStart: String, periodEnd: String, reason: String, dueAt: Date
        init(_ r: ScreeningRound) {
            id = r.id
            unitCode = r.unitCode
            level = r.level.rawValue
            periodStart = r.periodStart.description
            periodEnd = r.periodEnd.description
            reason = r.reason
            dueAt = r.dueAt
        }
    }

    struct Detail: Encodable, Sendable {
        let round: Round
        let completeness: Screening.Completeness
    }

    struct Open: Decodable { let level: String; let unitCode: String?; let periodStart: String?; let periodEnd: String?; let reason: String? }
    struct Report: Decodable { let gridCode: String?; let nothingFound: Bool?; let findings: String?; let disputeIds: [String]? }

    static func day(_ text: String?) throws -> Day? {
        try text?.trimmed.nilIfBlank.map { guard let day = Day($0) else { throw AppError.invalid("screening_error_period") }; return day }
    }

    public static func register(on routes: SecureRoutes, screening: Screening) {
        routes.get("/api/v1/screening-rounds", .permitted(.viewDisputes)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await screening.rounds(by: context, paging: paging)
            return try Response.json(ListPage(items: items.map(Round.init), total: total, paging: paging))
        }
        routes.post("/api/v1/screening-rounds", .permitted(.runScreening)) { request, context in
            let body = try await request.decodeJSON(Open.self, limit: 16 << 10)
            guard let level = try parseChoice(body.level, ScreeningRound.Level.self, invalidKey: "screening_error_level") else {
                throw AppError.invalid("screening_error_level", [body.level])
            }
            let round = try await screening.open(level, unitCode: body.unitCode ?? context.staff.unitCode, day: try day(body.periodStart),
                                                 periodEnd: try day(body.periodEnd), reason: body.reason ?? "", by: context)
            return try Response.json(Round(round), status: .created)
        }
        routes.get("/api/v1/screening-rounds/{round}", .permitted(.viewDisputes)) { request, context in
            let round = try await screening.find(try context.parameters.require("round"), by: context)
            let showing = try request.queryEnum("show", Screening.Showing.self, invalidKey: "screening_error_show") ?? .all
            let completeness = try await screening.completeness(of: round, by: context, showing: showing, paging: try Paging(request, defaultLimit: 100))
            return try Response.json(Detail(round: Round(round), completeness: completeness))
        }
        routes.post("/api/v1/screening-rounds/{round}/reports", .permitted(.reportDisputes)) { request, context in
            let round = try await screening.find(try context.parameters.require("round"), by: context)
            let body = try await request.decodeJSON(Report.self, limit: 64 << 10)
            let report = try await screening.report(to: round, gridCode: body.gridCode ?? context.staff.unitCode, nothingFound: body.nothingFound ?? false,
                                                    findings: body.findings ?? "", disputeIds: body.disputeIds ?? [], by: context)
            return try Response.json(try await screening.line(of: report, in: round), status: .created)
        }
    }
}
