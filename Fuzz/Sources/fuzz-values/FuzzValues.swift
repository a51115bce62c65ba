import FuzzSupport

/// libFuzzer target: see ValuesHarness and docs/fuzzing.md.
@main struct FuzzValues {
    static func main() { FuzzMain.run(ValuesHarness.run) }
}
