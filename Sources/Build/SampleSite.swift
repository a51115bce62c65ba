import Foundation
import Ingest

extension SiteImport {
    /// `pmo sample --projects N --into DIR [--seed S]`: writes the synthetic portfolio that
    /// `SamplePortfolio` (Ingest, pure) generates, whole or not at all, like an import.
    public static func sample(projects: Int, seed: UInt64, into folder: URL, force: Bool) throws(BuildError) -> ImportOutcome {
        guard projects >= 1 else { throw BuildError.usage("--projects must be at least 1") }
        try checkTarget(folder, force: force)
        let site = SamplePortfolio.generate(projects: projects, seed: seed)
        try write(site.files, into: folder)
        return ImportOutcome(site, written: true)
    }
}
