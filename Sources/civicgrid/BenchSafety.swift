import CivicGridApp
import Foundation
import Kernel
import SQLKit

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

    static let agreementColumns = ["id", "organisation_id", "grid_code", "year", "signed_on", "signatory", "terms", "created_at"]
    static let recordColumns = ["agreement_id", "kind", "on_day", "findings", "passed", "created_at"]

    /// Agreement `i` of `signers` a year: every other bench organisation signs one this year and one last year, in its grid
    /// (the organisations' loader puts organisation n in grid n × 7919).
    static func agreement(_ i: Int, signers: Int, grids: [String], today: Day) -> [BulkValue] {
        let n = i % signers * 2, year = today.year - i / signers, signed = Day(year: year, month: 1 + i % 3, day: 1 + i % 28)
        return [.text("bench-sa\(i)"), .text("bench-o\(n)"), .text(grids[(n * 7919) % grids.count]), .integer(year), .text(signed.description),
                .text("法定代表人"), .text("落实消防安全主体责任，定期自查隐患"), .integer(Int(signed.startDate.epochSeconds))]
    }

    static func load(hazards: Int, venues: Int, organisations: Int, services: AppServices, grids: [String], now: Date) async throws {
        try await BenchData.fill("hazards", to: hazards, columns: hazardColumns, services: services) { hazard($0, grids: grids, now: now) }
        try await BenchData.fill("venues", to: venues, columns: venueColumns, services: services) { venue($0, grids: grids, now: now) }
        // Each organisation's safety agreements (责任书) of two years with an inspection on each: 500,000 at ten million residents.
        // A row's organisation and year follow from how many sign, so a kept database's agreements are not topped up when
        // that grows (the residents raised from one to ten million on PostgreSQL: the new rows repeated kept ones'
        // organisation and year, and the load stopped on the unique key).
        let today = Day(date: now), signers = organisations / 2
        guard signers > 0, try await !BenchData.isLoaded("safety_agreements", services: services) else { return }
        try await BenchData.fill("safety_agreements", to: signers * 2, columns: agreementColumns, services: services) {
            agreement($0, signers: signers, grids: grids, today: today)
        }
        // An inspection of each on the day it was signed, copied from the bench's agreements as stored.
        guard try await !BenchData.isLoaded("agreement_records", services: services) else { return }
        try await services.database.transaction { sql in
            try await sql.insert(into: "agreement_records").columns(recordColumns).select {
                $0.column("id").column(SQLBind("inspection")).column("signed_on").column(SQLBind("消防通道畅通")).column(SQLBind(1)).column("created_at")
                    .from("safety_agreements").where("id", .greaterThanOrEqual, "bench-sa").where("id", .lessThan, "bench-sb")
            }.run()
        }
    }
}
