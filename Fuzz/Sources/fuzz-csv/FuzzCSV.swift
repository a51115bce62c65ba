import FuzzSupport

/// libFuzzer target: see CSVHarness and docs/fuzzing.md.
@main struct FuzzCSV {
    static func main() { FuzzMain.run(CSVHarness.run) }
}
