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
