import Foundation
import Kernel

/// The county's numbers for projects, commitments and points, with the defaults of the rules
/// they come from; changed through `POST /api/v1/participation-settings`.
public struct ParticipationSettings: Codable, Sendable, Equatable {
    /// A project is reworked when fewer than `reworkNumerator / reworkDenominator` of the ratings
    /// are "satisfied" (满意率不达1/3的事项…必须进一步…确保落实 [001]).
    public var reworkNumerator = 1, reworkDenominator = 3
    /// A month's finances are disclosed by this day of the next month (财务收支每月公布).
    public var financeDueDay = 10
    /// A quarter's general matters are disclosed within these days after it ends (一般事项每季度公布).
    public var generalDueDays = 10
    /// A major matter is disclosed within these days of it happening (重大事项随时公布).
    public var majorDueDays = 2
    /// Commitments: promised by this day of January, progress by this day of July, result by 31 December.
    public var promiseByJanuaryDay = 31, progressByJulyDay = 31
    /// Points for one confirmed report, and for one hour of volunteering.
    public var pointsPerReport = 10, pointsPerVolunteerHour = 10
    /// A council meeting is quorate with this share of its members present (议事会: two thirds).
    public var councilQuorumNumerator = 2, councilQuorumDenominator = 3

    public init() {}

    /// Settings saved before a number existed read that number's default, never all defaults.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self), d = ParticipationSettings()
        func read(_ key: CodingKeys, _ fallback: Int) throws -> Int { try c.decodeIfPresent(Int.self, forKey: key) ?? fallback }
        reworkNumerator = try read(.reworkNumerator, d.reworkNumerator)
        reworkDenominator = try read(.reworkDenominator, d.reworkDenominator)
        financeDueDay = try read(.financeDueDay, d.financeDueDay)
        generalDueDays = try read(.generalDueDays, d.generalDueDays)
        majorDueDays = try read(.majorDueDays, d.majorDueDays)
        promiseByJanuaryDay = try read(.promiseByJanuaryDay, d.promiseByJanuaryDay)
        progressByJulyDay = try read(.progressByJulyDay, d.progressByJulyDay)
        pointsPerReport = try read(.pointsPerReport, d.pointsPerReport)
        pointsPerVolunteerHour = try read(.pointsPerVolunteerHour, d.pointsPerVolunteerHour)
        councilQuorumNumerator = try read(.councilQuorumNumerator, d.councilQuorumNumerator)
        councilQuorumDenominator = try read(.councilQuorumDenominator, d.councilQuorumDenominator)
    }

    /// These settings with some numbers changed (API names, snake_case); the rest keep their value.
    public func changing(_ changes: [String: Int]) throws -> ParticipationSettings {
        var values = try JSONDecoder().decode([String: Int].self, from: APIJSON.encoder.encode(self))
        for (key, value) in changes where values[key] != nil { values[key] = value }
        return try APIJSON.decoder.decode(ParticipationSettings.self, from: JSONEncoder().encode(values))
    }

    /// Refused when a number is outside what the rule could mean.
    public func validated() throws -> ParticipationSettings {
        guard (1...99).contains(reworkNumerator), (2...100).contains(reworkDenominator), reworkNumerator < reworkDenominator,
              (1...28).contains(financeDueDay), (0...60).contains(generalDueDays), (0...30).contains(majorDueDays),
              (1...31).contains(promiseByJanuaryDay), (1...31).contains(progressByJulyDay),
              (0...1_000).contains(pointsPerReport), (0...1_000).contains(pointsPerVolunteerHour),
              (1...99).contains(councilQuorumNumerator), (2...100).contains(councilQuorumDenominator), councilQuorumNumerator < councilQuorumDenominator else {
            throw AppError.invalid("participation_error_settings")
        }
        return self
    }
}
