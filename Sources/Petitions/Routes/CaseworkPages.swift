import Foundation
import Hummingbird
import Kernel

/// The petition page's backlog section (five ones, meetings, judicial aid) and its forms, and the
/// reception-day rota page.
public enum CaseworkPages {
    public static func register(on routes: SecureRoutes, service: PetitionService, casework: Casework, clock: any AppClock, views: ViewRenderer) {
        // Each backlog form posts here; a refusal shows on the petition page, anything else goes back to it.
        func act(_ path: @escaping (String) -> PetitionPath, _ access: Permission, _ perform: @escaping @Sendable (Petition, FormData, StaffContext) async throws -> Void) {
            routes.post(PetitionPath.pattern(path), .permitted(access)) { request, context in
                let petition = try await service.find(try context.parameters.require("petition"), by: context)
                let form = try await context.form(request, limit: 64 << 10)
                do {
                    try await perform(petition, form, context)
                    return Response.redirect(to: PetitionPath.petition(petition.id).path, type: .normal)
                } catch let error as AppError where [.unprocessableContent, .conflict, .forbidden].contains(error.status) && error != .csrf {
                    return try await PetitionPages.detail(petition, error: error, service: service, casework: casework, clock: clock, views: views,
                                                          request: request, context: context)
                }
            }
        }
        @Sendable func backlog(_ petition: Petition) async throws -> BacklogCase {
            guard let backlog = try await casework.backlog(of: petition) else { throw AppError.conflict("backlog_error_missing") }
            return backlog
        }
        act(PetitionPath.backlog, .handlePetitions) { petition, form, context in
            _ = try await casework.openBacklog(petition, leader: form["leader"] ?? "", team: form["team"] ?? "", plan: form["plan"] ?? "",
                                               owner: form["owner"] ?? "", by: context)
        }
        act(PetitionPath.meetings, .handlePetitions) { petition, form, context in
            let kind = try parseChoice(form["kind"], BacklogMeeting.Kind.self, invalidKey: "backlog_error_meeting_kind") ?? .consultation
            _ = try await casework.addMeeting(to: try await backlog(petition), kind: kind, heldOn: form["held_on"] ?? "", attendees: form["attendees"] ?? "",
                                              minutes: form["minutes"] ?? "", decisions: form["decisions"] ?? "", by: context)
        }
        act(PetitionPath.aid, .handlePetitions) { petition, form, context in
            _ = try await casework.requestAid(for: try await backlog(petition), amountFen: try Self.fen(form["amount"]), reason: form["reason"] ?? "",
                                              by: context)
        }
        act(PetitionPath.aidDecision, .approveAid) { petition, form, context in
            // Only this petition's grants are decided from its page.
            guard let grant = form["grant"]?.nilIfBlank, try await casework.ledger(by: context, caseId: try await backlog(petition).id).grants
                .contains(where: { $0.id == grant }) else { throw AppError.invalid("aid_error_grant") }
            _ = try await casework.decideAid(grant, approve: form["approve"] == "1", note: form["note"] ?? "", by: context)
        }
        act(PetitionPath.resolve, .handlePetitions) { petition, form, context in
            try await casework.resolve(try await backlog(petition), resolution: form["resolution"] ?? "", by: context)
        }
        routes.get(PetitionPath.rota.path, .permitted(.viewPetitions)) { request, context in
            try await rota(error: nil, casework: casework, views: views, request: request, context: context)
        }
        routes.post(PetitionPath.rota.path, .permitted(.handlePetitions)) { request, context in
            let form = try await context.form(request, limit: 16 << 10)
            do {
                _ = try await casework.schedule(leaderName: form["leader_name"] ?? "", leaderTitle: form["leader_title"] ?? "", day: form["day"] ?? "",
                                                hours: form["hours"] ?? "", place: form["place"] ?? "",
                                                unitCode: form["unit_code"]?.nilIfBlank ?? context.staff.unitCode, by: context)
                return Response.redirect(to: PetitionPath.rota.path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent {
                return try await rota(error: error, casework: casework, views: views, request: request, context: context)
            }
        }
    }

    /// "2,000.50" yuan as fen; refused unless a plain amount with at most two decimals.
    static func fen(_ text: String?) throws -> Int {
        let parts = (text ?? "").trimmed.replacingOccurrences(of: ",", with: "").split(separator: ".", omittingEmptySubsequences: false)
        // Bounded before the arithmetic: a 19-digit yuan amount once overflowed `yuan * 100`.
        guard (1...2).contains(parts.count), let yuan = Int(parts[0]), (0...1_000_000_000).contains(yuan), parts.count == 1 || (1...2).contains(parts[1].count),
              let cents = parts.count == 2 ? Int(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0)) : 0
        else { throw AppError.invalid("aid_error_amount") }
        return yuan * 100 + cents
    }

    static func yuan(_ fen: Int) -> String { String(format: "%d.%02d", fen / 100, fen % 100) }

    /// The backlog section of a petition's page.
    static func section(_ p: Petition, casework: Casework, context: StaffContext, views: ViewRenderer) async throws -> BacklogSection {
        guard let backlog = try await casework.backlog(of: p) else { return BacklogSection(canOpen: context.staff.can(.handlePetitions) && p.status != .concluded) }
        let ledger = try await casework.ledger(by: context, caseId: backlog.id)
        return BacklogSection(backlog, meetings: try await casework.meetings(of: backlog), grants: ledger.grants, approvedFen: ledger.approvedFen,
                              viewer: context.staff, views: views, locale: context.locale)
    }

    static func rota(error: AppError?, casework: Casework, views: ViewRenderer, request: Request, context: StaffContext) async throws -> Response {
        let model = RotaPage(try await casework.rota(by: context), viewer: context.staff, error: error, views: views, locale: context.locale)
        return try views.page("petition_rota", titleKey: "reception_rota_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }
}
