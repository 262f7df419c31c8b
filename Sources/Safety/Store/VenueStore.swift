import Foundation
import Kernel
import SQLKit

/// SQL for key venues, their inspections, the repeat-violation rules and the proposals they make,
/// and safety responsibility agreements.
public struct VenueStore: Sendable {
    public init() {}

    struct VenueRow: Decodable {
        let id: String, name: String, kind: String, organisation_id: String?, grid_code: String, address: String, licence: String, created_at: Int64
        var venue: Venue {
            Venue(id: id, name: name, kind: VenueKind(rawValue: kind) ?? .other, organisationId: organisation_id, gridCode: grid_code, address: address,
                  licence: licence, createdAt: Date(epochSeconds: created_at))
        }
    }

    static let venueColumns = ["id", "name", "kind", "organisation_id", "grid_code", "address", "licence", "created_at"]

    func insert(_ v: Venue, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "venues").columns(Self.venueColumns)
            .values(SQLBind(v.id), SQLBind(v.name), SQLBind(v.kind.rawValue), SQLBind(v.organisationId), SQLBind(v.gridCode), SQLBind(v.address),
                    SQLBind(v.licence), SQLBind(v.createdAt.epochSeconds)).run()
    }

    func find(id: String, on sql: any SQLDatabase) async throws -> Venue? {
        try await sql.select().columns(Self.venueColumns).from("venues").where("id", .equal, id).first(decoding: VenueRow.self)?.venue
    }

    func list(within scope: Scope, kind: VenueKind?, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [Venue], total: Int) {
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
            let b = b.from("venues").where("grid_code", within: scope)
            return kind.map { b.where("kind", .equal, $0.rawValue) } ?? b
        }
        let items = try await sql.page(of: "venues", columns: Self.venueColumns, orderedBy: [("grid_code", .ascending), ("name", .ascending), ("id", .ascending)],
                                       limit: limit, offset: offset, decoding: VenueRow.self, keyedBy: \.id, where: filtered).map(\.venue)
        return (items, try await sql.listTotal(afterReading: items.count, limit: limit, offset: offset, filtered))
    }

    struct InspectionRow: Decodable {
        let id: String, venue_id: String, inspected_on: String, inspector: String?, findings: String, violations: String, minors: Int, created_at: Int64
        var inspection: Inspection {
            Inspection(id: id, venueId: venue_id, inspectedOn: Day(inspected_on) ?? Day(date: Date(epochSeconds: created_at)), inspector: inspector,
                       findings: findings, violations: violations.split(separator: ",").compactMap { Violation(rawValue: String($0)) }, minors: minors,
                       createdAt: Date(epochSeconds: created_at))
        }
    }

    func insert(_ i: Inspection, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "venue_inspections").columns("id", "venue_id", "inspected_on", "inspector", "findings", "violations", "minors", "created_at")
            .values(SQLBind(i.id), SQLBind(i.venueId), SQLBind(i.inspectedOn.description), SQLBind(i.inspector), SQLBind(i.findings),
                    SQLBind(i.violations.map(\.rawValue).joined(separator: ",")), SQLBind(i.minors), SQLBind(i.createdAt.epochSeconds)).run()
    }

    func inspections(of venueId: String, since: Day? = nil, on sql: any SQLDatabase) async throws -> [Inspection] {
        var select = sql.select().columns("id", "venue_id", "inspected_on", "inspector", "findings", "violations", "minors", "created_at")
            .from("venue_inspections").where("venue_id", .equal, venueId)
        if let since { select = select.where("inspected_on", .greaterThanOrEqual, since.description) }
        return try await select.orderBy("inspected_on").orderBy("created_at").limit(10_000).all(decoding: InspectionRow.self).map(\.inspection)
    }

    struct RuleRow: Decodable {
        let id: String, kind: String, violations: String, count: Int, window_days: Int, minors_at_least: Int?, minors_at_most: Int?, measure: String
    }

    func rules(on sql: any SQLDatabase) async throws -> [VenueRule] {
        try await sql.select().columns("id", "kind", "violations", "count", "window_days", "minors_at_least", "minors_at_most", "measure").from("venue_rules")
            .where("active", .equal, 1).orderBy("id").all(decoding: RuleRow.self).compactMap { r in
                guard let kind = VenueKind(rawValue: r.kind), let measure = VenueMeasure(rawValue: r.measure) else { return nil }
                return VenueRule(id: r.id, kind: kind, violations: r.violations.split(separator: ",").compactMap { Violation(rawValue: String($0)) },
                                 count: r.count, windowDays: r.window_days, minorsAtLeast: r.minors_at_least, minorsAtMost: r.minors_at_most, measure: measure)
            }
    }

    struct ProposalRow: Decodable {
        let id: String, venue_id: String, inspection_id: String, rule_id: String, measure: String, status: String, decided_by: String?, decision_note: String?
        let created_at: Int64
        var proposal: VenueProposal {
            VenueProposal(id: id, venueId: venue_id, inspectionId: inspection_id, ruleId: rule_id, measure: VenueMeasure(rawValue: measure) ?? .warning,
                          status: VenueProposal.Status(rawValue: status) ?? .proposed, decidedBy: decided_by, decisionNote: decision_note,
                          createdAt: Date(epochSeconds: created_at))
        }
    }

    func insert(_ p: VenueProposal, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "venue_proposals").columns("id", "venue_id", "inspection_id", "rule_id", "measure", "status", "created_at")
            .values(SQLBind(p.id), SQLBind(p.venueId), SQLBind(p.inspectionId), SQLBind(p.ruleId), SQLBind(p.measure.rawValue), SQLBind(p.status.rawValue),
                    SQLBind(p.createdAt.epochSeconds)).run()
    }

    func proposals(of venueId: String, on sql: any SQLDatabase) async throws -> [VenueProposal] {
        try await sql.select().columns("id", "venue_id", "inspection_id", "rule_id", "measure", "status", "decided_by", "decision_note", "created_at")
            .from("venue_proposals").where("venue_id", .equal, venueId).orderBy("created_at").orderBy("id").all(decoding: ProposalRow.self).map(\.proposal)
    }

    /// Records the decision on a proposal still open; false otherwise.
    func decide(proposal id: String, venueId: String, accepted: Bool, note: String, by staffId: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.update("venue_proposals").set("status", to: accepted ? "accepted" : "rejected").set("decided_by", to: staffId).set("decision_note", to: note)
            .where("id", .equal, id).where("venue_id", .equal, venueId).where("status", .equal, "proposed").returning("id").all().count == 1
    }

    struct AgreementRow: Decodable {
        let id: String, organisation_id: String, grid_code: String, year: Int, signed_on: String, signatory: String, terms: String, created_at: Int64
    }
    struct RecordRow: Decodable { let agreement_id: String, kind: String, on_day: String, findings: String, passed: Int, created_at: Int64 }

    func insert(_ a: SafetyAgreement, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.insert(into: "safety_agreements").columns("id", "organisation_id", "grid_code", "year", "signed_on", "signatory", "terms", "created_at")
            .values(SQLBind(a.id), SQLBind(a.organisationId), SQLBind(a.gridCode), SQLBind(a.year), SQLBind(a.signedOn.description), SQLBind(a.signatory),
                    SQLBind(a.terms), SQLBind(a.createdAt.epochSeconds))
            .ignoringConflicts(with: ["organisation_id", "year"]).returning("id").all().count == 1
    }

    func addRecord(_ r: AgreementRecord, to id: String, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "agreement_records").columns("agreement_id", "kind", "on_day", "findings", "passed", "created_at")
            .values(SQLBind(id), SQLBind(r.kind.rawValue), SQLBind(r.on.description), SQLBind(r.findings), SQLBind(r.passed ? 1 : 0), SQLBind(r.createdAt.epochSeconds)).run()
    }

    func agreements(within scope: Scope, year: Int?, id: String? = nil, limit: Int, offset: Int, on sql: any SQLDatabase) async throws -> (items: [SafetyAgreement], total: Int) {
        func filtered(_ b: SQLSelectBuilder) -> SQLSelectBuilder {
            var b = b.from("safety_agreements").where("grid_code", within: scope)
            if let year { b = b.where("year", .equal, year) }
            if let id { b = b.where("id", .equal, id) }
            return b
        }
        let rows = try await agreementRows(filtered, year: year, limit: limit, offset: offset, on: sql)
        let records = rows.isEmpty ? [] : try await sql.select().columns("agreement_id", "kind", "on_day", "findings", "passed", "created_at").from("agreement_records")
            .where("agreement_id", .in, rows.map(\.id)).orderBy("on_day").all(decoding: RecordRow.self)
        let byAgreement = Dictionary(grouping: records, by: \.agreement_id)
        let items = rows.map { r in
            SafetyAgreement(id: r.id, organisationId: r.organisation_id, gridCode: r.grid_code, year: r.year, signedOn: Day(r.signed_on) ?? Day(date: Date(epochSeconds: r.created_at)),
                            signatory: r.signatory, terms: r.terms, createdAt: Date(epochSeconds: r.created_at),
                            records: (byAgreement[r.id] ?? []).map { AgreementRecord(kind: AgreementRecord.Kind(rawValue: $0.kind) ?? .inspection,
                                                                                      on: Day($0.on_day) ?? Day(date: Date(epochSeconds: $0.created_at)),
                                                                                      findings: $0.findings, passed: $0.passed != 0, createdAt: Date(epochSeconds: $0.created_at)) })
        }
        return (items, try await sql.listTotal(afterReading: items.count, limit: limit, offset: offset, filtered))
    }

    static let agreementColumns = ["id", "organisation_id", "grid_code", "year", "signed_on", "signatory", "terms", "created_at"]

    /// A page of agreements, newest year first and by place within a year: a year at a time, each off
    /// `safety_agreements_year_place`, the years the offset passes over counted rather than read. As one query the county's
    /// 500,000 agreements of two years were sorted for every page (3.2–3.7 s).
    func agreementRows(_ filtered: (SQLSelectBuilder) -> SQLSelectBuilder, year: Int?, limit: Int, offset: Int, on sql: any SQLDatabase) async throws
        -> [AgreementRow] {
        func page(of year: Int?, limit: Int, offset: Int) async throws -> [AgreementRow] {
            try await sql.page(of: "safety_agreements", columns: Self.agreementColumns, orderedBy: [("grid_code", .ascending), ("id", .ascending)],
                               limit: limit, offset: offset, decoding: AgreementRow.self, keyedBy: \.id) { b in
                year.map { filtered(b).where("year", .equal, $0) } ?? filtered(b)
            }
        }
        if let year { return try await page(of: year, limit: limit, offset: offset) }
        // Each bound by itself: SQLite reads MIN or MAX off the index alone, but both in one query scan the table.
        func bound(_ function: String) async throws -> Int? {
            try await sql.select().column(SQLFunction(function, args: SQLColumn("year")), as: "year").from("safety_agreements")
                .first(decodingColumn: "year", as: Int?.self) ?? nil
        }
        guard let newest = try await bound("MAX"), let oldest = try await bound("MIN") else { return [] }
        var rows: [AgreementRow] = [], skip = offset
        for year in stride(from: newest, through: oldest, by: -1) where rows.count < limit {
            if skip > 0 {
                let held = try await sql.count(upTo: skip) { filtered($0).where("year", .equal, year) }
                if held <= skip {
                    skip -= held
                    continue
                }
            }
            rows += try await page(of: year, limit: limit - rows.count, offset: skip)
            skip = 0
        }
        return rows
    }
}
