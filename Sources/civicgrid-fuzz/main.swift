import Foundation
import FuzzTargets

// libFuzzer calls this for every input. Built with -parse-as-library (scripts/fuzz), so that
// libFuzzer's main is the program's; an ordinary build makes a program that does nothing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzTarget.selected.run(Data(bytes: bytes, count: count))
    return 0
}
