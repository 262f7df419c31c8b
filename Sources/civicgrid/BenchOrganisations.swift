import CivicGridApp
import Foundation
import Kernel
import Registry
import SQLKit

/// Organisations for the lists bench, which the resident import does not give: one for every twenty residents
/// (500,000 at ten million), spread over the grids, named as shops and firms are (a place word, a trade, a form:
/// 幸福食品有限公司), so a name search finds some in most streets and a rare word in few. The organisation lists are
/// then measured at a city's organisations on either database.
enum BenchOrganisations {
    static let places = Array("幸福朝阳青年解放和平建设光明新华人民胜利东方金星华夏宏达鑫源").chunked(by: 2).map { String($0) }
    static let trades = ["食品", "建材", "科技", "物流", "餐饮", "贸易", "服装", "电子", "文化", "医药", "五金", "家政"]
    static let forms = ["有限公司", "商行", "工作室", "合作社", "便利店"]

    /// Loads them once, for `residents` residents: a database that holds more organisations than the demo's is left as it is.
    static func load(residents: Int, services: AppServices, grids: [String]) async throws {
        let database = services.database
        guard try await !BenchData.isLoaded("organisations", services: services) else { return }
        let t0 = Date(), count = residents / 20
        for start in stride(from: 0, to: count, by: 50_000) {
            let rows: [[BulkValue]] = (start..<min(start + 50_000, count)).map { n in
                let name = places[n % places.count] + trades[n / places.count % trades.count] + forms[n / 7 % forms.count]
                let kind = n % 10 == 0 ? "social_organisation" : n % 25 == 1 ? "public_institution" : "enterprise"
                return [.text("bench-o\(n)"), .text(name), .text(String(format: "BENCH%013d", n)), .text(kind), .text("法人"),
                        .text("云溪县\(n % 997)号"), .text(grids[(n * 7919) % grids.count]), .integer(0)]
            }
            try await database.transaction { sql in
                _ = try await database.insertNew(into: "organisations", columns: ["id", "name", "credit_code", "kind", "legal_representative",
                                                                                  "address", "grid_code", "created_at"], rows: rows, conflictKeys: [], on: sql)
            }
            FileHandle.standardError.write(Data("\rstored \(start + rows.count) organisations".utf8))
        }
        try await database.transaction { sql in try await PlaceTermIndex.organisations.backfill(on: sql) }
        say(String(format: "\nstored %d organisations and their names' search terms in %.0f s", count, Date().timeIntervalSince(t0)))
    }
}
