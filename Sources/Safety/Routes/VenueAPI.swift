import Foundation
import Hummingbird
import Kernel

/// `/api/v1/venues` with their inspections and proposed measures, and `/api/v1/safety-agreements`.
public enum VenueAPI {
    struct VenueItem: Encodable, Sendable {
        let id: String, name: String, kind: String, organisationId: String?, gridCode: String, address: String, licence: String, createdAt: Date
        init(_ v: Venue) {
            (id, name, kind, organisationId, gridCode, address, licence, createdAt) = (v.id, v.name, v.kind.rawValue, v.organisationId, v.gridCode, v.address, v.licence, v.createdAt)
        }
    }
    struct InspectionItem: Encodable, Sendable {
        let id: String, inspectedOn: String, findings: String, violations: [String], minors: Int
        init(_ i: Inspection) { (id, inspectedOn, findings, violations, minors) = (i.id, i.inspectedOn.description, i.findings, i.violations.map(\.rawValue), i.minors) }
    }
    struct ProposalItem: Encodable, Sendable {
        let id: String, inspectionId: String, rule: String, measure: String, status: String, decisionNote: String?
        init(_ p: VenueProposal) { (id, inspectionId, rule, measure, status, decisionNote) = (p.id, p.inspectionId, p.ruleId, p.measure.rawValue, p.status.rawValue, p.decisionNote) }
    }
    struct Inspected: Encodable, Sendable { let inspection: InspectionItem, proposals: [ProposalItem] }
    struct VenueDetail: Encodable, Sendable { let venue: VenueItem, inspections: [InspectionItem], proposals: [ProposalItem] }
    struct AgreementItem: Encodable, Sendable {
        struct Record: Encodable, Sendable { let kind: String, on: String, findings: String, passed: Bool }
        let id: String, organisationId: String, gridCode: String, year: Int, signedOn: String, signatory: String, terms: String, records: [Record]
        init(_ a: SafetyAgreement) {
            (id, organisationId, gridCode, year, signedOn, signatory, terms) = (a.id, a.organisationId, a.gridCode, a.year, a.signedOn.description, a.signatory, a.terms)
            records = a.records.map { Record(kind: $0.kind.rawValue, on: $0.on.description, findings: $0.findings, passed: $0.passed) }
        }
    }

    struct NewVenue: Decodable { let name: String; let kind: String; let organisationId: String?; let gridCode: String; let address: String; let licence: String? }
    struct NewInspection: Decodable { let inspectedOn: String?; let findings: String; let violations: [String]?; let minors: Int? }
    struct Decision: Decodable { let proposalId: String; let accept: Bool; let note: String }
    struct NewAgreement: Decodable { let organisationId: String; let gridCode: String; let year: Int; let signedOn: String; let signatory: String; let terms: String }
    struct NewRecord: Decodable { let kind: String; let on: String; let findings: String; let passed: Bool }

    static func detail(_ v: Venue, service: VenueService) async throws -> VenueDetail {
        VenueDetail(venue: VenueItem(v), inspections: try await service.inspections(of: v).map(InspectionItem.init),
                    proposals: try await service.proposals(of: v).map(ProposalItem.init))
    }

    public static func register(on routes: SecureRoutes, service: VenueService) {
        routes.get("/api/v1/venues", .permitted(.viewSafety)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.list(by: context, kind: request.uri.queryParameters.get("kind"), paging: paging)
            return try Response.json(ListPage(items: items.map(VenueItem.init), total: total, paging: paging))
        }
        routes.post("/api/v1/venues", .permitted(.keepSafetyRecords)) { request, context in
            let b = try await request.decodeJSON(NewVenue.self, limit: 16 << 10)
            let v = try await service.add(name: b.name, kind: b.kind, organisationId: b.organisationId, gridCode: b.gridCode, address: b.address,
                                          licence: b.licence ?? "", by: context)
            return try Response.json(VenueItem(v), status: .created)
        }
        routes.get("/api/v1/venues/{venue}", .permitted(.viewSafety)) { _, context in
            let v = try await service.find(try context.parameters.require("venue"), by: context)
            return try Response.json(try await detail(v, service: service))
        }
        routes.post("/api/v1/venues/{venue}/inspections", .permitted(.keepSafetyRecords)) { request, context in
            let v = try await service.find(try context.parameters.require("venue"), by: context)
            let b = try await request.decodeJSON(NewInspection.self, limit: 16 << 10)
            let (inspection, proposals) = try await service.inspect(v, on: b.inspectedOn, findings: b.findings, violations: b.violations ?? [], minors: b.minors ?? 0, by: context)
            return try Response.json(Inspected(inspection: InspectionItem(inspection), proposals: proposals.map(ProposalItem.init)), status: .created)
        }
        routes.post("/api/v1/venues/{venue}/decisions", .permitted(.decideVenueMeasures)) { request, context in
            let v = try await service.find(try context.parameters.require("venue"), by: context)
            let b = try await request.decodeJSON(Decision.self, limit: 8 << 10)
            try await service.decide(proposal: b.proposalId, on: v, accepted: b.accept, note: b.note, by: context)
            return try Response.json(try await detail(v, service: service))
        }
        routes.get("/api/v1/safety-agreements", .permitted(.viewSafety)) { request, context in
            let paging = try Paging(request)
            let year = try request.uri.queryParameters.get("year").map { text -> Int in
                guard let y = Int(text), (2000...2100).contains(y) else { throw AppError.invalid("agreement_error_date") }
                return y
            }
            let (items, total) = try await service.agreements(by: context, year: year, paging: paging)
            return try Response.json(ListPage(items: items.map(AgreementItem.init), total: total, paging: paging))
        }
        routes.post("/api/v1/safety-agreements", .permitted(.keepSafetyRecords)) { request, context in
            let b = try await request.decodeJSON(NewAgreement.self, limit: 64 << 10)
            let a = try await service.sign(organisationId: b.organisationId, gridCode: b.gridCode, year: b.year, signedOn: b.signedOn, signatory: b.signatory,
                                           terms: b.terms, by: context)
            return try Response.json(AgreementItem(a), status: .created)
        }
        routes.post("/api/v1/safety-agreements/{agreement}/records", .permitted(.keepSafetyRecords)) { request, context in
            let a = try await service.agreement(try context.parameters.require("agreement"), by: context)
            let b = try await request.decodeJSON(NewRecord.self, limit: 16 << 10)
            return try Response.json(AgreementItem(try await service.record(b.kind, on: b.on, findings: b.findings, passed: b.passed, to: a, by: context)), status: .created)
        }
    }
}
