import ArgumentParser
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Benchmarks (release build).")
    func run() async throws { throw ValidationError("not yet") }
}
