import Foundation
@testable import Kernel
import Testing

@Suite("Random tokens")
struct SecretsTests {
    @Test(arguments: [0, 1, 7, 8, 9, 32])
    func asManyBytesAsAskedFor(_ count: Int) {
        #expect(Secrets.randomBytes(count).count == count)
        let hex = Secrets.randomHex(bytes: count)
        #expect(hex.count == 2 * count)
        #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func everyByteOfEveryDrawIsUsed() {
        // 4,000 draws of 9 bytes (one draw of the generator and a byte of the next): each position
        // takes most of the 256 values (a byte left zero would not), and neighbours agree about
        // one time in 256 (a byte repeated across its draw would agree every time).
        let draws = (0..<4_000).map { _ in Secrets.randomBytes(9) }
        for position in 0..<9 {
            let values = Set(draws.map { $0[position] })
            #expect(values.count > 200, "position \(position): \(values.count) values")
        }
        for position in 0..<8 {
            let same = draws.filter { $0[position] == $0[position + 1] }.count
            #expect(same < 100, "positions \(position) and \(position + 1) equal in \(same) of 4,000")
        }
        #expect(Set(draws.map { Data($0) }).count == draws.count)
        #expect(Set((0..<1_000).map { _ in Secrets.randomToken() }).count == 1_000)
    }
}
