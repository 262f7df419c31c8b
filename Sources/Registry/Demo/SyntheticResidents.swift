import Foundation
import Kernel

/// Millions of distinct, valid synthetic residents for benchmarks: every ID number passes GB 11643
/// and is unique for the first 23 million rows (birth date × sequence number), names repeat as
/// real ones do.
public enum SyntheticResidents {
    static let days: [Day] = {
        var days: [Day] = []
        var day = Day(year: 1945, month: 1, day: 1)
        while day.year < 2010 {
            days.append(day)
            day = day.next
        }
        return days
    }()

    /// Row `index` as the Chinese import headers expect them (`ImportKind.residents.headers`).
    public static func row(_ index: Int, grids: [String]) -> [String] {
        let birth = days[index % days.count]
        let sequence = (index / days.count) % 1000
        let body = "330199" + String(format: "%04d%02d%02d%03d", birth.year, birth.month, birth.day, sequence)
        let id = body + String(CitizenID.checkCharacter(for: body))
        let surname = DemoResidents.surnames[index % DemoResidents.surnames.count]
        let given = DemoResidents.given[(index / 7) % DemoResidents.given.count]
        let type = index % 5 == 3 ? "流动" : "户籍"
        return [String(surname) + given, id, sequence % 2 == 1 ? "男" : "女", birth.description, "汉族",
                "13" + String(format: "%09d", index % 1_000_000_000), "浙江省云溪县", "云溪县解放路\(index % 500)号", type, grids[index % grids.count]]
    }

    public static func csv(rows: Range<Int>, grids: [String]) -> Data {
        var text = ImportKind.residents.headers.joined(separator: ",") + "\n"
        text.reserveCapacity(rows.count * 110)
        for index in rows { text += row(index, grids: grids).joined(separator: ",") + "\n" }
        return Data(text.utf8)
    }
}
