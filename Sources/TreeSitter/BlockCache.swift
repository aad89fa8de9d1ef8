import CTreeSitterBlockCache

/// tree-sitter's allocations through a per-thread cache of freed blocks in front of malloc.
///
/// A parse allocates a block per syntax node and deleting the tree frees them all; glibc keeps
/// only a few freed blocks of a size per thread, so without the cache every parse goes back to
/// the shared arena for most of its blocks. The cache holds up to 32 MiB per thread and releases
/// it when the thread ends. Its blocks are ordinary malloc blocks, so installing it at any time is
/// safe. It is process-wide, which is why the library never installs it: a program opts in.
public enum BlockCache {
    /// Makes tree-sitter allocate through the cache. False, with nothing changed, where the C
    /// library is not glibc or where tree-sitter already has an allocator of the program's own.
    @discardableResult
    public static func install() -> Bool {
        ts_block_cache_install()
    }

    /// The bytes of freed blocks the calling thread's cache holds.
    public static var heldBytes: Int {
        Int(ts_block_cache_held_bytes())
    }
}
