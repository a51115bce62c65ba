import Foundation
import Ingest
import Site

/// A rebuild after edits to status reports' narratives alone: the new narratives' HTML put in
/// the places the last build recorded (`NarrativePlace`), in the files as that build wrote them,
/// instead of loading, computing and rendering the whole site again.
///
/// It stands for a full build because everything else the site is made from is unchanged (the
/// build cache's fingerprint covers all of it, narratives apart), the output files are exactly
/// as that build left them (its manifest), and a narrative is read nowhere but at its two
/// recorded places. It is tried only for narratives with both places recorded, and gives up —
/// the site is then built in full — when a new narrative is empty (the page would leave out its
/// section) or a place does not fit the file.
struct NarrativeSplice {
    let record: BuildCache.Record
    /// The status reports whose narrative changed, by source path.
    let changed: [String]
    let sources: [String: [UInt8]]
    /// The output folder, whose files are read.
    let output: URL

    struct Outcome {
        /// The output files with their new narratives, by path.
        var files: [OutputFile]
        /// Every recorded place, moved where the new narratives shifted it.
        var places: [PlaceEntry]
    }

    /// The changed files; nil when some narrative cannot be replaced in place.
    func run() -> Outcome? {
        var html: [String: String] = [:]
        for source in changed {
            guard let bytes = sources[source], let split = NarrativeSource.split(bytes, path: source) else { return nil }
            let text = NarrativeHTML.render(split.body, unsafe: record.markdownUnsafe)
            // Empty: the page leaves the section out. The link-token bytes: the page would read
            // them as links (`LinkTokens`), so the full build decides what they become.
            guard !text.isEmpty, !text.utf8.contains(where: { $0 == 0x01 || $0 == 0x02 }) else { return nil }
            html[source] = text
        }
        var places = record.places
        var byOutput: [String: [Int]] = [:]
        for (i, place) in places.enumerated() { byOutput[place.output, default: []].append(i) }
        let touched = Set(places.filter { html[$0.source] != nil }.map(\.output))
        // Only files the output holds (the manifest was just checked against a listing of it):
        // a record naming any other path (`../`, a file it never wrote) is not trusted.
        let held = Set(record.files.map(\.path))
        guard touched.isSubset(of: held) else { return nil }
        var files: [OutputFile] = []
        for path in touched.sorted() {
            guard let old = FileTree.readFile(output.path + "/" + path) else { return nil }
            let order = byOutput[path]!.sorted { places[$0].offset < places[$1].offset }
            var new: [UInt8] = []
            new.reserveCapacity(old.count + 4096)
            var copied = 0, end = 0, shift = 0
            for i in order {
                let place = places[i]
                // Places never overlap and lie inside the file; if they do not, they are not ours.
                guard place.offset >= end, place.length >= 0, place.offset + place.length <= old.count else { return nil }
                end = place.offset + place.length
                places[i].offset += shift
                guard let text = html[place.source] else { continue }
                let bytes = Array(NarrativePlace.text(of: text, as: place.form).utf8)
                new += old[copied..<place.offset]
                new += bytes
                copied = end
                places[i].length = bytes.count
                shift += bytes.count - place.length
            }
            new += old[copied...]
            files.append(OutputFile(path: path, bytes: new))
        }
        return Outcome(files: files, places: places)
    }
}

/// A `NarrativePlace` in the build cache (a row of `Record.places`).
struct PlaceEntry: Equatable {
    var source: String
    var output: String
    var offset: Int
    var length: Int
    var form: NarrativePlace.Form

    init(_ place: NarrativePlace) {
        source = place.source; output = place.output; offset = place.offset; length = place.length; form = place.form
    }

    /// The places of each source, ordered by source, then form: the sources sorted once, not
    /// every pair of entries compared as (source, form).
    static func sorted(_ bySource: [String: [NarrativePlace]]) -> [PlaceEntry] {
        var entries: [PlaceEntry] = []
        entries.reserveCapacity(bySource.count * NarrativePlace.Form.allCases.count)
        for source in bySource.keys.sorted() {
            for place in bySource[source]!.sorted(by: { $0.form.rawValue < $1.form.rawValue }) { entries.append(PlaceEntry(place)) }
        }
        return entries
    }

    /// `sorted(NarrativePlace.complete(places))` without grouping: one pass pairs each source's
    /// page and feed places, and the pairs — in nearly the order the pages rendered — are then
    /// sorted by source. (The grouping made an array and a set for each of ten thousand reports,
    /// and sorted their sources from a dictionary's order, on one core as a build ended.)
    static func complete(_ places: [NarrativePlace]) -> [PlaceEntry] {
        var slot: [String: Int] = [:]
        slot.reserveCapacity(places.count / 2 + 1)
        var pairs: [(source: String, html: Int, xml: Int, twice: Bool)] = []
        pairs.reserveCapacity(places.count / 2 + 1)
        for (k, place) in places.enumerated() {
            let i: Int
            if let found = slot[place.source] {
                i = found
            } else {
                i = pairs.count
                slot[place.source] = i
                pairs.append((place.source, -1, -1, false))
            }
            switch place.form {
            case .html:
                if pairs[i].html >= 0 { pairs[i].twice = true }
                pairs[i].html = k
            case .xml:
                if pairs[i].xml >= 0 { pairs[i].twice = true }
                pairs[i].xml = k
            }
        }
        var complete = pairs.filter { !$0.twice && $0.html >= 0 && $0.xml >= 0 }
        complete.sort { $0.source < $1.source }
        var entries: [PlaceEntry] = []
        entries.reserveCapacity(2 * complete.count)
        for pair in complete {
            entries.append(PlaceEntry(places[pair.html]))  // "html" before "xml", as `sorted` orders forms
            entries.append(PlaceEntry(places[pair.xml]))
        }
        return entries
    }

    init(source: String, output: String, offset: Int, length: Int, form: NarrativePlace.Form) {
        self.source = source; self.output = output; self.offset = offset; self.length = length; self.form = form
    }
}
