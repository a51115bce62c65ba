// pmo-bench: benchmark entry points (see BENCHMARKS.md and benchmarks/). Not a test: it prints
// timings of synthetic inputs generated in memory.
//
//   pmo-bench simulation [options]     SPEC §3.9 Monte Carlo (SimulationBench.swift)
//   pmo-bench selection [options]      SPEC §3.8 funding selection and frontier (OfficeBench.swift)
//   pmo-bench feasibility [options]    SPEC §3.7 feasibility plan vs a full build (OfficeBench.swift)
//   pmo-bench markdown DIR [--threads N]   Markdown rendering alone, for benchmarks/run (MarkdownBench.swift)
import Foundation

switch CommandLine.arguments.dropFirst().first {
case "simulation": try simulationBenchmark(parse(CommandLine.arguments.dropFirst(2)))
case "selection": try selectionBenchmark()
case "feasibility": feasibilityBenchmark()
case "markdown": markdownBenchmark(CommandLine.arguments.dropFirst(2))
default:
    print("usage: pmo-bench simulation|selection|feasibility|markdown [options]")
    exit(2)
}
