import FuzzSupport

/// libFuzzer target: see FrontMatterHarness and docs/fuzzing.md.
@main struct FuzzFrontMatter {
    static func main() { FuzzMain.run(FrontMatterHarness.run) }
}
