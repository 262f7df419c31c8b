import CivicGridApp
import Foundation
import Kernel

/// Safety records for the lists bench: hazards found over two years (half as many as petitions: 500,000 at the default
/// million), one in eighteen still open and some of those past their time, and a small venue for every fifty residents
/// (200,000 at ten million). The hazard lists and statistics and the venue list are then measured at a city's size.
enum BenchSafety {
    static let hazardColumns = ["id", "number", "grid_code", "place", "organisation_id", "kind", "level", "description", "responsible_unit",
                                "work_order_number", "status", "plan", "due_at", "due_rule", "rectified_at", "closed_at", "created_by", "created_at",
                                "updated_at", "open_due"]
    static let kinds = ["fire", "gas", "building", "road", "production_safety", "food", "other"]

    /// Hazard `i`: found up to two years ago; those of the last 40 days open, and one in fifty older ones (left past their time).
    static func hazard(_ i: Int, grids: [String], now: Date) -> [BulkValue] {
        var random = SplitMix(seed: UInt64(i) &+ 0x5AFE)
        let age = Double(random.next() % 730 * 86_400), created = now.addingTimeInterval(-age)
        let major = i % 20 == 0, open = age < 40 * 86_400 || i % 50 == 1
        let due = created.addingTimeInterval((major ? 15 : 30) * 86_400), closed = created.addingTimeInterval(Double(random.next() % 30 + 1) * 86_400)
        let day = Day(date: created).description.replacingOccurrences(of: "-", with: "")
        return [.text(String(format: "bench-z%09d", i)), .text("YH\(day)-B\(i)"), .text(grids[i * 7 % grids.count]), .text("幸福路\(i % 997)号"), .null,
                .text(kinds[i % kinds.count]), .text(major ? "major" : "general"), .text("楼道堆放杂物，堵塞消防通道"), .text("街道安监所"), .null,
                .text(open ? (i % 3 == 0 ? "rectifying" : "reported") : "closed"), .null, .integer(Int(due.epochSeconds)), .null,
                open ? .null : .integer(Int(closed.epochSeconds)), open ? .null : .integer(Int(closed.epochSeconds)), .null,
                .integer(Int(created.epochSeconds)), .integer(Int((open ? created : closed).epochSeconds)), open ? .integer(Int(due.epochSeconds)) : .null]
    }

    static let venueColumns = ["id", "name", "kind", "organisation_id", "grid_code", "address", "licence", "created_at"]
    static let venueKinds = [("internet_cafe", "网咖"), ("entertainment", "歌舞厅"), ("hotel", "宾馆"), ("school_surroundings", "文具店"), ("other", "小超市")]

    static func venue(_ i: Int, grids: [String], now: Date) -> [BulkValue] {
        let (kind, word) = venueKinds[i % venueKinds.count]
        let name = BenchOrganisations.places[i / venueKinds.count % BenchOrganisations.places.count] + word
        return [.text(String(format: "bench-v%09d", i)), .text(name), .text(kind), .null, .text(grids[i * 13 % grids.count]), .text("幸福路\(i % 997)号"),
                .text("证〔2025〕\(i)号"), .integer(Int(now.epochSeconds) - i % 1000 * 86_400)]
    }

    static func load(hazards: Int, venues: Int, services: AppServices, grids: [String], now: Date) async throws {
        try await BenchData.fill("hazards", to: hazards, columns: hazardColumns, services: services) { hazard($0, grids: grids, now: now) }
        try await BenchData.fill("venues", to: venues, columns: venueColumns, services: services) { venue($0, grids: grids, now: now) }
    }
}
