import ArgumentParser
import CivicGridApp
import Foundation
import Kernel
import Logging
import Registry

/// `civicgrid bench search`: resident search inside one street at many residents; p50/p95 of
/// name and full ID-number searches against the grid-list baseline of the same run.
struct SearchBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Resident search latency within a street at millions of residents.")

    @Option(help: "Residents to load.") var residents: Int = 10_000_000
    @Option(help: "Searches per kind.") var searches: Int = 200

    func run() async throws {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civicgrid-search-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = AppConfig(dataDirectory: directory.path, loadDemo: true)
        let services = try await AppServices.start(config, logger: logger)
        try await DemoSeed.load(services)
        let grids = try await services.database.read { sql in
            try await sql.select().column("code").from("units").where("level", .equal, "grid").orderBy("code").all(decodingColumn: "code", as: String.self)
        }
        let importer = RegistryImporter(database: services.database, clock: services.clock, strings: services.views.strings, chunkSize: 50_000)
        let t0 = Date()
        let batch = 500_000
        for start in stride(from: 0, to: residents, by: batch) {
            let data = SyntheticResidents.csv(rows: start..<min(start + batch, residents), grids: grids)
            _ = try await importer.run(.residents, data: data, scope: Scope(rootCode: ""), actor: nil)
            FileHandle.standardError.write(Data("\rloaded \(min(start + batch, residents))".utf8))
        }
        print(String(format: "\nloaded %d residents in %.0f s", residents, Date().timeIntervalSince(t0)))

        let street = "330199001"
        let staff = Staff(id: "bench", username: "bench", displayName: "bench", role: .windowClerk, unitCode: street)
        let store = ResidentStore()
        func measure(_ name: String, _ filter: @escaping @Sendable (Int) -> ResidentStore.Filter) async throws -> [Double] {
            var times: [Double] = []
            for i in 0..<searches {
                let f = filter(i)
                let t = DispatchTime.now().uptimeNanoseconds
                _ = try await services.database.read { try await store.list(f, limit: 50, offset: 0, on: $0) }
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            times.sort()
            print(String(format: "%@: p50 %.1f ms, p95 %.1f ms", name, times[times.count / 2], times[times.count * 95 / 100]))
            return times
        }
        let scope = Scope(rootCode: street)
        let baseline = try await measure("street list, first page (baseline)") { _ in ResidentStore.Filter(scope: scope, includeSealed: false) }
        let byName = try await measure("name search in the street") { i in
            .search(String(DemoResidents.surnames[i % DemoResidents.surnames.count]) + DemoResidents.given[i % DemoResidents.given.count],
                    within: scope, type: nil, by: staff)
        }
        let byID = try await measure("full ID number search in the street") { i in
            .search(SyntheticResidents.row(i * 4_999 % residents, grids: grids)[1], within: scope, type: nil, by: staff)
        }
        let p95 = { (t: [Double]) in t[t.count * 95 / 100] }
        print(String(format: "p95 ratios to the baseline: name %.2f, ID %.2f", p95(byName) / p95(baseline), p95(byID) / p95(baseline)))
        await services.database.shutdown()
    }
}
