import Foundation
import Kernel

/// The national definitions of the levels are qualitative, so each county sets thresholds.
/// A rule fires when its metric reaches its threshold; the level is the highest one a rule
/// fires for, low when none does ("most residents understand and support").
public struct LevelRule: Sendable, Equatable, Codable {
    public enum Metric: String, Sendable, Codable, CaseIterable {
        /// Share of visited households strongly objecting (0–1).
        case stronglyObjectShare = "strongly_object_share"
        /// Share of visited households objecting or strongly objecting (0–1).
        case objectingShare = "objecting_share"
        /// The worst point of the risk register, likelihood × impact (1–25).
        case worstRiskScore = "worst_risk_score"

        public var labelKey: String { "decision_metric_\(rawValue)" }
        var isShare: Bool { self != .worstRiskScore }
    }

    public var level: AssessedLevel
    public var metric: Metric
    public var threshold: Double

    public init(_ level: AssessedLevel, _ metric: Metric, _ threshold: Double) {
        self.level = level
        self.metric = metric
        self.threshold = threshold
    }
}

/// The county's assessment settings: level rules, index weights, the visit rate needed.
public struct AssessmentSettings: Sendable, Equatable, Codable {
    public var rules: [LevelRule]
    /// Weights of public acceptance, social benefit, economic benefit and (inverted) social risk.
    public var weights: [Double]
    /// Households visited ÷ affected households needed before the assessment may conclude.
    public var minimumVisitRate: Double
    /// Days a hearing is announced before it is held, with its participants published.
    public var hearingNoticeDays: Int

    public init(rules: [LevelRule], weights: [Double], minimumVisitRate: Double, hearingNoticeDays: Int = 10) {
        self.rules = rules
        self.weights = weights
        self.minimumVisitRate = minimumVisitRate
        self.hearingNoticeDays = hearingNoticeDays
    }

    enum CodingKeys: String, CodingKey { case rules, weights, minimumVisitRate, hearingNoticeDays }

    /// Settings saved before the hearing notice existed read with its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rules: try c.decode([LevelRule].self, forKey: .rules), weights: try c.decode([Double].self, forKey: .weights),
                  minimumVisitRate: try c.decode(Double.self, forKey: .minimumVisitRate),
                  hearingNoticeDays: try c.decodeIfPresent(Int.self, forKey: .hearingNoticeDays) ?? 10)
    }

    /// Shipped defaults: high when a fifth strongly object or a risk point scores 20 or more;
    /// medium when one in twenty strongly objects, three in ten object, or a point scores 12.
    public static let defaults = AssessmentSettings(
        rules: [LevelRule(.high, .stronglyObjectShare, 0.20), LevelRule(.high, .worstRiskScore, 20),
                LevelRule(.medium, .stronglyObjectShare, 0.05), LevelRule(.medium, .objectingShare, 0.30), LevelRule(.medium, .worstRiskScore, 12)],
        weights: [0.4, 0.2, 0.2, 0.2], minimumVisitRate: 0.9)

    /// Refuses settings that cannot work: shares beyond 0–1, scores beyond 1–25, weights not summing to 1.
    public func validated() throws -> AssessmentSettings {
        guard !rules.isEmpty, rules.count <= 50, rules.allSatisfy({ $0.level != .low }) else { throw AppError.invalid("decision_error_settings_rules") }
        for rule in rules {
            let range: ClosedRange<Double> = rule.metric.isShare ? 0...1 : 1...25
            guard rule.threshold.isFinite, range.contains(rule.threshold) else { throw AppError.invalid("decision_error_settings_threshold", [rule.metric.rawValue]) }
        }
        guard weights.count == 4, weights.allSatisfy({ $0.isFinite && $0 >= 0 && $0 <= 1 }), abs(weights.reduce(0, +) - 1) < 0.001 else {
            throw AppError.invalid("decision_error_settings_weights")
        }
        guard minimumVisitRate.isFinite, (0...1).contains(minimumVisitRate) else { throw AppError.invalid("decision_error_settings_visit_rate") }
        guard (1...90).contains(hearingNoticeDays) else { throw AppError.invalid("decision_error_settings_notice_days") }
        return self
    }
}

