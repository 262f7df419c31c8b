import Foundation
import Kernel

/// A step as the API's JSON or a page's form gives it; `action()` checks it and names what is wrong.
struct DecisionStepInput: Decodable {
    var action: String
    var text: String?
    var days: Int?
    var reason: String?
    var conclusion: String?
    var socialBenefit: Int?
    var economicBenefit: Int?
    var socialRisk: Int?
    var lawful: Bool?
    var heldOn: String?
    var attendees: String?
    var votesFor: Int?
    var votesAgainst: Int?
    var votesAbstain: Int?
    var chair: String?
    var chairReason: String?

    init(form: FormData) {
        func int(_ name: String) -> Int? { form[name].flatMap { Int($0.trimmed) } }
        action = form["action"] ?? ""
        text = form["text"]
        days = int("days")
        reason = form["reason"]
        conclusion = form["conclusion"]
        socialBenefit = int("social_benefit")
        economicBenefit = int("economic_benefit")
        socialRisk = int("social_risk")
        lawful = form["lawful"].map { $0 == "1" || $0 == "true" }
        heldOn = form["held_on"]
        attendees = form["attendees"]
        votesFor = int("votes_for")
        votesAgainst = int("votes_against")
        votesAbstain = int("votes_abstain")
        chair = form["chair"]
        chairReason = form["chair_reason"]
    }

    func scores() throws -> AssessorScores {
        guard let socialBenefit, let economicBenefit, let socialRisk else { throw AppError.invalid("decision_error_score") }
        return AssessorScores(socialBenefit: socialBenefit, economicBenefit: economicBenefit, socialRisk: socialRisk)
    }

    func conclusionValue() throws -> Conclusion {
        guard let value = try parseChoice(conclusion, Conclusion.self, invalidKey: "decision_error_conclusion") else {
            throw AppError.invalid("decision_error_conclusion", [conclusion ?? ""])
        }
        return value
    }

    func decisionAction() throws -> DecisionAction {
        let text = text ?? ""
        switch action {
        case "open_participation": return .openParticipation(days: days ?? DecisionClock.defaultCommentDays, reason: reason, text: text)
        case "close_participation": return .closeParticipation(text: text)
        case "close_argumentation": return .closeArgumentation(text: text)
        case "conclude": return .conclude(try conclusionValue(), try scores(), text: text)
        case "reassess": return .reassess(try conclusionValue(), try scores(), text: text)
        case "review_legality":
            guard let lawful else { throw AppError.invalid("decision_error_lawful") }
            return .reviewLegality(lawful: lawful, text: text)
        case "decide":
            guard let day = heldOn.flatMap({ Day($0.trimmed) }) else { throw AppError.invalid("decision_error_meeting_date") }
            guard let chair = try parseChoice(chair, ChairDecision.self, invalidKey: "decision_error_chair") else { throw AppError.invalid("decision_error_chair") }
            return .decide(Meeting(heldOn: day, attendees: attendees ?? "", minutes: text, votesFor: votesFor ?? 0, votesAgainst: votesAgainst ?? 0,
                                   votesAbstain: votesAbstain ?? 0, chair: chair, chairReason: chairReason?.trimmed.nilIfBlank))
        case "publish": return .publish(text: text)
        case "follow_up": return .followUp(text: text)
        default: throw AppError.invalid("decision_error_action", [action])
        }
    }
}
