import Foundation
import FuzzTargets
import Testing

/// Inputs the fuzzer once crashed on (scripts/fuzz keeps them in Fuzz/regressions/TARGET/), and
/// the seed corpus, replayed on every run: each parser must come back from every one.
@Suite("Fuzzer finds and seeds replayed")
struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(_ folder: String, _ target: FuzzTarget) -> [URL] {
        let directory = root.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
        return ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyKeptInputComesBack(_ target: FuzzTarget) throws {
        let seeds = Self.inputs("corpus", target)
        #expect(!seeds.isEmpty, "each target has a seed corpus")
        for file in seeds + Self.inputs("regressions", target) {
            target.run(try Data(contentsOf: file))
        }
    }
}
