import Foundation
import Hummingbird
import Kernel

/// One decision's page, its printable report and the settings page.
extension DecisionPages {
    /// The fields every page about one decision shows.
    static func fields(_ d: Decision, now: Date, views: ViewRenderer, locale: AppLocale) -> [String: Any] {
        var f: [String: Any] = [
            "id": d.id, "number": d.number, "title": d.title, "kind": views.t(d.kind.labelKey, locale), "summary": d.summary, "unit_code": d.unitCode,
            "grids": d.grids.joined(separator: "、"), "estimated_households": String(d.estimatedHouseholds), "leader": d.leader, "assessor": d.assessor,
            "stage": views.t(d.stage.labelKey, locale), "stage_value": d.stage.rawValue, "proposed_at": TimeLeft.clock(d.createdAt),
            "comment_days": d.commentDays.map(String.init) ?? "", "short_reason": d.shortPeriodReason ?? "",
            "comments_end": d.commentsEndAt.map(TimeLeft.clock) ?? "", "conclusion": d.conclusion.map { views.t($0.labelKey, locale) } ?? "",
            "level": d.level.map { views.t($0.labelKey, locale) } ?? "", "level_value": d.level?.rawValue ?? "",
            "level_rule": d.level == nil ? "" : ruleText(d.levelRule, views: views, locale: locale), "round": String(d.assessmentRound),
            "lawful": d.lawful.map { views.t($0 ? "decision_lawful_yes" : "decision_lawful_no", locale) } ?? "",
            "decided_at": d.decidedAt.map(TimeLeft.clock) ?? "", "published_at": d.publishedAt.map(TimeLeft.clock) ?? "",
            "urls": DecisionPath.urls(d.id),
        ]
        if let m = d.meeting {
            f["meeting"] = ["held_on": m.heldOn.description, "attendees": m.attendees, "minutes": m.minutes,
                            "votes": views.t("decision_votes_text", locale, [String(m.votesFor), String(m.votesAgainst), String(m.votesAbstain)]),
                            "chair": views.t(m.chair.labelKey, locale), "chair_reason": m.chairReason ?? ""] as [String: Any]
        }
        return f.merging(clock(d, now: now, views: views, locale: locale)) { $1 }
    }

    /// The assessment's figures as the pages show them.
    static func assessmentRows(_ a: DecisionService.Assessment, views: ViewRenderer, locale: AppLocale) -> [String: Any] {
        let i = a.indices
        func index(_ x: Double?) -> String { x.map { String(format: "%.1f", $0) } ?? "—" }
        return [
            "visit_rate": percent(a.figures.visitRate), "visited": String(a.figures.visited), "affected": String(a.figures.affectedHouseholds),
            "minimum_rate": percent(a.settings.minimumVisitRate),
            "attitudes": Attitude.allCases.map { ["label": views.t($0.labelKey, locale), "count": String(a.figures.attitudes[$0] ?? 0)] },
            "acceptance": index(i.publicAcceptance), "social_benefit": i.socialBenefit.map(String.init) ?? "—",
            "economic_benefit": i.economicBenefit.map(String.init) ?? "—", "social_risk": i.socialRisk.map(String.init) ?? "—",
            "composite": index(i.composite), "level": views.t(a.level.labelKey, locale), "level_value": a.level.rawValue,
            "level_rule": ruleText(a.levelRule, views: views, locale: locale), "provisional": a.provisional,
            "worst_risk": a.figures.worstRiskScore.map(String.init) ?? "—",
        ]
    }

