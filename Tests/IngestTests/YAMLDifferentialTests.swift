import Foundation
import FuzzSupport
@_spi(YAMLCheck) @testable import Ingest
import Portfolio
import Testing
import TestSupport

/// pmo's own YAML composer (`YAMLComposer`, `YAMLTag`) against Yams' composer and resolver,
/// which pmo used before and which stay in the package as the reference (FuzzSupport's
/// `YamsReference`): the same tree, tags and errors on every text below, on every front matter
/// of the example site, the bad-input corpus and a generated sample, and on every fuzz seed
/// (`FuzzCorpusTests`, through the harness).
@Suite struct YAMLDifferentialTests {
    // MARK: - The resolver

    /// Texts at the edges of each of Yams' seven rules (see `YAMLTag`), written by hand.
    static let edgeTexts = [
        "", "~", "null", "Null", "NULL", "nULL", "nul", "null ", " null",
        "yes", "Yes", "YES", "yEs", "no", "No", "NO", "true", "True", "TRUE", "tRUE", "false", "False", "FALSE",
        "on", "On", "ON", "oN", "off", "Off", "OFF", "y", "n", "Y", "N", "yes!", "trues",
        "0", "00", "01", "08", "0_", "_0", "-0", "+0", "--0", "0b", "0b1", "0b_", "0b102", "-0b1", "0B1", "0o", "0o7",
        "0o8", "0o_", "+0o17", "0O7", "0x", "0x1F", "0xg", "0x_", "-0xFf", "0X1", "1", "12", "1_000", "1__", "-1_",
        "+12", "1:2", "1:20", "1:60", "1:59:59", "1:5:", "1:", ":1", "1::2", "0:1", "-1:30", "190:20:30", "1_0:30",
        "1.", "1.5", "-1.5", "+.5", ".5", "._", "._1", ".", "-.", "1e5", "1E5", "1e+5", "1e-5", "1e", "1e+", "1.e5",
        "1.5e5", ".5e5", ".5e+5", ".5E-5", "._e+1", "1_.5_", "0.", "00.1", "1:20.5", "1:20.", "-1:20:30.5_", "1:60.5",
        "1:2.3.4", ".inf", ".Inf", ".INF", "-.inf", "+.INF", ".iNF", "inf", ".nan", ".NaN", ".NAN", "-.nan", ".nAn",
        "<<", "<", "<<<", "=", "==", " =",
        "2026-01-05", "2026-1-5", "2026-01-5", "20260105", "2026-01-05 ", "2026-13-45", "0000-00-00", "2026-01-05T",
        "2026-01-05T10:20:30", "2026-1-5t1:20:30", "2026-01-05 10:20:30", "2026-01-05  \t10:20:30",
        "2026-01-05T10:20:30.", "2026-01-05T10:20:30.123", "2026-01-05T10:20:30Z", "2026-01-05T10:20:30 Z",
        "2026-01-05T10:20:30.5 \t-5", "2026-01-05T10:20:30+05:30", "2026-01-05T10:20:30-5:30", "2026-01-05T10:20:30+05:3",
        "2026-01-05T10:20:30+051", "2026-01-05T10:20:30 ", "2026-01-05T10:20:30ZZ", "2026-01-05T10:20", "2026-01-05T1:2:30",
        "2026-01-05T100:20:30", "2026-001-05T10:20:30", "2026-01-005", "2026-01-05T10:20:30.5+05:30:00",
        "abc", "yes no", "1 2", "١٢٣", "１２", "1\n2", "é", "0x\u{FF}",
    ]

    /// Every text up to four characters over an alphabet of the rules' characters, many longer
    /// random ones, and templates of each rule with one character changed: Yams' resolver and
    /// pmo's agree on all.
    @Test func resolverAgreesWithYams() {
        var texts = Self.edgeTexts
        let alphabet = Array("0159_:.-+eExbo")
        var level = [""]
        for _ in 1...4 {
            level = level.flatMap { prefix in alphabet.map { prefix + String($0) } }
            texts += level
        }
        var random = SampleRandom(seed: 9)
        let wide = Array("0123456789_:.-+eExXbBoOaAfFTtZ inINnN<=~y")
        for _ in 0..<40_000 {
            let length = random.int(1...24)
            texts.append(String((0..<length).map { _ in random.pick(wide) }))
        }
        let templates = ["2026-01-05T10:20:30.123 +05:30", "2026-1-5 1:20:30Z", "-190:20:30.5_", "+0b1010_1", "0o17_7",
                         "0x1F_a", "1_000:59:5", "-1_0.5_e+10", ".5_e-10", "+.inf", ".NaN", "2026-01-05"]
        for template in templates {
            let chars = Array(template)
            for i in chars.indices {
                for replacement in Array("0 9:._-+TZeE") + [nil] {
                    var changed = chars
                    if let replacement { changed[i] = replacement } else { changed.remove(at: i) }
                    texts.append(String(changed))
                }
            }
        }
        var differing: [String] = []
        for text in texts where YAMLTag.resolve(plain: text) != YamsReference.resolvedTag(plain: text) {
            differing.append(text)
        }
        #expect(differing.isEmpty, "resolved differently: \(differing.prefix(20).map(\.debugDescription))")
        #expect(texts.count > 80_000)
    }

