import Foundation
import Kernel

/// Two ballots of the demo's first community: one closed with its result published, one open
/// whose demo household's slip carries the code `DEMQ-2628-KX` (printed in the README).
public enum DemoBallots {
    static let community = "330199001001", household = "demo-household-1"
    public static let openCode = "DEMQ2628KX"

    public static func seed(database: Database, clock: any AppClock) async throws {
        let now = clock.now(), store = BallotStore()
        try await database.transaction { sql in
            guard try await store.find(id: "demo-ballot-1", on: sql) == nil else { return }
            let closed = Ballot(id: "demo-ballot-1", unitCode: community, title: "幸福里小区加装电梯方案", options: ["同意", "不同意"],
                                opensAt: now.addingTimeInterval(-20 * 86_400), closesAt: now.addingTimeInterval(-6 * 86_400), rule: .residentsMeeting,
                                householdsEligible: nil, codesIssuedAt: nil, createdBy: "demo-clerk", createdAt: now.addingTimeInterval(-21 * 86_400))
            let open = Ballot(id: "demo-ballot-2", unitCode: community, title: "社区微更新项目：口袋公园选址", options: ["北门空地", "3幢东侧", "菜市场旁"],
                              opensAt: now.addingTimeInterval(-86_400), closesAt: now.addingTimeInterval(13 * 86_400), rule: .residentsMeeting,
                              householdsEligible: nil, codesIssuedAt: nil, createdBy: "demo-clerk", createdAt: now.addingTimeInterval(-2 * 86_400))
            for b in [closed, open] {
                try await store.insert(b, on: sql)
                let code = b.id == open.id ? openCode : BallotRules.makeCode()
                _ = try await store.issue([(household, Secrets.sha256Hex("\(b.id):\(code)"))], for: b.id, at: b.opensAt, on: sql)
            }
            _ = try await store.vote(ballot: closed.id, household: household, codeHash: nil, option: 0, channel: .paper, by: "demo-clerk",
                                     at: now.addingTimeInterval(-10 * 86_400), on: sql)
        }
    }
}