    static func detail(_ d: Decision, error: AppError?, services: RiskAssessmentServices, request: Request, context: StaffContext) async throws -> Response {
        let service = services.decisions, views = services.views, locale = context.locale, staff = context.staff, now = services.clock.now()
        let assessment = try await service.assessment(of: d, by: context)
        let comments = try await service.comments(of: d), drawn = try await service.drawn(for: d)
        let notices = try await service.notices(of: d)
        let sessions = try await service.sessions(of: d), surveys = try await service.surveys(of: d), links = try await service.links(of: d)
        let today = Day(date: now)
        let history = views.historyRows(try await service.events(of: d), action: { views.t("decision_step_\($0)", locale) },
                                        status: { DecisionStage(rawValue: $0).map { views.t($0.labelKey, locale) } ?? $0 })
        let offered = DecisionService.offeredSteps(d, to: staff)
        let runs = staff.can(.runDecisions) && d.stage.isOpen
        let refusals = Set(assessment.refusals)
        var data: [String: Any] = [
            "d": fields(d, now: now, views: views, locale: locale),
            "a": assessmentRows(assessment, views: views, locale: locale),
            "gate": DecisionGate.Refusal.allCases.map { ["label": views.t($0.checkKey, locale), "ok": !refusals.contains($0), "code": $0.rawValue] },
            "gate_open": d.stage.isOpen, "gate_passes": refusals.isEmpty,
            "steps": offered.map { name -> [String: Any] in
                // The step_form partial posts `step` as the action to `url`.
                ["name": name, "step": name, "url": DecisionPath.step(d.id).path, "label": views.t("decision_step_\(name)", locale), "text_label": views.t("decision_text_\(name)", locale),
                 "needs_days": name == "open_participation", "needs_scores": ["conclude", "reassess"].contains(name),
                 "needs_lawful": name == "review_legality", "needs_meeting": name == "decide",
                 "conclusions": (name == "reassess" ? AssessedLevel.low.conclusions : Conclusion.allCases).map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale)] }]
            },
            "has_steps": !offered.isEmpty,
            "chairs": ChairDecision.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale)] },
            "today": Day(date: now).description,
            "comments": comments.map { c -> [String: Any] in
                ["id": c.id, "author": c.author, "body": c.body, "at": TimeLeft.clock(c.createdAt), "answer": c.answer ?? "",
                 "may_answer": runs && c.answer == nil]
            },
            "experts": drawn.map { e -> [String: Any] in
                ["id": e.expert.id, "name": e.expert.name, "field": e.expert.field, "organisation": e.expert.organisation,
                 "conflict": e.conflict == true, "conflict_note": e.conflictNote ?? "", "opinion": e.opinion ?? "",
                 "pending": e.conflict == nil, "may_record": runs && e.conflict == nil]
            },
            "may_draw": runs && [.participation, .argumentation].contains(d.stage),
            "risks": assessment.risks.map { r -> [String: Any] in
                ["id": r.id, "title": r.title, "likelihood": String(r.likelihood), "impact": String(r.impact), "score": String(r.score),
                 "mitigation": r.mitigation, "owner": r.owner, "status": views.t(r.status.labelKey, locale), "status_value": r.status.rawValue,
                 "likelihoods": (1...5).map { ["value": String($0), "selected": $0 == r.likelihood] },
                 "impacts": (1...5).map { ["value": String($0), "selected": $0 == r.impact] },
                 "statuses": RiskPoint.Status.allCases.map { s in ["value": s.rawValue, "label": views.t(s.labelKey, locale), "selected": s == r.status] }]
            },
            "sessions": sessions.map { s -> [String: Any] in
                ["id": s.id, "kind": views.t(s.kind.labelKey, locale), "held_on": s.heldOn.description, "place": s.place, "participants": s.participants,
                 "attendance": s.attendance.map(String.init) ?? "", "summary": s.summary ?? "", "announced": s.announcedAt.map(TimeLeft.clock) ?? "",
                 "may_record": runs && !s.isRecorded && s.heldOn <= today]
            },
            "may_add_sessions": runs && [.proposed, .participation].contains(d.stage),
            "session_kinds": OpinionSession.Kind.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale)] },
            "surveys": surveys.map { s -> [String: Any] in
                ["title": s.title, "respondents": String(s.respondents), "questions": s.questions, "notes": s.notes,
                 "tally": Attitude.allCases.map { a in ["label": views.t(a.labelKey, locale), "count": String(s.tally[a] ?? 0)] }]
            },
            "may_add_surveys": runs && (d.concludedAt == nil || d.level == .medium),
            "attitude_fields": Attitude.allCases.map { ["name": "tally_\($0.rawValue)", "label": views.t($0.labelKey, locale)] },
            "links": links.map { ["type": views.t("decision_case_\($0.caseType)", locale), "number": $0.number, "at": TimeLeft.clock($0.linkedAt)] },
            "link_counts": service.linkCounts(links).sorted { $0.key < $1.key }.map { ["type": views.t("decision_case_\($0.key)", locale), "count": String($0.value)] },
            "case_types": service.linkCounts([]).keys.sorted().map { ["value": $0, "label": views.t("decision_case_\($0)", locale)] },
            "may_link": staff.can(.runDecisions),
            "may_edit_risks": runs, "may_visit": staff.can(.recordVisits) && d.stage.isOpen,
            "scores": (1...5).map(String.init),
            "events": try history.templateValues(), "history_id": "decision-events",
            "notices": try views.noticeRows(notices, locale: locale) { DecisionClock.Rule(rawValue: $0).map { views.t($0.labelKey, locale) } }.templateValues(),
            "has_notices": !notices.isEmpty, "notices_id": "decision-notices", "paths": DecisionPath.links,
        ]
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("decision", titleKey: "decision_title", titleArgs: [d.number], data: data, request: request, context: context,
                          status: error?.status ?? .ok)
    }

    /// The report 社会稳定风险评估报告 in its customary chapters.
    static func report(_ d: Decision, services: RiskAssessmentServices, request: Request, context: StaffContext) async throws -> Response {
        let service = services.decisions, views = services.views, locale = context.locale
        let assessment = try await service.assessment(of: d, by: context)
        let comments = try await service.comments(of: d), drawn = try await service.drawn(for: d)
        let visits = try await service.visits(of: d)
        let concerns = visits.filter { !$0.concerns.isEmpty }.map { ["attitude": views.t($0.attitude.labelKey, locale), "concerns": $0.concerns] }
        let data: [String: Any] = [
            "d": fields(d, now: services.clock.now(), views: views, locale: locale),
            "a": assessmentRows(assessment, views: views, locale: locale),
            "comments": comments.map { ["body": $0.body, "answer": $0.answer ?? views.t("decision_unanswered", locale)] },
            "opinions": drawn.filter(\.counts).map { ["name": $0.expert.name, "field": $0.expert.field, "opinion": $0.opinion ?? ""] },
            "concerns": concerns,
            "risks": assessment.risks.map { ["title": $0.title, "score": String($0.score), "mitigation": $0.mitigation, "owner": $0.owner,
                                             "status": views.t($0.status.labelKey, locale)] },
            "paths": DecisionPath.links,
        ]
        return views.page("decision_report", titleKey: "decision_report_title", titleArgs: [d.number], data: data, request: request, context: context)
    }

    static func settings(_ saved: AssessmentSettings?, error: AppError?, services: RiskAssessmentServices, request: Request, context: StaffContext) async throws -> Response {
        let views = services.views, locale = context.locale
        let current = try await services.decisions.settings()
        let rules = (0..<8).map { i -> [String: Any] in
            let rule = i < current.rules.count ? current.rules[i] : nil
            return ["i": String(i), "threshold": rule.map { AssessmentRules.format($0.threshold) } ?? "",
                    "levels": [AssessedLevel.high, .medium].map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale), "selected": $0 == rule?.level] },
                    "metrics": LevelRule.Metric.allCases.map { ["value": $0.rawValue, "label": views.t($0.labelKey, locale), "selected": $0 == rule?.metric] }]
        }
        var data: [String: Any] = [
            "rules": rules, "weights": current.weights.map { AssessmentRules.format($0) }.joined(separator: " "),
            "minimum_visit_rate": AssessmentRules.format(current.minimumVisitRate), "hearing_notice_days": String(current.hearingNoticeDays), "may_edit": context.staff.can(.configureAssessment),
            "saved": saved != nil, "paths": DecisionPath.links,
        ]
        if let error { data["error"] = views.t(error.messageKey, locale, error.args) }
        return views.page("decision_settings", titleKey: "decision_settings_title", data: data, request: request, context: context, status: error?.status ?? .ok)
    }
}

/// The settings form: up to eight rules (level, metric, threshold), four weights, the visit rate.
enum DecisionSettingsForm {
    static func settings(from form: FormData) throws -> AssessmentSettings {
        var rules: [LevelRule] = []
        for i in 0..<8 {
            guard let text = form["threshold_\(i)"]?.trimmed, !text.isEmpty else { continue }
            guard let threshold = Double(text), let level = AssessedLevel(rawValue: form["level_\(i)"] ?? ""),
                  let metric = LevelRule.Metric(rawValue: form["metric_\(i)"] ?? "") else { throw AppError.invalid("decision_error_settings_rules") }
            rules.append(LevelRule(level, metric, threshold))
        }
        let weights = (form["weights"] ?? "").split(whereSeparator: { " ,，".contains($0) }).compactMap { Double($0) }
        guard let rate = Double(form["minimum_visit_rate"]?.trimmed ?? "") else { throw AppError.invalid("decision_error_settings_visit_rate") }
        guard let notice = Int(form["hearing_notice_days"]?.trimmed ?? "") else { throw AppError.invalid("decision_error_settings_notice_days") }
        return AssessmentSettings(rules: rules, weights: weights, minimumVisitRate: rate, hearingNoticeDays: notice)
    }
}