    /// The resolver's answers on a few texts, from the rules by hand: not only the same as
    /// Yams', but what YAML 1.1 says.
    @Test func resolverByHand() {
        #expect(YAMLTag.resolve(plain: "yes") == YAMLTag.bool)
        #expect(YAMLTag.resolve(plain: "0o17") == YAMLTag.int)
        #expect(YAMLTag.resolve(plain: "190:20:30") == YAMLTag.int)   // sexagesimal
        #expect(YAMLTag.resolve(plain: "1:20.5") == YAMLTag.float)
        #expect(YAMLTag.resolve(plain: "1_.5_") == YAMLTag.float)
        #expect(YAMLTag.resolve(plain: "2026-01-05") == YAMLTag.timestamp)
        #expect(YAMLTag.resolve(plain: "2026-01-05 ") == YAMLTag.str)
        #expect(YAMLTag.resolve(plain: "") == YAMLTag.null)
        #expect(YAMLTag.resolve(plain: "<<") == YAMLTag.merge)
        #expect(YAMLTag.resolve(plain: "=") == YAMLTag.value)
        #expect(YAMLTag.resolve(plain: "0x") == YAMLTag.str)
    }

    // MARK: - The composer

    /// Texts written to reach each path of the composer: tags, anchors, duplicate keys of every
    /// kind, each kind of error, several documents.
    static let texts = [
        "", "\n", "# only a comment\n", "---\n", "---\n...\n", "--- a\n", "a: 1\n", "a: 1", "a:\n", "- a\n- b\n", "[a, {b: c}]\n",
        "a: 'q'\nb: \"d\\tq\"\nc: |\n  lit\n  eral\nd: >\n  fol\n  ded\ne: plain\n  more\n\n  lines\n",
        "a: !!str 1\nb: !!int '2'\nc: ! 3\nd: !foo 4\ne: !<tag:yaml.org,2002:str> 5\nf: !!map {x: 1}\ng: !!seq [1]\nh: ! [1]\n",
        "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n", "%YAML 1.1\n---\na: 1\n", "%YAML 1.3\n---\na: 1\n", "%FOO bar\n---\na: 1\n",
        "a: &x 1\nb: *x\n", "a: &x [1, 2]\nb: *x\nc: &x {k: v}\nd: *x\n", "a: *x\n", "a: &x [*x]\n", "&x a: &x b\nc: *x\n",
        "a: 1\na: 2\n", "a: 1\nb: 2\na: 3\nb: 4\n", "b: 1\na: 2\nb: 3\na: 4\n", "a: 1\n'a': 2\n", "1: a\n'1': b\n", "1: a\n1: b\n",
        "? [a]\n: 1\n? [a]\n: 2\n", "? {a: 1}\n: x\n? {a: 1}\n: y\n", "? {a: 1}\n: x\n? {a: 2}\n: y\n", "? [a, b]\n: 1\n? [a]\n: 2\n",
        "{=: v, x: 1}: a\n", "? {=: v}\n: 1\nk: 2\n", "? {=: [v]}\n: 1\n", "? {'=': v}\n: 1\n", "? !!value x\n: 1\n",
        "? {!!value a: v}\n: 1\n", "é: 1\ne\u{301}: 2\n", "a: 1\nb:\n  a: 1\n  a: 2\n", "k: &a x\nm: {*a: 1, x: 2}\n",
        "~: 1\nnull: 2\n~: 3\n", "!!str a: 1\na: 2\n", "!foo a: 1\na: 2\n", "! a: 1\na: 2\n", "yes: 1\nYes: 2\nyes: 3\n",
        "? [a]\n: 1\n? [a]\n: 2\nb: 3\nb: 4\n", "- {a: 1, a: 2}\n- [\n", "a: \"\\uFEFFx\"\nb: \"\\x00\"\nc: '\u{FEFF}y'\n",
        "a: \"\\uD800\"\n", "a: [\n", "a: {b\n", "a: 'x\n", "a:\n\t- b\n", "a: b: c\n", "- a\nb: c\n", "a: 1\n- b\n",
        "a: \u{1}\n", "a: b\u{7F}\n", "x\u{85}y: 1\n", "a: 1\u{2028}b: 2\n", "a: 1\r\nb: 2\r", "key: @x\n", "key: `x\n",
        "a: 1\n---\nb: 2\n", "a: 1\n--- [\n", "a: 1\n...\n", "a: 1\n...\n---\n", "a: |\n x\n  y\n", "a: |2-\n   x\n",
        "{a: 1, b: [c, d], e: {f: g}}", "- - - a\n    - b\n", "a: &anchor\n  b: c\nd: *anchor\n", "&a [*a]\n",
        "a: !<!> x\n", "a: !!binary aGk=\n", "? |\n  block key\n: v\n", "[a, b]: c\n", "{a: b}: c\n", "a: 0x1F\nb: 1e3\nc: .inf\n",
        "a: 2026-01-05\nb: 2026-1-5 10:20:30\n", "a: <<\n<<: {b: 1}\n", "=: 1\n'=': 2\n", "a: ~\nb: null\nc:\n", String(repeating: "[", count: 1_200),
        String(repeating: "- ", count: 300) + "x\n", "\u{FEFF}a: 1\n", "a: \u{FEFF}b\n",
    ]

