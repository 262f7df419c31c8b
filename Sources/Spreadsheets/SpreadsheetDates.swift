import Foundation
import Kernel

extension Day {
    /// A date as staff type it into a sheet: 1990-01-01, 1990/1/1, 1990.1.1, 19900101, 1990年1月1日,
    /// or a date-formatted Excel cell, which arrives as a serial number (days since 1899-12-30).
    public init?(spreadsheetText text: String) {
        if let day = Day(text) {
            self = day
            return
        }
        let digits = text.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal && $0.isASCII }
        if digits, text.count == 8, let value = Int(text) {
            self.init(validYear: value / 10_000, month: value / 100 % 100, day: value % 100)
            return
        }
        if digits, (1...5).contains(text.count), let serial = Int(text), serial > 60 {
            var utc = Calendar(identifier: .gregorian)
            utc.timeZone = TimeZone(identifier: "UTC")!
            let c = utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(serial - 25_569) * 86_400))
            self.init(year: c.year!, month: c.month!, day: c.day!)
            return
        }
        let parts = text.split(whereSeparator: { "/.年月日".contains($0) }).map(String.init)
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(validYear: y, month: m, day: d)
    }
}
