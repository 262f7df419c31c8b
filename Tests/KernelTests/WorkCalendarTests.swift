import Foundation
import Kernel
import Testing

@Suite("Working-day calendar")
struct WorkCalendarTests {
    let calendar: WorkCalendar

    init() throws {
        calendar = try WorkCalendar.standard()
    }

    func day(_ text: String) -> Day { Day(text)! }
    func noon(_ text: String) -> Date { day(text).startDate.addingTimeInterval(12 * 3600) }

    /// Day arithmetic agrees with the calendar on every day, across leap years, centuries and
    /// the 1986–1991 daylight-saving years (where the calendar itself is used).
    @Test func dayArithmeticAgreesWithTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .china
        var date = calendar.date(from: DateComponents(year: 1980, month: 1, day: 1))!
        let end = calendar.date(from: DateComponents(year: 2101, month: 1, day: 1))!
        var previous: Day?
        while date < end {
            let c = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let day = Day(date: date.addingTimeInterval(12 * 3_600))
            #expect(day == Day(year: c.year!, month: c.month!, day: c.day!))
            #expect(day.startDate == date, "\(day)")
            #expect(Day(date: date.addingTimeInterval(-1)).next == day)
            #expect(day.isoWeekday == (c.weekday! == 1 ? 7 : c.weekday! - 1))
            #expect(Day(dayNumber: day.dayNumber) == day)
            if let previous { #expect(previous.next == day && day.dayNumber == previous.dayNumber + 1) }
            previous = day
            date = calendar.date(byAdding: .day, value: 1, to: date)!
        }
        #expect(Day(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(Day(dayNumber: -719_162) == Day(year: 1, month: 1, day: 1))
        #expect(Day(year: 2000, month: 2, day: 29).next == Day(year: 2000, month: 3, day: 1))
        #expect(Day(year: 2100, month: 2, day: 28).next == Day(year: 2100, month: 3, day: 1))
    }

    @Test func publicHolidaysAreNotWorkingDays() {
        #expect(!calendar.isWorkingDay(day("2026-10-01")))
        #expect(!calendar.isWorkingDay(day("2026-10-07")))
        #expect(calendar.holidayName(day("2026-10-03")) == "国庆节")
        #expect(!calendar.isWorkingDay(day("2026-02-18")))
    }

    @Test func makeUpWorkingDaysOnWeekendsAreWorkingDays() {
        #expect(day("2026-10-10").isWeekend)
        #expect(calendar.isWorkingDay(day("2026-10-10")))
        #expect(calendar.isWorkingDay(day("2026-09-20")))
    }

    @Test func ordinaryWeekendsAndWeekdays() {
        #expect(!calendar.isWorkingDay(day("2026-11-21")))  // Saturday
        #expect(calendar.isWorkingDay(day("2026-11-23")))   // Monday
    }

    @Test func addingWorkingDaysSkipsTheNationalDayWeek() {
        // Received Wednesday 30 September; one working day later is Thursday 8 October.
        #expect(calendar.addingWorkingDays(1, to: noon("2026-09-30")) == day("2026-10-08"))
        // Three working days from Friday 9 October: Saturday 10 (make-up), Monday 12, Tuesday 13.
        #expect(calendar.addingWorkingDays(3, to: noon("2026-10-09")) == day("2026-10-13"))
    }

    @Test func sameDayOnARestDayMeansTheNextWorkingDay() {
        #expect(calendar.addingWorkingDays(0, to: noon("2026-11-21")) == day("2026-11-23"))
        #expect(calendar.addingWorkingDays(0, to: noon("2026-11-20")) == day("2026-11-20"))
    }

    @Test func workingDaysBetweenCountsOnlyWorkingDays() {
        #expect(calendar.workingDays(from: day("2026-09-30"), to: day("2026-10-10")) == 3)  // 8, 9, 10 October
    }

    @Test func deadlinesRunToTheEndOfTheDayInChinaTime() {
        let end = day("2026-10-08").endDate
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = .china
        #expect(gregorian.component(.hour, from: end) == 23)
        #expect(Day(date: end) == day("2026-10-08"))
    }

    @Test func nextYearIsLoadedToo() {
        #expect(calendar.years[2027] != nil)
        #expect(!calendar.isWorkingDay(day("2027-01-01")))
    }

    @Test func invalidDatesAreRefused() {
        #expect(Day("2026-02-30") == nil)
        #expect(Day("not a date") == nil)
        var broken = WorkCalendar()
        #expect(throws: CalendarError.self) {
            try broken.add(.init(year: 2030, source: "t", holidays: [.init(name: "x", from: "2030-05-05", to: "2030-05-01")], workdays: []))
        }
    }
}
