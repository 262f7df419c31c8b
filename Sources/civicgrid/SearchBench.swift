import ArgumentParser
import CivicGridApp
import Foundation
import Grids
import Kernel
import Logging
import Registry

/// `civicgrid bench search`: resident search inside one street of a district of many residents
/// (100 synthetic streets × 10 communities × 10 grids, about 1,000 people a grid, as SPEC.md's
/// grids are sized), as p50/p95 against the street's plain list in the same run.
struct SearchBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Resident search latency within a street at millions of residents.")

    @Option(help: "Residents to load.") var residents: Int = 10_000_000
    @Option(help: "Searches per kind.") var searches: Int = 200
    @Option(help: "Keep the database here and reuse it on the next run (loading 10 million takes minutes).") var dataDir: String?


    func run() async throws {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let directory = dataDir.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("civicgrid-search-bench-\(UUID().uuidString)")
        defer { if dataDir == nil { try? FileManager.default.removeItem(at: directory) } }
        let services = try await AppServices.start(AppConfig(dataDirectory: directory.path, loadDemo: true), logger: logger)
        try await DemoSeed.load(services)
        let grids = try await SyntheticDistrict.grids(services.database)
        let loaded = try await services.database.read { try await $0.count { $0.from("residents") } }
        if loaded < residents {
            let importer = RegistryImporter(database: services.database, clock: services.clock, units: services.grids, strings: services.views.strings)
            let t0 = Date()
            for start in stride(from: loaded, to: residents, by: 500_000) {
                let data = SyntheticResidents.csv(rows: start..<min(start + 500_000, residents), grids: grids)
                _ = try await importer.run(.residents, data: data, scope: Scope(rootCode: ""), actor: nil)
                FileHandle.standardError.write(Data("\rloaded \(min(start + 500_000, residents))".utf8))
            }
            print(String(format: "\nloaded %d residents in %.0f s", residents - loaded, Date().timeIntervalSince(t0)))
        }

        let street = Scope(rootCode: "330199501")
        let streetSize = try await services.database.read { try await $0.count { $0.from("residents").where("grid_code", within: street) } }
        print("street 330199501 holds \(streetSize) of \(max(loaded, residents)) residents; \(searches) searches per kind, first page of 50 with its total")
        let staff = Staff(id: "bench", username: "bench", displayName: "bench", role: .windowClerk, unitCode: street.rootCode)
        let store = ResidentStore()
        let inStreet = grids.filter { street.contains($0) }
        func measure(_ name: String, _ filter: @escaping @Sendable (Int) -> ResidentStore.Filter) async throws -> Double {
            var times: [Double] = []
            for i in 0..<searches {
                let f = filter(i)
                let t = DispatchTime.now().uptimeNanoseconds
                _ = try await services.database.read { try await store.list(f, limit: 50, offset: 0, on: $0) }
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            times.sort()
            let p95 = times[min(times.count - 1, times.count * 95 / 100)]
            print(String(format: "%@: p50 %.1f ms, p95 %.1f ms", name.padding(toLength: 44, withPad: " ", startingAt: 0), times[times.count / 2], p95))
            return p95
        }
        let baseline = try await measure("street list, first page (baseline)") { _ in ResidentStore.Filter(scope: street, includeSealed: false) }
        let byName = try await measure("full name in the street") { i in
            .search(String(DemoResidents.surnames[i % DemoResidents.surnames.count]) + DemoResidents.given[i % DemoResidents.given.count],
                    within: street, type: nil, by: staff)
        }
        let byAddress = try await measure("address text in the street") { i in
            .search("解放路\(i % 500)号", within: street, type: nil, by: staff)
        }
        // Rows whose grid lies in the street: index ≡ g (mod grid count) for the street's grids.
        let gridIndex = grids.firstIndex(of: inStreet[0]) ?? 0
        let byID = try await measure("full ID number in the street") { i in
            .search(SyntheticResidents.row(gridIndex + grids.count * (i * 37 % max(1, residents / grids.count)), grids: grids)[1],
                    within: street, type: nil, by: staff)
        }
        print(String(format: "p95 as a ratio to the baseline: name %.2f, address %.2f, ID %.2f", byName / baseline, byAddress / baseline, byID / baseline))
        await services.database.shutdown()
    }
}
