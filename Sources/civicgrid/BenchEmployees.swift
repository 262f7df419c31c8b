import CivicGridApp
import Foundation
import Kernel

/// Employment for the lists bench (谁用工谁负责): every other registered resident works for a bench organisation, and one
/// in 400 of them for the first, a factory of thousands (17,000 and more at ten million residents) in the bench's sample
/// grid, whose employees are then read a page at a time as a big employer's are.
enum BenchEmployees {
    static let columns = ["organisation_id", "resident_id", "position", "since_on", "until_on"]
    static let positions = ["工人", "营业员", "司机", "会计", "厨师", "保安"]

    static func load(organisations: Int, services: AppServices, today: Day) async throws {
        guard organisations > 0, try await !BenchData.isLoaded("organisation_employees", services: services) else { return }
        let t0 = Date()
        var n = 0
        let stored = try await BenchData.store(into: "organisation_employees", columns: columns, fromEach: "registered", services: services,
                                               storing: "employees") { person in
            defer { n += 1 }
            guard n % 2 == 0 else { return nil }
            let k = n / 2, organisation = k % 400 == 0 ? 0 : 1 + k * 7919 % (organisations - 1)
            return [.text("bench-o\(organisation)"), .text(person.id), .text(positions[k % positions.count]),
                    .text(today.adding(days: -(k % 9_000)).description), .null]
        }
        say(String(format: "\nstored %d employees in %.0f s", stored, Date().timeIntervalSince(t0)))
    }
}
