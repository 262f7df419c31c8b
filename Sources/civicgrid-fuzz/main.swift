import Foundation
import FuzzTargets

#if FUZZING
// libFuzzer's driver, linked in by -sanitize=fuzzer (scripts/fuzz also defines FUZZING). Called
// from our own main: SwiftPM names an executable's entry point itself, so libFuzzer's main cannot be it.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// The entry libFuzzer's own main (linked in as well) calls; both lead to the same target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzTarget.selected.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) })
#else
print("civicgrid-fuzz runs under libFuzzer: scripts/fuzz [SECONDS] [TARGET...]")
#endif
