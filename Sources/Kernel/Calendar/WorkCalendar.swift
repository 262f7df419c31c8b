import Foundation

/// A calendar day in China Standard Time, e.g. 2026-10-01.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(validYear: year, month: month, day: day)
    }

    /// A real calendar date, checked by arithmetic (bulk imports validate millions of these).
    public init?(validYear year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// China has kept UTC+8 without daylight saving since 1992 (1992-01-01 00:00 CST): from then
    /// on a day is plain arithmetic; earlier dates go through the calendar and its history.
    static let fixedOffsetSince: TimeInterval = 694_195_200
    public static let offset = 8 * 3_600

    public init(date: Date) {
        let seconds = date.timeIntervalSince1970
        if seconds >= Day.fixedOffsetSince {
            self.init(dayNumber: Int((seconds + Double(Day.offset)) / 86_400))
        } else {
            let c = Day.gregorian.dateComponents([.year, .month, .day], from: date)
            self.init(year: c.year!, month: c.month!, day: c.day!)
        }
    }

    public static let gregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .china
        return calendar
    }()

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (the civil-from-days algorithm):
    /// deadlines walk days one by one, and the calendar took microseconds a step.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
    }

    public var startDate: Date {
        let start = TimeInterval(dayNumber * 86_400 - Day.offset)
        guard start >= Day.fixedOffsetSince else { return Day.gregorian.date(from: DateComponents(year: year, month: month, day: day))! }
        return Date(timeIntervalSince1970: start)
    }

    /// The last second of the day: "by the end of the day" deadlines.
    public var endDate: Date { next.startDate.addingTimeInterval(-1) }

    public var next: Day { Day(dayNumber: dayNumber + 1) }

    public func adding(days: Int) -> Day { Day(dayNumber: dayNumber + days) }

    /// A limit of `days` calendar days: the day of `date` is not counted, and the limit ends at
    /// the last second of the last day (statutory petition and mediation clocks).
    public static func endOfCalendarDays(_ days: Int, after date: Date) -> Date {
        Day(date: date).adding(days: days).endDate
    }

    /// 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    public var isoWeekday: Int { ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1 }

    public var isWeekend: Bool { isoWeekday >= 6 }

    /// YYYY-MM-DD, written by hand: String(format:) was 8% of a bulk import.
    public var description: String {
        var bytes: [UInt8] = [0, 0, 0, 0, 45, 0, 0, 45, 0, 0]
        var y = year
        for i in stride(from: 3, through: 0, by: -1) {
            bytes[i] = UInt8(48 + y % 10)
            y /= 10
        }
        bytes[5] = UInt8(48 + month / 10)
        bytes[6] = UInt8(48 + month % 10)
        bytes[8] = UInt8(48 + day / 10)
        bytes[9] = UInt8(48 + day % 10)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// Working days: Monday to Friday, minus public holidays, plus make-up working days (调休).
/// Deadlines of SPEC.md module 3 count on this calendar.
public struct WorkCalendar: Sendable {
    public private(set) var holidays: [Day: String] = [:]
    public private(set) var makeupWorkdays: Set<Day> = []
    public private(set) var years: [Int: YearFile] = [:]

    public init() {}

    public struct YearFile: Codable, Sendable {
        public struct Holiday: Codable, Sendable {
            public var name: String
            public var from: String
            public var to: String

            public init(name: String, from: String, to: String) {
                self.name = name
                self.from = from
                self.to = to
            }
        }
        public var year: Int
        public var source: String
        public var provisional: Bool?
        public var holidays: [Holiday]
        public var workdays: [String]

        public init(year: Int, source: String, provisional: Bool? = nil, holidays: [Holiday], workdays: [String]) {
            self.year = year
            self.source = source
            self.provisional = provisional
            self.holidays = holidays
            self.workdays = workdays
        }
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        if makeupWorkdays.contains(day) { return true }
        if holidays[day] != nil { return false }
        return !day.isWeekend
    }

    public func holidayName(_ day: Day) -> String? { holidays[day] }

    /// The first working day on or after `day`.
    public func workingDay(onOrAfter day: Day) -> Day {
        var day = day
        while !isWorkingDay(day) { day = day.next }
        return day
    }

    /// The day `count` working days after the day of `date` (that day itself not counted);
    /// `count` 0 means the same day if it is a working day, else the next working day.
    public func addingWorkingDays(_ count: Int, to date: Date) -> Day {
        var day = workingDay(onOrAfter: Day(date: date))
        var left = count
        if !isWorkingDay(Day(date: date)) { left -= 1 }
        while left > 0 {
            day = day.next
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// Working days from the day after `from` up to and including `to`.
    public func workingDays(from: Day, to: Day) -> Int {
        var count = 0
        var day = from
        while day < to {
            day = day.next
            if isWorkingDay(day) { count += 1 }
        }
        return count
    }

    /// Adds one year's published arrangement; a later file for the same year replaces it.
    public mutating func add(_ file: YearFile) throws {
        holidays = holidays.filter { $0.key.year != file.year }
        makeupWorkdays = makeupWorkdays.filter { $0.year != file.year }
        for holiday in file.holidays {
            guard let from = Day(holiday.from), let to = Day(holiday.to), from <= to else {
                throw CalendarError.badDate("\(holiday.name): \(holiday.from)–\(holiday.to)")
            }
            var day = from
            while day <= to {
                holidays[day] = holiday.name
                day = day.next
            }
        }
        for text in file.workdays {
            guard let day = Day(text) else { throw CalendarError.badDate(text) }
            makeupWorkdays.insert(day)
        }
        years[file.year] = file
    }

    /// Loads every `YYYY.json` in `directory`.
    public static func load(directory: URL) throws -> WorkCalendar {
        var calendar = WorkCalendar()
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        for file in files {
            let year = try JSONDecoder().decode(YearFile.self, from: Data(contentsOf: file))
            try calendar.add(year)
        }
        return calendar
    }

    /// The calendar shipped with CivicGrid, overridden by files in `overrideDirectory` if given.
    public static func standard(overrideDirectory: URL? = nil) throws -> WorkCalendar {
        var calendar = try load(directory: KernelResources.directory.appendingPathComponent("calendar"))
        if let overrideDirectory, FileManager.default.fileExists(atPath: overrideDirectory.path) {
            for (_, year) in try load(directory: overrideDirectory).years.sorted(by: { $0.key < $1.key }) {
                try calendar.add(year)
            }
        }
        return calendar
    }
}

public enum CalendarError: Error, CustomStringConvertible {
    case badDate(String)
    public var description: String {
        switch self {
        case .badDate(let text): "bad calendar date: \(text)"
        }
    }
}
