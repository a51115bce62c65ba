import Charts
import Foundation
import Site

/// The record's three long tables — the output's files (11,000 rows for a thousand projects),
/// the status reports' narratives (12,000) and their places (24,000) — live in a binary file
/// beside `build.json`, `build.tables`, which `build.json` names by its XXH64. As JSON they took
/// Foundation's decoder longer than everything else a build with nothing changed does.
///
/// Layout (little-endian): the line `pmo build tables 1`, then each table as a row count (u64)
/// and its rows; a text is its byte count (u64) and UTF-8 bytes, a number 8 bytes.
extension BuildCache.Record {
    private enum CodingKeys: String, CodingKey {
        case format, fingerprint, asOf, output, pages, diagnostics, markdownUnsafe, tables
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(Int.self, forKey: .format)
        fingerprint = try c.decode(String.self, forKey: .fingerprint)
        asOf = try c.decodeIfPresent(String.self, forKey: .asOf)
        output = try c.decode(String.self, forKey: .output)
        pages = try c.decode(Int.self, forKey: .pages)
        diagnostics = try c.decode([BuildCache.StoredDiagnostic].self, forKey: .diagnostics)
        markdownUnsafe = try c.decode(Bool.self, forKey: .markdownUnsafe)
        tables = try c.decode(String.self, forKey: .tables)
        files = []
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(fingerprint, forKey: .fingerprint)
        try c.encodeIfPresent(asOf, forKey: .asOf)
        try c.encode(output, forKey: .output)
        try c.encode(pages, forKey: .pages)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encode(markdownUnsafe, forKey: .markdownUnsafe)
        try c.encode(tables, forKey: .tables)
    }

    static let tablesHeader = Array("pmo build tables 1\n".utf8)

    /// The tables as bytes.
    func packedTables() -> [UInt8] {
        // Into a ByteSink: an array's append was a library call of ~100 instructions for each of
        // the 200,000 numbers and texts of a thousand projects' tables, on one core as the build ends.
        var out = ByteSink(capacity: Self.tablesHeader.count + files.count * 120 + narratives.count * 100 + places.count * 160)
        Self.tablesHeader.withUnsafeBufferPointer { out.put($0) }
        func number(_ value: UInt64) {
            withUnsafeBytes(of: value.littleEndian) { out.put($0.assumingMemoryBound(to: UInt8.self)) }
        }
        func text(_ value: String) {
            var value = value
            value.withUTF8 { bytes in
                number(UInt64(bytes.count))
                out.put(bytes)
            }
        }
        number(UInt64(files.count))
        for file in files {
            text(file.path); number(UInt64(bitPattern: file.size)); number(UInt64(bitPattern: file.modified))
            number(UInt64(bitPattern: file.changed)); number(file.inode)
        }
        number(UInt64(narratives.count))
        for (path, hash) in narratives.sorted(by: { $0.key < $1.key }) { text(path); text(hash) }
        number(UInt64(places.count))
        for place in places {
            text(place.source); text(place.output); number(UInt64(place.offset)); number(UInt64(place.length)); text(place.form.rawValue)
        }
        return out.finishBytes()
    }

    /// Fills the tables from `bytes`; false when they are not such tables.
    mutating func unpackTables(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            var at = Self.tablesHeader.count
            guard raw.count >= at, raw.prefix(at).elementsEqual(Self.tablesHeader) else { return false }
            func number() -> UInt64? {
                guard raw.count - at >= 8 else { return nil }
                var value: UInt64 = 0
                withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[at..<(at + 8)])) }
                at += 8
                return UInt64(littleEndian: value)
            }
            func text() -> String? {
                guard let count = number(), count <= UInt64(raw.count - at) else { return nil }
                let value = String(decoding: UnsafeRawBufferPointer(rebasing: raw[at..<(at + Int(count))]), as: UTF8.self)
                at += Int(count)
                return value
            }
            func count() -> Int? { number().flatMap { $0 <= UInt64(raw.count) ? Int($0) : nil } }
            guard let fileCount = count() else { return false }
            var files: [BuildCache.OutputEntry] = []
            files.reserveCapacity(fileCount)
            for _ in 0..<fileCount {
                guard let path = text(), let size = number(), let modified = number(), let changed = number(), let inode = number() else { return false }
                files.append(BuildCache.OutputEntry(path: path, size: Int64(bitPattern: size), modified: Int64(bitPattern: modified),
                                                    changed: Int64(bitPattern: changed), inode: inode))
            }
            guard let narrativeCount = count() else { return false }
            var narratives: [String: String] = [:]
            narratives.reserveCapacity(narrativeCount)
            for _ in 0..<narrativeCount {
                guard let path = text(), let hash = text() else { return false }
                narratives[path] = hash
            }
            guard let placeCount = count() else { return false }
            var places: [PlaceEntry] = []
            places.reserveCapacity(placeCount)
            for _ in 0..<placeCount {
                guard let source = text(), let output = text(), let offset = number(), let length = number(),
                      let form = text().flatMap(NarrativePlace.Form.init(rawValue:)),
                      offset <= UInt64(Int.max), length <= UInt64(Int.max) else { return false }
                places.append(PlaceEntry(source: source, output: output, offset: Int(offset), length: Int(length), form: form))
            }
            guard at == raw.count else { return false }
            self.files = files
            self.narratives = narratives
            self.places = places
            return true
        }
    }
}
