import Ingest
import Portfolio

/// The GMPP importer: the input is up to three annual files (`;`-separated, Latin-1 or UTF-8),
/// split at each `\n%%\n`, named `uk_2021.csv`, `uk_2022.csv`, `uk_2023.csv` (the year in the
/// name gives the snapshot date), imported as `pmo import gmpp` does.
///
/// Holds: every diagnostic located inside its input file; an import without errors writes only
/// relative paths of Markdown and YAML files inside the site folder, and the site it writes
/// loads as `pmo build` loads it without a single diagnostic (as the real files do).
public enum GMPPHarness {
    static let names = ["uk_2021.csv", "uk_2022.csv", "uk_2023.csv"]
    static let marker: [UInt8] = Array("\n%%\n".utf8)

    public static func run(_ data: [UInt8]) -> [String] {
        let inputs = zip(names, split(data)).map { GMPPFile(path: $0, bytes: $1) }
        let site = GMPPImporter.importFiles(inputs)
        var findings = Findings()
        var files: [String: [UInt8]] = [:]
        for input in inputs { files[input.path] = input.bytes }
        findings.checkLocations(site.diagnostics, files: files,
                                csvSeparators: files.mapValues { _ in UInt8(ascii: ";") })
        guard !site.diagnostics.hasErrors else { return findings.broken }

        findings.check(site.files["pmo.yaml"] != nil && site.files["content/_index.md"] != nil,
                       "an import without errors wrote no pmo.yaml or content/_index.md")
        for path in site.files.keys.sorted() {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            findings.check(!path.hasPrefix("/") && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
                           && (path.hasSuffix(".md") || path.hasSuffix(".yaml")),
                           "the import writes `\(path)`, outside the site folder or not content")
        }
        let loaded = PortfolioLoader.load(SourceTree(files: site.files.mapValues { Array($0.utf8) }))
        findings.check(loaded.diagnostics.isEmpty,
                       "the imported site does not load clean: \(loaded.diagnostics.prefix(3).map(\.description))")
        if let portfolio = loaded.portfolio {
            let bundles = site.files.keys.filter { $0.hasPrefix("content/projects/") && $0.hasSuffix("/index.md") }.count
            findings.check(portfolio.projects.count == bundles,
                           "\(bundles) project files written, \(portfolio.projects.count) projects loaded")
        }
        return findings.broken
    }

    /// The bytes cut at each marker, at most three parts.
    static func split(_ data: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0, i = 0
        while i + marker.count <= data.count, parts.count < names.count - 1 {
            if data[i..<i + marker.count].elementsEqual(marker) {
                parts.append(Array(data[start..<i]))
                i += marker.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(Array(data[start...]))
        return parts
    }
}
