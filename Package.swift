// swift-tools-version:6.0
// pmo — a static status site for a Project Management Office.
// The targets follow the pipeline: Ingest → Portfolio → Analysis → Site → Build (see STYLE.md).
import PackageDescription

// pmo's allocator on Linux: jemalloc, linked in whole from Debian's libjemalloc-dev (no library
// needed at run time). Rendering the site allocates and frees millions of small strings and
// arrays on every core; glibc's malloc spent about a tenth of a build's CPU on them, and more
// when one thread frees what another allocated (BENCHMARKS.md, session 9).
let jemalloc: [LinkerSetting] = [
    .unsafeFlags(["-Xlinker", "--whole-archive", "-Xlinker", "-l:libjemalloc_pic.a", "-Xlinker", "--no-whole-archive", "-lstdc++"],
                 .when(platforms: [.linux])),
]

// pmo's own modules are optimised across module boundaries (generic code such as the chart
// kit's byte writers specialised and inlined where Site calls it).
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "pmo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pmo", targets: ["pmo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Portfolio", swiftSettings: crossModule),
        .target(name: "Ingest", dependencies: ["Portfolio", .product(name: "Yams", package: "Yams")], swiftSettings: crossModule),
        .target(name: "Analysis", dependencies: ["Portfolio"], swiftSettings: crossModule),
        .target(name: "Charts", swiftSettings: crossModule),
        // Every executable linking Narrative exports pmo's definition of this libcmark-gfm
        // function, so the library's own calls reach it (MarkdownRenderer.swift, InlineCharacters).
        .target(name: "Narrative", dependencies: ["CCmarkGFM"], swiftSettings: crossModule, linkerSettings: [
            .unsafeFlags(["-Xlinker", "--export-dynamic-symbol=cmark_manage_extensions_special_characters"], .when(platforms: [.linux])),
        ]),
        .target(name: "Site", dependencies: [
            "Portfolio", "Analysis", "Charts", "Narrative",
        ], swiftSettings: crossModule),
        .target(name: "Build", dependencies: ["Portfolio", "Ingest", "Analysis", "Site", "Charts"], swiftSettings: crossModule),
        .target(name: "Serve", dependencies: ["Build"]),
        .executableTarget(name: "pmo", dependencies: [
            "Build", "Serve",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: jemalloc),
        // Benchmarks of BENCHMARKS.md (risk simulation, portfolio office); not part of the product.
        .executableTarget(name: "pmo-bench", dependencies: ["Analysis", "Portfolio", "Site", "Narrative"],
                          linkerSettings: jemalloc),
        // libFuzzer targets of docs/fuzzing.md, one per parser; a plain build makes them replay tools.
        // FuzzSupport holds Yams' composer as the reference pmo's own YAML composer is checked against.
        .target(name: "FuzzSupport", dependencies: ["Ingest", "Portfolio", .product(name: "Yams", package: "Yams")],
                path: "Fuzz/Sources/FuzzSupport"),
        .executableTarget(name: "fuzz-frontmatter", dependencies: ["FuzzSupport"], path: "Fuzz/Sources/fuzz-frontmatter"),
        .executableTarget(name: "fuzz-csv", dependencies: ["FuzzSupport"], path: "Fuzz/Sources/fuzz-csv"),
        .executableTarget(name: "fuzz-values", dependencies: ["FuzzSupport"], path: "Fuzz/Sources/fuzz-values"),
        .executableTarget(name: "fuzz-gmpp", dependencies: ["FuzzSupport"], path: "Fuzz/Sources/fuzz-gmpp"),
        .target(name: "TestSupport"),
        .testTarget(name: "PortfolioTests", dependencies: ["Portfolio", "TestSupport"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Portfolio", "TestSupport"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Portfolio", "TestSupport", "FuzzSupport"]),
        .testTarget(name: "NarrativeTests", dependencies: ["Narrative", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Portfolio", "Narrative", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "ServeTests", dependencies: ["Serve", "Build", "TestSupport"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "Ingest", "Portfolio", "Site", "TestSupport"]),
    ]
)
