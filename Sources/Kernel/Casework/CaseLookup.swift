import Foundation
import SQLKit

/// Finds a case of another context by the number people quote (`TJ20261201-00003`), within a
/// scope, without reading that context's tables: each context that numbers cases offers one.
public protocol CaseLookup: Sendable {
    /// What the case is called in links and counts: `work_order`, `petition`, `dispute`.
    var caseType: String { get }
    /// The case's id, nil when no case has that number inside `scope`.
    func find(number: String, within scope: Scope) async throws -> String?
    /// The case's id and status as its context names it (`closed`), nil as for `find`.
    func status(number: String, within scope: Scope) async throws -> (id: String, status: String)?
}

/// A case table whose rows carry a unique `number` and the unit that scopes them.
public struct NumberedCaseLookup: CaseLookup {
    public let caseType: String
    let database: Database
    let table: String
    let unitColumn: String

    public init(caseType: String, database: Database, table: String, unitColumn: String) {
        self.caseType = caseType
        self.database = database
        self.table = table
        self.unitColumn = unitColumn
    }

    public func find(number: String, within scope: Scope) async throws -> String? {
        try await status(number: number, within: scope)?.id
    }

    public func status(number: String, within scope: Scope) async throws -> (id: String, status: String)? {
        struct Row: Decodable { let id: String, status: String }
        let (table, unitColumn) = (self.table, self.unitColumn)
        return try await database.read { sql in
            try await sql.select().columns("id", "status").from(table).where("number", .equal, number).where(unitColumn, within: scope).first(decoding: Row.self)
        }.map { ($0.id, $0.status) }
    }
}
