import FuzzSupport

/// libFuzzer target: see GMPPHarness and docs/fuzzing.md.
@main struct FuzzGMPP {
    static func main() { FuzzMain.run(GMPPHarness.run) }
}
