import Foundation
import Hummingbird
import Kernel

/// `/api/v1/residence-permits`: issue, renew, cancel, and the list due for renewal.
public enum PermitAPI {
    struct Item: Encodable, Sendable {
        let id: String, residentId: String, gridCode: String, basis: String, issuedOn: String, expiresOn: String, status: String
        let cancelledOn: String?, cancelReason: String?

        init(_ p: ResidencePermit) {
            id = p.id
            residentId = p.residentId
            gridCode = p.gridCode
            basis = p.basis.rawValue
            issuedOn = p.issuedOn.description
            expiresOn = p.expiresOn.description
            status = p.status.rawValue
            cancelledOn = p.cancelledOn?.description
            cancelReason = p.cancelReason
        }
    }

    struct Issue: Decodable { let residentId: String; let basis: String; let arrivedOn: String? }
    struct Cancel: Decodable { let reason: String }

    public static func register(on routes: SecureRoutes, service: PermitService) {
        routes.get("/api/v1/residence-permits/due", .permitted(.viewResidents)) { request, context in
            let paging = try Paging(request)
            let (items, total) = try await service.due(context, paging: paging)
            return try Response.json(ListPage(items: items.map(Item.init), total: total, paging: paging))
        }
        routes.post("/api/v1/residence-permits", .permitted(.manageResidents)) { request, context in
            let body = try await request.decodeJSON(Issue.self, limit: 4 << 10)
            guard let basis = PermitBasis(rawValue: body.basis) else { throw AppError.invalid("permit_error_basis") }
            var arrived: Day?
            if let text = body.arrivedOn {
                guard let day = Day(text) else { throw AppError.invalid("resident_error_date", [text]) }
                arrived = day
            }
            let permit = try await service.issue(residentId: body.residentId, basis: basis, arrivedOn: arrived, by: context)
            return try Response.json(Item(permit), status: .created)
        }
        routes.post("/api/v1/residence-permits/{permit}/renew", .permitted(.manageResidents)) { _, context in
            try Response.json(Item(try await service.renew(permitId: try context.parameters.require("permit"), by: context)))
        }
        routes.post("/api/v1/residence-permits/{permit}/cancel", .permitted(.manageResidents)) { request, context in
            let permitId = try context.parameters.require("permit")
            try await service.requireVisible(permitId, by: context)
            let body = try await request.decodeJSON(Cancel.self, limit: 4 << 10)
            return try Response.json(Item(try await service.cancel(permitId: permitId, reason: body.reason, by: context)))
        }
    }
}
