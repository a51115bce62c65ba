import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The site before the last one, kept after a swap (in `<source>/.pmo-cache/spare`) so that
/// the next build can turn it into the new site instead of making every folder again.
///
/// Publishing assembles the new site in a staging folder and swaps it in (SPEC §1). A fresh
/// staging folder needs every folder of the site made anew — twelve thousand for a thousand
/// projects, most of a small rebuild's time on ext4 — and the swapped-out site then removed.
/// Kept instead, the old site becomes the next staging folder: its folders are already there,
/// and a file unchanged over the last two builds is already the live file itself (the same
/// inode, hard-linked). Only what differs is touched:
/// - a file to keep that is not the live file's inode is replaced by a link to it;
/// - a file to write replaces what is there (removed first: it may be a link to a live file,
///   which must never be written through);
/// - anything where a folder is needed, or a folder where a file is needed, is removed;
/// - what the new site does not have is removed before the swap.
/// Nothing of the spare is trusted but its listing, taken when it is adopted: a spare left
/// half-updated by a killed build is simply updated again. It is only ever one's own: a
/// hidden folder of the build cache, on the output's file system (a hard link and a rename
/// need it there), never in a folder a web server may show.
final class SpareTree: @unchecked Sendable {
    /// The staging folder the spare now is.
    let root: String
    /// What the spare held when adopted, by relative path: kind and inode.
    private let entries: [String: (kind: FileTree.Kind, inode: UInt64)]

    private init(root: String, entries: [String: (kind: FileTree.Kind, inode: UInt64)]) {
        self.root = root
        self.entries = entries
    }

    /// Moves the spare at `spare` to `staging` and lists it; nil (nothing moved) when there is no
    /// spare folder there or it cannot be moved.
    static func adopt(_ spare: URL, as staging: URL) -> SpareTree? {
        var info = stat()
        guard lstat(spare.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
              rename(spare.path, staging.path) == 0 else { return nil }
        guard let listing = FileTree.entries(under: staging.path) else {
            try? FileManager.default.removeItem(at: staging)
            return nil
        }
        var entries: [String: (kind: FileTree.Kind, inode: UInt64)] = [:]
        entries.reserveCapacity(listing.count)
        for entry in listing { entries[entry.path] = (entry.kind, entry.inode) }
        return SpareTree(root: staging.path, entries: entries)
    }

    /// Keeps the site just swapped out (now at `staging`) as the spare, when the spare's place
    /// is free and on the same file system; otherwise removes it. `spare` nil: removes it.
    static func keep(_ staging: URL, as spare: URL?) {
        var info = stat()
        if let spare, lstat(spare.path, &info) != 0 {
            FileTree.makeFolders(spare.deletingLastPathComponent().path)
            if rename(staging.path, spare.path) == 0 { return }
        }
        try? FileManager.default.removeItem(at: staging)
    }

    /// True when the spare's file at `path` is the live file `live` (whose inode was listed as
    /// `inode`): nothing to do. The listings' inodes only point the way — on some file systems
    /// (overlayfs) a listing's inode is not the file's — so a match is confirmed with `lstat`
    /// of both: the same device and inode is the same file.
    func holds(_ path: String, inode: UInt64?, live: String) -> Bool {
        guard let inode, let entry = entries[path], entry.kind == .file, entry.inode == inode else { return false }
        var mine = stat(), theirs = stat()
        return lstat(root + "/" + path, &mine) == 0 && lstat(live, &theirs) == 0
            && (mine.st_mode & S_IFMT) == S_IFREG && mine.st_ino == theirs.st_ino && mine.st_dev == theirs.st_dev
    }

    /// Makes room for a new file at `path`: removes what the spare has there, and any file or
    /// link where one of its folders must be. Safe on several threads for different paths.
    func clear(_ path: String) {
        var end = path.startIndex
        while let slash = path[end...].firstIndex(of: "/") {
            let folder = String(path[..<slash])
            if let entry = entries[folder], entry.kind != .folder { unlink(root + "/" + folder) }
            end = path.index(after: slash)
        }
        guard let entry = entries[path] else { return }
        if entry.kind == .folder {
            try? FileManager.default.removeItem(atPath: root + "/" + path)
        } else {
            unlink(root + "/" + path)
        }
    }

    /// Removes everything the spare had that the new site, whose files are `kept`, does not:
    /// files and links first, then folders, deepest first. Throws when something stays.
    func removeExtras(keeping kept: Set<String>) throws {
        var folders = Set<String>()
        for path in kept {
            var end = path.startIndex
            while let slash = path[end...].firstIndex(of: "/") {
                folders.insert(String(path[..<slash]))
                end = path.index(after: slash)
            }
        }
        for (path, entry) in entries where entry.kind != .folder && !kept.contains(path) && !folders.contains(path) {
            // Gone already (ENOENT), or a folder of it is now a file (ENOTDIR): not there.
            guard unlink(root + "/" + path) == 0 || errno == ENOENT || errno == ENOTDIR else { throw failure(path) }
        }
        let extra = entries.filter { $0.value.kind == .folder && !folders.contains($0.key) && !kept.contains($0.key) }.keys
        for path in extra.sorted(by: { $0.count > $1.count }) {
            let full = root + "/" + path
            if rmdir(full) == 0 || errno == ENOENT || errno == ENOTDIR { continue }
            // A folder holding what the listing did not: removed whole.
            do { try FileManager.default.removeItem(atPath: full) } catch { throw failure(path) }
        }
    }

    private func failure(_ path: String) -> BuildError {
        BuildError.publish("cannot remove \(root)/\(path) from the staging folder: \(String(cString: strerror(errno)))")
    }
}
