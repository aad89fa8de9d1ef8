import ASTPatch
import CTreeSitterBlockCache
import Foundation
import Testing
import TreeSitter

/// The per-thread block cache the CLI gives tree-sitter as its allocator.
struct BlockCacheTests {
    @Test func installsOverTheDefaultAllocatorOnce() {
        #expect(BlockCache.install())
        #expect(BlockCache.install(), "a second install finds the cache in place")
    }

    @Test func aFreedBlockServesTheNextRequestOfItsClass() throws {
        let first = try #require(ts_block_cache_malloc(100))
        let held = BlockCache.heldBytes
        ts_block_cache_free(first)
        // Its class's size: 104 usable bytes, the chunk malloc makes for 100.
        #expect(BlockCache.heldBytes == held + 104)
        // 100 and 104 bytes round up to the same malloc chunk, so the block comes back.
        let second = try #require(ts_block_cache_malloc(104))
        #expect(second == first)
        #expect(BlockCache.heldBytes == held)
        ts_block_cache_free(second)
    }

    @Test func callocZeroesARecycledBlock() throws {
        let block = try #require(ts_block_cache_malloc(64))
        memset(block, 0xFF, 64)
        ts_block_cache_free(block)
        let zeroed = try #require(ts_block_cache_calloc(8, 8))
        #expect(zeroed == block, "the freed block is reused")
        let bytes = zeroed.assumingMemoryBound(to: UInt8.self)
        #expect((0..<64).allSatisfy { bytes[$0] == 0 })
        ts_block_cache_free(zeroed)
    }

    @Test func reallocKeepsTheContents() throws {
        var block = try #require(ts_block_cache_malloc(16))
        memset(block, 0x5A, 16)
        block = try #require(ts_block_cache_realloc(block, 20), "fits the same chunk")
        block = try #require(ts_block_cache_realloc(block, 5000))
        let bytes = block.assumingMemoryBound(to: UInt8.self)
        #expect((0..<16).allSatisfy { bytes[$0] == 0x5A })
        memset(block, 0x5A, 5000)
        // Shrunk to a sliver, the block is given back to malloc to shrink; the contents stay.
        block = try #require(ts_block_cache_realloc(block, 8))
        let kept = block.assumingMemoryBound(to: UInt8.self)
        #expect((0..<8).allSatisfy { kept[$0] == 0x5A })
        ts_block_cache_free(block)
    }

    @Test func plainMallocAndTheCacheTakeEachOthersBlocks() throws {
        // A block from malloc goes into the cache, and one from the cache goes back to free().
        let foreign = try #require(malloc(200))
        ts_block_cache_free(foreign)
        let ours = try #require(ts_block_cache_malloc(200))
        #expect(ours == foreign)
        free(ours)
    }

    @Test func blocksFreedOnAnotherThreadGoToThatThreadsCache() throws {
        // Sizes up to 3,000 bytes: the small ones are cached, the large ones go back to free().
        let addresses = try (0..<10_000).map { index -> UInt in
            let size = 8 + index % 3000
            let block = try #require(ts_block_cache_malloc(size))
            memset(block, 0x11, size)
            return UInt(bitPattern: block)
        }
        let heldHere = BlockCache.heldBytes
        let finished = DispatchSemaphore(value: 0)
        final class Box: @unchecked Sendable { var held = 0 }
        let heldThere = Box()
        let thread = Thread {
            for address in addresses { ts_block_cache_free(UnsafeMutableRawPointer(bitPattern: address)) }
            heldThere.held = BlockCache.heldBytes
            finished.signal()
        }
        thread.start()
        finished.wait()
        #expect(heldThere.held > 1_000_000)
        #expect(BlockCache.heldBytes == heldHere)
    }

    /// Parsing with the cache in place, on several threads at once, gives the trees a parse
    /// gives without it (other tests in this process parse while the cache is installed too).
    @Test func parsesAreUnchanged() async throws {
        let python = try GrammarRegistry.shared.language(named: "python")
        let sources = (0..<40).map { index in
            Array((0...index).map { "def f\($0)(a, b=[1, 2, \($0)]):\n    return {a: b} if a else (b, \"\($0)\")\n" }.joined().utf8)
        }
        func sExpressions() throws -> [String] {
            let parser = Parser()
            try parser.setLanguage(python)
            return try sources.map { try #require(parser.parse($0)).rootNode.sExpression }
        }
        let expected = try sExpressions()
        BlockCache.install()
        let results = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<4 { group.addTask { try sExpressions() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 4)
        for result in results { #expect(result == expected) }
    }
}
