import CivicGridApp
import Foundation
import Kernel
import KernelTesting
@testable import Participation
import SQLKit
import Testing

/// Proposals of each status under every unit are counts kept as proposals arrive, are reviewed and go to a ballot; whatever
/// was done, they must be what counting the proposals gives for every scope (and prefixes of no level's length, counted from
/// the rows), and counting everything again must give the same table. On both databases.
@Suite("Proposal counts kept as counts")
struct ProposalCountsTests {
    struct Plain: Decodable { let unit_code: String, status: String }
    struct Kept: Decodable, Hashable, Comparable {
        let unit_code: String, depth: Int, status: String, n: Int
        static func < (l: Kept, r: Kept) -> Bool { (l.unit_code, l.status) < (r.unit_code, r.status) }
    }

    static func kept(_ database: Database) async throws -> [Kept] {
        try await database.read { try await $0.select().columns("unit_code", "depth", "status", "n").from(ProposalCounts.table).all(decoding: Kept.self).sorted() }
    }

    @Test func keptProposalCountsAreWhatCountingTheProposalsGives() async throws {
        try await TestApp.run { app in
            let database = app.services.database, store = ProposalStore(), now = Date()
            let units = ["330199001001", "330199001002", "330199002001", "330199001", "330199001001001"]
            for i in 0..<60 {
                let p = Proposal(id: "count-\(i)", unitCode: units[i % units.count], title: "提案\(i)", body: "x", proposerName: "居民", proposerPhone: "13800000000",
                                 channel: .window, status: .received, groupLabel: nil, reviewNote: nil, ballotId: nil, enteredBy: nil,
                                 createdAt: now.addingTimeInterval(Double(i)))
                try await database.transaction { try await store.insert(p, on: $0) }
            }
            // Shortlisted, declined, shortlisted again under a group, then declined; a declined one reviewed again is refused.
            for i in 0..<60 where i % 4 != 0 {
                #expect(try await database.transaction { try await store.review("count-\(i)", status: i % 4 == 3 ? .declined : .shortlisted, group: nil, note: "n", on: $0) })
            }
            #expect(try await database.transaction { try await store.review("count-1", status: .shortlisted, group: "路灯", note: "", on: $0) })
            #expect(try await database.transaction { try await store.review("count-5", status: .declined, group: nil, note: "重复", on: $0) })
            #expect(try await database.transaction { try await store.review("count-3", status: .shortlisted, group: nil, note: "", on: $0) } == false)
            #expect(try await database.transaction { try await store.review("no-such", status: .shortlisted, group: nil, note: "", on: $0) } == false)
            // Some shortlisted to a ballot, one of them already balloted (not counted twice), one declined (not balloted).
            #expect(try await database.transaction { try await store.ballot(["count-1", "count-2", "count-6", "count-5"], ballotId: "b1", on: $0) } == 3)
            #expect(try await database.transaction { try await store.ballot(["count-2", "count-9"], ballotId: "b2", on: $0) } == 1)
            let plain = try await database.read { try await $0.select().columns("unit_code", "status").from("proposals").all(decoding: Plain.self) }
            #expect(Set(plain.map(\.status)) == Set(Proposal.Status.allCases.map(\.rawValue)))
            let lengths = [0, 2, 4, 6, 9, 12, 15]
            var roots: Set<String> = ["3301990", "33019900100", "999999"]
            for p in plain { for n in lengths where n <= p.unit_code.count { roots.insert(String(p.unit_code.prefix(n))) } }
            let statuses: [Proposal.Status?] = [nil] + Proposal.Status.allCases
            for root in roots.sorted() {
                for status in statuses {
                    let counted = plain.filter { p in p.unit_code.hasPrefix(root) && (status == nil || p.status == status?.rawValue) }.count
                    let kept = try await database.read { try await ProposalCounts.count(under: root, status: status, on: $0) }
                    #expect(kept == (lengths.contains(root.count) ? counted : nil), "\(status?.rawValue ?? "all") under '\(root)'")
                }
            }
            let before = try await Self.kept(database)
            try await ProposalStore.recountProposals(in: database)
            #expect(try await Self.kept(database) == before)
            #expect(before.contains { $0.unit_code == "" && $0.status == "" && $0.n == plain.count })
        }
    }
}
