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
        let type = index % 5 == 3 ? "流动" : "户籍"
        return [name(index), id, sequence % 2 == 1 ? "男" : "女", birth.description, "汉族",
                "13" + String(format: "%09d", index % 1_000_000_000), "浙江省云溪县", "云溪县" + address(index, grids: grids.count), type, grids[index % grids.count]]
    }

    /// Characters of given names, the common ones first.
    static let givenCharacters = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉萍红华建国文辉鹏飞斌宇浩凯健俊帆帅旭宁龙林欣佳子涵梓萱雨桐轩然嘉琪思博志海波亮晨阳欢雪梅琳晶婷燕颖慧倩瑶露彤悦妍怡")

    /// Row `index`'s name: a surname and a given name of one character (a quarter of people) or
    /// two, from a hash of the index, so one grid's people do not share a handful of names: of ten
    /// million, a two-character name (张伟) is about a thousand people, as in a real city, and a
    /// three-character one a few dozen.
    public static func name(_ index: Int) -> String {
        var mix = SplitMix(seed: UInt64(index))
        let h = Int(mix.next() >> 1), n = givenCharacters.count
        let surname = DemoResidents.surnames[h % DemoResidents.surnames.count]
        let first = givenCharacters[(h / 31) % n], second = givenCharacters[(h / 31 / n) % n]
        return (h / 31 / n / n) % 4 == 0 ? String([surname, first]) : String([surname, first, second])
    }

    static let roads = Array("解放人民中山建设新华文化幸福和平胜利光明朝阳青年东风红旗团结长江黄河南京北京民主")

    /// Row `index`'s address: each community has its road and numbers of its own, each grid
    /// eight buildings, each building thirty flats, so a building's address (解放路12号) is about
    /// a hundred people of ten million and a road a community's worth.
    public static func address(_ index: Int, grids: Int) -> String {
        let grid = index % grids, person = index / grids, community = grid / 10
        let first = (community % (roads.count / 2)) * 2
        let road = String(roads[first...first + 1]) + "路"
        let building = (community / (roads.count / 2)) * 80 + (grid % 10) * 8 + person % 8 + 1
        return road + "\(building)号\(101 + (person / 8) % 30)室"
    }

    public static func csv(rows: Range<Int>, grids: [String]) -> Data {
        var text = ImportKind.residents.headers.joined(separator: ",") + "\n"
        text.reserveCapacity(rows.count * 110)
        for index in rows { text += row(index, grids: grids).joined(separator: ",") + "\n" }
        return Data(text.utf8)
    }
}
