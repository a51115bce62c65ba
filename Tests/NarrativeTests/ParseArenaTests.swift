import Testing
@testable import Narrative

/// The per-thread arena cmark-gfm parses into (`ParseArena`): it must behave as `calloc` and
/// `realloc` do, or cmark-gfm reads garbage.
@Suite("ParseArena") struct ParseArenaTests {
    @Test("blocks are zeroed, 16-byte aligned and do not overlap")
    func blocks() throws {
        let arena = ParseArena()
        let a = try #require(arena.allocate(24))
        let b = try #require(arena.allocate(1))
        #expect(Int(bitPattern: a) % 16 == 0 && Int(bitPattern: b) % 16 == 0)
        #expect((0..<24).allSatisfy { a.load(fromByteOffset: $0, as: UInt8.self) == 0 })
        // 24 bytes + a 16-byte size header, rounded up to 16: the next block starts 48 bytes on.
        #expect(b - a == 48)
        a.storeBytes(of: 0xFF, toByteOffset: 23, as: UInt8.self)
        #expect(b.load(as: UInt8.self) == 0)
    }

    @Test("realloc keeps the bytes; reset gives zeroed memory again")
    func reallocAndReset() throws {
        let arena = ParseArena()
        let a = try #require(arena.allocate(4))
        a.storeBytes(of: 0x0102_0304, as: UInt32.self)
        let grown = try #require(arena.reallocate(a, to: 100))
        #expect(grown.load(as: UInt32.self) == 0x0102_0304)
        #expect(try #require(arena.reallocate(grown, to: 50)) == grown)  // shrinking keeps the block
        arena.reset()
        let again = try #require(arena.allocate(4))
        #expect(again == a)  // the same chunk, from its start
        #expect(again.load(as: UInt32.self) == 0)
    }

    @Test("blocks larger than a quarter chunk and parses needing several chunks")
    func largeAndMany() throws {
        let arena = ParseArena()
        let big = try #require(arena.allocate(ParseArena.chunkSize))
        big.storeBytes(of: 7, toByteOffset: ParseArena.chunkSize - 1, as: UInt8.self)
        var blocks: [UnsafeMutableRawPointer] = []
        for _ in 0..<(3 * ParseArena.chunkSize / 1024) { blocks.append(try #require(arena.allocate(1000))) }
        #expect(Set(blocks).count == blocks.count)
        for block in blocks { block.storeBytes(of: 0xAB, toByteOffset: 999, as: UInt8.self) }
        arena.reset()
        for _ in blocks.indices {
            let block = try #require(arena.allocate(1000))
            #expect(block.load(fromByteOffset: 999, as: UInt8.self) == 0)
        }
    }

    @Test("a document of 3 MB, past every chunk, renders as the parts do")
    func hugeDocument() {
        let part = "| a | b |\n|---|---|\n| ~~x~~ | www.example.com |\n\n" + String(repeating: "word *em* ", count: 50) + "\n\n"
        let renderer = MarkdownRenderer()
        let one = renderer.render(part)
        let many = renderer.render(String(repeating: part, count: 3_000_000 / part.utf8.count))
        #expect(many == String(repeating: one, count: 3_000_000 / part.utf8.count))
    }
}
