import Foundation

/// The refusals of SPEC §1 "Publishing": pmo never replaces a folder it does not own, and
/// never an output that is the source folder, contains it, `/` or the home folder. Also
/// refused, whatever `--force` says: a folder that contains the home folder (`/home`,
/// `/Users`), and the home named by `$HOME` as well as the account's.
enum OutputGuard {
    static func check(output: URL, source: URL, force: Bool, home: URL = FileManager.default.homeDirectoryForCurrentUser) throws(BuildError) {
        let out = canonical(output)
        let src = canonical(source)
        var homes = [canonical(home)]
        if let env = ProcessInfo.processInfo.environment["HOME"], env.hasPrefix("/") { homes.append(canonical(URL(fileURLWithPath: env))) }
        if out == "/" { throw BuildError.usage("refusing to write the site into /") }
        for homePath in homes {
            if out == homePath { throw BuildError.usage("refusing to write the site into the home folder \(out)") }
            if homePath.hasPrefix(out + "/") {
                throw BuildError.usage("refusing to write the site into \(out), which contains the home folder \(homePath)")
            }
        }
        if out == src { throw BuildError.usage("refusing to write the site into the source folder \(out); choose another --output") }
        if src.hasPrefix(out + "/") {
            throw BuildError.usage("refusing to write the site into \(out), which contains the source folder \(src)")
        }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw BuildError.usage("the output \(out) is a file, not a folder") }
        let entries = (try? fm.contentsOfDirectory(atPath: out)) ?? []
        if entries.isEmpty || entries.contains(Publisher.markerName) || force { return }
        throw BuildError.usage("refusing to replace \(out): it is not empty and was not written by pmo (no \(Publisher.markerName) marker); use --force to replace it")
    }

    /// The path without `.`, `..` or symbolic links (as far as it exists).
    private static func canonical(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