    @Test func composerAgreesWithYamsOnHandWrittenTexts() {
        for text in Self.texts {
            #expect(YAMLDifferential.difference(text) == nil, "\(text.debugDescription)")
        }
    }

    /// The front matter of every file of the example site, the bad-input corpus and a
    /// generated 60-project sample.
    @Test func composerAgreesWithYamsOnSites() throws {
        let root = Fixtures.repositoryRoot()
        var files: [(path: String, bytes: [UInt8])] = []
        for folder in ["content", "Tests/Fixtures/bad"] {
            let base = root.appendingPathComponent(folder)
            let walker = FileManager.default.enumerator(atPath: base.path)
            while let name = walker?.nextObject() as? String {
                guard name.hasSuffix(".md") || name.hasSuffix(".yaml") else { continue }
                files.append((folder + "/" + name, Array(try Data(contentsOf: base.appendingPathComponent(name)))))
            }
        }
        files.append(("pmo.yaml", Array(try Data(contentsOf: root.appendingPathComponent("pmo.yaml")))))
        for (path, text) in SamplePortfolio.generate(projects: 60, seed: 7).files {
            files.append((path, Array(text.utf8)))
        }
        var composed = 0
        for file in files {
            guard let text = YAMLCheck.yamlText(of: file.bytes, path: file.path) else { continue }
            composed += 1
            #expect(YAMLDifferential.difference(text) == nil, "\(file.path)")
        }
        #expect(composed > 700)
    }

    /// The comparison is not vacuous: both sides write the positions, styles, tags and texts
    /// (worked out by hand from the text), and errors with their marks.
    @Test func dumpsCarryWhatIsCompared() {
        let text = "a: 'x'\nb: [1, ~]\n"
        let expected = [
            "mapping 1:1 tag:yaml.org,2002:map string nil count 2",
            "  scalar 1:1 style 1 tag:yaml.org,2002:str \"a\"",
            "    scalar 1:4 style 2 tag:yaml.org,2002:str \"x\"",
            "  scalar 2:1 style 1 tag:yaml.org,2002:str \"b\"",
            "    sequence 2:4 tag:yaml.org,2002:seq string nil count 2",
            "      scalar 2:5 style 1 tag:yaml.org,2002:int \"1\"",
            "      scalar 2:8 style 1 tag:yaml.org,2002:null \"~\"",
        ]
        #expect(YAMLCheck.dump(text).lines == expected)
        #expect(YamsReference.dump(text) == expected)
        let duplicate = ["duplicate keys [\"a\", \"b\"] at 1:1"]
        #expect(YAMLCheck.dump("b: 1\na: 2\nb: 3\na: 4\n").lines == ["duplicate keys [\"a\", \"b\"] at 2:1"])
        #expect(YAMLCheck.dump("a: 1\nb: 2\na: 3\nb: 4\n").lines == duplicate)
        #expect(YamsReference.dump("a: 1\nb: 2\na: 3\nb: 4\n") == duplicate)
        #expect(YAMLCheck.dump("a: *x\n").lines == ["composer context none problem \"found undefined alias\" at 1:4"])
    }

    /// Where Yams' order of duplicate keys is its dictionary's (the same text with two tags),
    /// pmo's is first use, and the check compares the keys as a set.
    @Test func duplicateKeysYamsLeavesUnordered() {
        let text = "1: a\n'1': b\n1: c\n'1': d\n"
        let (lines, unordered) = YAMLCheck.dump(text)
        #expect(unordered)
        #expect(lines == ["duplicate keys, unordered, [\"1\", \"1\"]"])
        guard case .failure(.duplicatedKeys(let keys, let mark, false)) = YAMLComposer.compose(text) else {
            Issue.record("expected duplicate keys"); return
        }
        #expect(keys == ["1", "1"])
        #expect(mark == .init(line: 1, column: 1))  // the plain `1`, used first
        #expect(YAMLDifferential.difference(text) == nil)
    }
}
