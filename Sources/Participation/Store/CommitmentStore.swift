import Foundation
import Kernel
import SQLKit

/// SQL for leaders' public commitments.
public struct CommitmentStore: Sendable {
    public init() {}

    static let columns = ["id", "unit_code", "year", "person", "post", "promise", "promised_on", "progress", "progress_on", "result", "result_note",
                          "result_on", "created_by", "created_at"]

    struct Row: Decodable {
        let id: String, unit_code: String, year: Int, person: String, post: String, promise: String, promised_on: String
        let progress: String?, progress_on: String?, result: String?, result_note: String?, result_on: String?, created_by: String?, created_at: Int64
        var commitment: Commitment {
            Commitment(id: id, unitCode: unit_code, year: year, person: person, post: post, promise: promise,
                       promisedOn: Day(promised_on) ?? Day(year: year, month: 1, day: 1), progress: progress, progressOn: progress_on.flatMap(Day.init),
                       result: result.flatMap(Commitment.Result.init), resultNote: result_note, resultOn: result_on.flatMap(Day.init), createdBy: created_by,
                       createdAt: Date(epochSeconds: created_at))
        }
    }

    func insert(_ c: Commitment, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "commitments").columns(Self.columns)
            .values(SQLBind(c.id), SQLBind(c.unitCode), SQLBind(c.year), SQLBind(c.person), SQLBind(c.post), SQLBind(c.promise), SQLBind(c.promisedOn.description),
                    SQLBind(c.progress), SQLBind(c.progressOn?.description), SQLBind(c.result?.rawValue), SQLBind(c.resultNote), SQLBind(c.resultOn?.description),
                    SQLBind(c.createdBy), SQLBind(c.createdAt.epochSeconds)).run()
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> Commitment? {
        try await sql.select().columns(Self.columns).from("commitments").where("id", .equal, id).first(decoding: Row.self)?.commitment
    }

    /// Commitments of units in `scope` (nil: all), of one year or all years, newest year first.
    func list(within scope: Scope?, year: Int?, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Commitment], total: Int) {
        let walked = try await sql.walks("commitments", column: "unit_code", within: scope)
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
            var b = b.from("commitments")
            if let scope { b = b.where("unit_code", within: scope, walked: walked) }
            if let year { b = b.where("year", .equal, year) }
            return b
        }
        // Walked off `commitments_year_place` in its order, a deep page by ids alone.
        let rows = try await sql.page(of: "commitments", columns: Self.columns, orderedBy: [("year", .descending), ("unit_code", .ascending), ("id", .ascending)],
                                      limit: limit, offset: offset, decoding: Row.self, keyedBy: \.id, where: filtered)
        return (rows.map(\.commitment), try await sql.listTotal(afterReading: rows.count, limit: limit, offset: offset, filtered))
    }

    func recordProgress(_ id: String, text: String, on day: Day, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("commitments").set("progress", to: text).set("progress_on", to: day.description).where("id", .equal, id)
            .where("progress", .is, SQLLiteral.null).where("result", .is, SQLLiteral.null).returning("id").all().count == 1
    }

    func recordResult(_ id: String, result: Commitment.Result, note: String, on day: Day, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("commitments").set("result", to: result.rawValue).set("result_note", to: note).set("result_on", to: day.description)
            .where("id", .equal, id).where("result", .is, SQLLiteral.null).returning("id").all().count == 1
    }
}
