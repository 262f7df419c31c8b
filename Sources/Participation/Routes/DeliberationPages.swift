import Foundation
import Hummingbird
import Kernel

/// Staff pages of proposals (review, window entry, to a ballot) and of the council (members,
/// meetings, motions) and the plan's signatures.
enum DeliberationPages {
    static func register(on routes: SecureRoutes, services: ParticipationServices) {
        let proposals = services.proposals, council = services.council
        routes.get(ParticipationPath.proposals.path, .permitted(.viewJurisdiction)) { request, context in
            try await proposalList([:], error: nil, services: services, request: request, context: context)
        }
        routes.post(ParticipationPath.proposals.path, .permitted(.runBallots)) { request, context in
            let form = try await context.form(request, limit: 16 << 10)
            var values: [String: String] = [:]
            for name in ["unit_code", "title", "body", "proposer_name", "proposer_phone"] { values[name] = form[name] }
            return try await PageStep.run(redirectTo: ParticipationPath.proposals.path, {
                _ = try await proposals.enter(unitCode: values["unit_code"] ?? "", title: values["title"] ?? "", body: values["body"] ?? "",
                                              name: values["proposer_name"] ?? "", phone: values["proposer_phone"] ?? "", by: context)
            }) { error in try await proposalList(values, error: error, services: services, request: request, context: context) }
        }
        routes.post(ParticipationPath.pattern(ParticipationPath.proposalReview, "proposal"), .permitted(.runBallots)) { request, context in
            let p = try await proposals.find(try context.parameters.require("proposal"), by: context)
            let form = try await context.form(request, limit: 4 << 10)
            return try await PageStep.run(redirectTo: ParticipationPath.proposals.path, {
                _ = try await proposals.review(p, status: form["status"] ?? "", group: form["group_label"], note: form["note"] ?? "", by: context)
            }) { error in try await proposalList([:], error: error, services: services, request: request, context: context) }
        }
        routes.post(ParticipationPath.proposalBallot.path, .permitted(.runBallots)) { request, context in
            let form = try await context.form(request, limit: 16 << 10)
            do {
                guard let opens = Day(form["opens_on"] ?? ""), let closes = Day(form["closes_on"] ?? "") else { throw AppError.invalid("ballot_error_times") }
                let b = try await proposals.toBallot(form.all("proposal_id"), unitCode: form["unit_code"] ?? "", title: form["title"] ?? "", opensAt: opens.startDate,
                                                     closesAt: closes.endDate, rule: form["rule"] ?? "", by: context)
                return Response.redirect(to: BallotPath.ballot(b.id).path, type: .normal)
            } catch let error as AppError where [.unprocessableContent, .conflict].contains(error.status) && error != .csrf {
                return try await proposalList([:], error: error, services: services, request: request, context: context)
            }
        }
        routes.get(ParticipationPath.council.path, .permitted(.viewJurisdiction)) { request, context in
            try await councilPage(error: nil, services: services, request: request, context: context)
        }
        routes.post(ParticipationPath.councilMembers.path, .permitted(.keepCouncilRecords)) { request, context in
            let form = try await context.form(request, limit: 4 << 10)
            return try await PageStep.run(redirectTo: ParticipationPath.council.path, {
                _ = try await council.addMember(unitCode: form["unit_code"] ?? "", name: form["name"] ?? "", post: form["post"] ?? "",
                                                since: try RequestDay.parse(form["since"], field: "since"), by: context)
            }) { error in try await councilPage(error: error, services: services, request: request, context: context) }
        }
        routes.post(ParticipationPath.council.path, .permitted(.keepCouncilRecords)) { request, context in
            let form = try await context.form(request, limit: 64 << 10)
            do {
                let r = try await council.recordMeeting(unitCode: form["unit_code"] ?? "", heldOn: try RequestDay.parse(form["held_on"], field: "held_on"),
                                                        topic: form["topic"] ?? "", minutes: form["minutes"] ?? "", attendees: Array(form.all("attendee").prefix(500)),
                                                        by: context)
                return Response.redirect(to: ParticipationPath.meeting(r.meeting.id).path, type: .normal)
            } catch let error as AppError where error.status == .unprocessableContent && error != .csrf {
                return try await councilPage(error: error, services: services, request: request, context: context)
            }
        }
        routes.get(ParticipationPath.pattern(ParticipationPath.meeting, "meeting"), .permitted(.viewJurisdiction)) { request, context in
            let r = try await council.meeting(try context.parameters.require("meeting"), by: context)
            return try await meetingPage(r, error: nil, services: services, request: request, context: context)
        }
        routes.post(ParticipationPath.pattern(ParticipationPath.meetingMotions, "meeting"), .permitted(.keepCouncilRecords)) { request, context in
            let r = try await council.meeting(try context.parameters.require("meeting"), by: context)
            let form = try await context.form(request, limit: 4 << 10)
            return try await PageStep.run(redirectTo: ParticipationPath.meeting(r.meeting.id).path, {
                let votes = try ["yes", "no", "abstain"].map { try FormNumber.parse(form[$0], field: $0, range: 0...10_000, errorKey: "council_error_votes") }
                _ = try await council.vote(r, title: form["title"] ?? "", yes: votes[0], no: votes[1], abstain: votes[2], projectId: form["project_id"], by: context)
            }) { error in try await meetingPage(r, error: error, services: services, request: request, context: context) }
        }
        routes.post(ParticipationPath.pattern(ParticipationPath.projectSignatures), .permitted(.keepCouncilRecords)) { request, context in
            let p = try await services.projects.find(try context.parameters.require("project"), by: context)
            let form = try await context.form(request, limit: 2 << 10)
            return try await PageStep.run(redirectTo: ParticipationPath.project(p.id).path, {
                _ = try await council.sign(p, memberId: form["member_id"] ?? "", on: try RequestDay.parse(form["signed_on"], field: "signed_on"), by: context)
            }) { error in try await ProjectPages.detail(p, error: error, services: services, request: request, context: context) }
        }
    }

    static func proposalList(_ values: [String: String], error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let paging = try Paging(page: request)
        let status = try request.queryEnum("status", Proposal.Status.self, invalidKey: "proposal_error_status")
        let (items, total) = try await services.proposals.list(by: context, status: status, paging: paging)
        let model = ProposalsPage(items, total: total, status: status, pager: paging.pagerLinks(keeping: [("status", status?.rawValue)], total: total), values: values,
                                  viewer: context.staff, error: error, views: services.views, locale: context.locale)
        return try services.views.page("proposals", titleKey: "proposal_list_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func councilPage(error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        let paging = try Paging(page: request)
        let (meetings, total) = try await services.council.meetings(by: context, paging: paging)
        let model = CouncilPage(members: try await services.council.members(by: context), meetings: meetings, pager: paging.pagerLinks(keeping: [], total: total),
                                viewer: context.staff, error: error, settings: try await services.projects.settings(), today: services.council.today,
                                views: services.views, locale: context.locale)
        return try services.views.page("council", titleKey: "council_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    static func meetingPage(_ r: MeetingRecord, error: AppError?, services: ParticipationServices, request: Request, context: StaffContext) async throws -> Response {
        try services.views.page("council_meeting", titleKey: "council_meeting_title", titleArgs: [r.meeting.topic],
                                model: MeetingPage(r, viewer: context.staff, error: error, views: services.views, locale: context.locale), request: request,
                                context: context, status: error?.status ?? .ok)
    }
}