/// What the visits, surveys and the risk register say, and the level and indices that follow.
public struct AssessmentFigures: Sendable, Equatable {
    public let affectedHouseholds: Int
    public let visited: Int
    /// Every attitude heard: each household visited and each survey respondent who answered.
    public let attitudes: [Attitude: Int]
    public let worstRiskScore: Int?
    /// Visited ÷ affected; nil while no household is known to be affected.
    public var visitRate: Double? { affectedHouseholds > 0 ? min(1, Double(visited) / Double(affectedHouseholds)) : nil }
    /// Households visited and survey respondents who gave their attitude.
    public var respondents: Int { attitudes.values.reduce(0, +) }

    public init(affectedHouseholds: Int, visits: [Attitude], risks: [RiskPoint], surveyed: [Attitude: Int] = [:]) {
        self.init(affectedHouseholds: affectedHouseholds, visited: Dictionary(visits.map { ($0, 1) }, uniquingKeysWith: +), risks: risks, surveyed: surveyed)
    }

    /// From the visits counted by attitude (a city's renovation visits tens of thousands of households).
    public init(affectedHouseholds: Int, visited: [Attitude: Int], risks: [RiskPoint], surveyed: [Attitude: Int] = [:]) {
        self.affectedHouseholds = affectedHouseholds
        self.visited = visited.values.reduce(0, +)
        attitudes = visited.merging(surveyed, uniquingKeysWith: +)
        worstRiskScore = risks.filter { $0.status != .closed }.map(\.score).max()
    }

    public func share(_ attitudes: Set<Attitude>) -> Double? {
        respondents > 0 ? Double(attitudes.reduce(0) { $0 + (self.attitudes[$1] ?? 0) }) / Double(respondents) : nil
    }

    public func value(of metric: LevelRule.Metric) -> Double? {
        switch metric {
        case .stronglyObjectShare: share([.stronglyObject])
        case .objectingShare: share([.object, .stronglyObject])
        case .worstRiskScore: worstRiskScore.map(Double.init)
        }
    }

    /// Public acceptance 0–100 from visits and surveys: support 100, neutral 60, object 20, strongly object 0.
    public var acceptanceIndex: Double? {
        respondents > 0 ? attitudes.reduce(0.0) { $0 + $1.key.acceptance * Double($1.value) } / Double(respondents) : nil
    }
}

/// The four indices [003] and their weighted composite.
public struct AssessmentIndices: Sendable, Equatable, Codable {
    public let publicAcceptance: Double?
    public let socialBenefit: Int?
    public let economicBenefit: Int?
    public let socialRisk: Int?
    /// Weighted: acceptance, benefits and (100 − social risk); nil until every index is there.
    public let composite: Double?
}

public enum AssessmentRules {
    /// The level the figures call for under `rules`, and the rule that set it (nil: none fired, low).
    public static func level(_ figures: AssessmentFigures, rules: [LevelRule]) -> (level: AssessedLevel, rule: LevelRule?, value: Double?) {
        for level in [AssessedLevel.high, .medium] {
            for rule in rules where rule.level == level {
                if let value = figures.value(of: rule.metric), value >= rule.threshold { return (level, rule, value) }
            }
        }
        return (.low, nil, nil)
    }

    public static func indices(_ figures: AssessmentFigures, scores: AssessorScores?, weights: [Double]) -> AssessmentIndices {
        let acceptance = figures.acceptanceIndex.map { ($0 * 10).rounded() / 10 }
        var composite: Double?
        if let acceptance, let scores, weights.count == 4 {
            let parts = [acceptance, Double(scores.socialBenefit), Double(scores.economicBenefit), Double(100 - scores.socialRisk)]
            composite = (zip(parts, weights).reduce(0) { $0 + $1.0 * $1.1 } * 10).rounded() / 10
        }
        return AssessmentIndices(publicAcceptance: acceptance, socialBenefit: scores?.socialBenefit, economicBenefit: scores?.economicBenefit,
                                 socialRisk: scores?.socialRisk, composite: composite)
    }

    /// The rule as the assessment records it: `metric>=threshold:value`, or `none` for low.
    public static func ruleText(_ rule: LevelRule?, value: Double?) -> String {
        guard let rule, let value else { return "none" }
        return "\(rule.metric.rawValue)>=\(format(rule.threshold)):\(format(value))"
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.3f", value)
    }
}
