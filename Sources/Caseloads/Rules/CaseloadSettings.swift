import Foundation

/// The numbers of the caseload rules. National rules are the defaults; provinces differ, so a
/// county may change them (`PUT /api/v1/caseload-settings`), and every deadline names its rule.
public struct CaseloadSettings: Codable, Sendable, Equatable {
    /// The duties of one supervision level.
    public struct Duties: Codable, Sendable, Equatable {
        /// Days between in-person reports, written reports and the social worker's visits.
        public var reportDays: Int, writtenDays: Int, visitDays: Int
        /// Hours a month of study and of community service.
        public var studyHours: Int, serviceHours: Int

        public init(reportDays: Int, writtenDays: Int, visitDays: Int, studyHours: Int, serviceHours: Int) {
            (self.reportDays, self.writtenDays, self.visitDays, self.studyHours, self.serviceHours) = (reportDays, writtenDays, visitDays, studyHours, serviceHours)
        }
    }

    /// Days after the judgment takes effect within which the person must report (社区矫正法 art. 18).
    public var reportWithinDays = 10
    /// Months at strict level from the start, and before lenient may be given, with the average assessment it needs.
    public var strictFirstMonths = 2
    public var lenientAfterMonths = 6
    public var lenientMinimumScore = 80
    public var strict = Duties(reportDays: 7, writtenDays: 7, visitDays: 30, studyHours: 12, serviceHours: 12)
    public var ordinary = Duties(reportDays: 30, writtenDays: 14, visitDays: 60, studyHours: 8, serviceHours: 8)
    public var lenient = Duties(reportDays: 90, writtenDays: 30, visitDays: 90, studyHours: 4, serviceHours: 4)
    /// Leave: the street justice office approves up to this many days, the county beyond.
    public var leaveStreetDays = 7
    public var leaveMaxDays = 30
    public var leaveDaysPerYear = 60
    /// Out of contact: a reprimand up to this many days, a warning beyond, revocation past the second figure.
    public var reprimandOutOfContactDays = 10
    public var revocationOutOfContactDays = 30
    /// 安置帮教: the help period after release, and the days between visits.
    public var helpYears = 5
    public var resettlementVisitDays = 90
    /// Mental health: next follow-up after a grade 3–5 (joint), a grade 1–2, and a stable grade 0.
    public var jointFollowUpDays = 14
    public var unstableFollowUpDays = 14
    public var stableFollowUpDays = 90
    /// A first follow-up after registration, and the annual health check.
    public var firstFollowUpDays = 14
    public var healthCheckDays = 365
    /// At-risk youth: days between visits.
    public var youthVisitDays = 30
    /// Caseloads per social worker before a warning (1:15 in [001]).
    public var caseloadRatio = 15

    public init() {}

    public func duties(_ level: SupervisionLevel) -> Duties {
        switch level {
        case .strict: strict
        case .ordinary: ordinary
        case .lenient: lenient
        }
    }

    /// Every number must be usable: positive, and within what a rule could mean.
    public func validated() throws -> CaseloadSettings {
        let days = [reportWithinDays, leaveStreetDays, leaveMaxDays, leaveDaysPerYear, reprimandOutOfContactDays, revocationOutOfContactDays,
                    resettlementVisitDays, jointFollowUpDays, unstableFollowUpDays, stableFollowUpDays, firstFollowUpDays, healthCheckDays,
                    youthVisitDays] + [strict, ordinary, lenient].flatMap { [$0.reportDays, $0.writtenDays, $0.visitDays] }
        let small = [strictFirstMonths, lenientAfterMonths, helpYears, caseloadRatio] + [strict, ordinary, lenient].flatMap { [$0.studyHours, $0.serviceHours] }
        guard days.allSatisfy({ (1...3_660).contains($0) }), small.allSatisfy({ (0...200).contains($0) }), (0...100).contains(lenientMinimumScore),
              helpYears >= 1, caseloadRatio >= 1, leaveStreetDays <= leaveMaxDays, reprimandOutOfContactDays < revocationOutOfContactDays else {
            throw CaseloadSettingsError.outOfRange
        }
        return self
    }
}

enum CaseloadSettingsError: Error { case outOfRange }
