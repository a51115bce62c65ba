#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Moves the headings of a rendered Markdown fragment down, so a narrative's `# Title`
/// sits under the page's `<h2>` sections and every page keeps exactly one `<h1>`.
/// Works on UTF-8 bytes (tags are ASCII): one pass finds the heading tags (`memchr` to each
/// `<`), and the text is copied only when one of them changes. (Looking for `<h1>` … `<h6>` one
/// after another and then demoting in a pass of its own, byte by byte, went over each of ten
/// thousand narratives four times.)
package enum HeadingLevels {
    /// Moves headings so the fragment's highest heading becomes `<h\(level)>`: a narrative
    /// that starts at `##` still sits directly under the page's `<h2>` sections. The highest is
    /// the smallest N of an opening `<hN>` or `<hN …>`.
    package static func placing(_ html: String, topAt level: Int) -> String {
        var text = html
        return text.withUTF8 { bytes -> String? in
            let tags = headingTags(bytes)
            guard let top = tags.lazy.filter(\.opensLowercase).map(\.level).min() else { return nil }
            return shifted(bytes, tags, by: level - top)
        } ?? html
    }

    /// `<h1>` → `<h3>` with `by: 2`; levels stop at `<h6>`. Opening and closing tags, `h` or `H`.
    package static func demote(_ html: String, by shift: Int) -> String {
        guard shift > 0 else { return html }
        var text = html
        return text.withUTF8 { shifted($0, headingTags($0), by: shift) } ?? html
    }

    /// A heading tag: the position of its letter, its level, and whether it is an opening tag
    /// written `<h` (what `placing` looks for).
    private struct Tag {
        let letter: Int
        let level: Int
        let opensLowercase: Bool
    }

    /// Every `<hN>`, `<hN …>`, `</hN>` (h or H, N 1–6), in order; after a tag the scan goes on
    /// past its digit.
    private static func headingTags(_ bytes: UnsafeBufferPointer<UInt8>) -> [Tag] {
        guard let base = bytes.baseAddress else { return [] }
        let n = bytes.count
        var tags: [Tag] = []
        var i = 0
        while i < n, let hit = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) {
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let closing = i + 1 < n && bytes[i + 1] == UInt8(ascii: "/")
            let tag = i + (closing ? 2 : 1)
            if tag + 2 < n, bytes[tag] == UInt8(ascii: "h") || bytes[tag] == UInt8(ascii: "H"),
               (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[tag + 1]),
               bytes[tag + 2] == UInt8(ascii: ">") || bytes[tag + 2] == UInt8(ascii: " ") {
                tags.append(Tag(letter: tag, level: Int(bytes[tag + 1] - UInt8(ascii: "0")),
                                opensLowercase: !closing && bytes[tag] == UInt8(ascii: "h")))
                i = tag + 2
            } else {
                i += 1
            }
        }
        return tags
    }

    /// The text with each tag moved down `shift` levels (at most `h6`, written lowercase); nil
    /// when nothing moves.
    private static func shifted(_ bytes: UnsafeBufferPointer<UInt8>, _ tags: [Tag], by shift: Int) -> String? {
        guard shift > 0, !tags.isEmpty else { return nil }
        var out = Array(bytes)
        for tag in tags {
            out[tag.letter] = UInt8(ascii: "h")
            out[tag.letter + 1] = UInt8(ascii: "0") + UInt8(min(6, tag.level + shift))
        }
        return String(decoding: out, as: UTF8.self)
    }
}
