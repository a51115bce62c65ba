import Foundation

/// The `main` of every fuzz target. Built with `-DFUZZING -sanitize=fuzzer` (scripts/fuzz.sh),
/// it hands over to libFuzzer; in a plain build it replays inputs (files, or folders of them)
/// through the same harness and prints each broken invariant: `fuzz-csv Fuzz/corpus/csv`.
public enum FuzzMain {
    /// The harness of this executable: the invariants an input breaks.
    nonisolated(unsafe) static var harness: (([UInt8]) -> [String])?

    public static func run(_ harness: @escaping ([UInt8]) -> [String]) -> Never {
        Self.harness = harness
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput))
        #else
        exit(replay(Array(CommandLine.arguments.dropFirst()), harness))
        #endif
    }

    /// Runs every file under `paths`; 0 when all hold, 1 when one broke an invariant, 2 on usage.
    static func replay(_ paths: [String], _ harness: ([UInt8]) -> [String]) -> Int32 {
        guard !paths.isEmpty else {
            print("usage: \(CommandLine.arguments[0]) FILE_OR_FOLDER… (replays inputs; build with scripts/fuzz.sh to fuzz)")
            return 2
        }
        var inputs: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                print("\(path): no such file"); return 2
            }
            if isFolder.boolValue {
                let names = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? []
                for name in names.sorted() {
                    let full = path + "/" + name
                    var sub: ObjCBool = false
                    if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { inputs.append(full) }
                }
            } else {
                inputs.append(path)
            }
        }
        var failed = 0
        for input in inputs {
            guard let data = FileManager.default.contents(atPath: input) else { print("\(input): unreadable"); return 2 }
            let broken = harness(Array(data))
            if !broken.isEmpty {
                failed += 1
                print("\(input): \(broken.count) invariant(s) broken")
                for b in broken { print("  \(b)") }
            }
        }
        print("\(inputs.count) input(s), \(failed) breaking an invariant")
        return failed == 0 ? 0 : 1
    }
}

/// libFuzzer's entry: one input through the harness; a broken invariant traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let broken = FuzzMain.harness?(bytes) ?? []
    if !broken.isEmpty { fatalError("invariant broken:\n" + broken.joined(separator: "\n")) }
    return 0
}

#if FUZZING
/// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer): parses the flags, runs the loop.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif
