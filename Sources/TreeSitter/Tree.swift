import CTreeSitter

/// Owns one `TSTree`. Nodes keep their tree alive.
public final class Tree: @unchecked Sendable {
    let pointer: OpaquePointer
    /// The length of the text this tree was parsed from.
    public let bytesCount: Int

    init(owning pointer: OpaquePointer, bytesCount: Int) {
        self.pointer = pointer
        self.bytesCount = bytesCount
    }

    deinit {
        ts_tree_delete(pointer)
    }

    public var rootNode: Node {
        Node(ts_tree_root_node(pointer), tree: self)
    }

    public var language: Language {
        Language(ts_tree_language(pointer))
    }

    /// A cheap copy that can be edited or used on another thread independently.
    public func copy() -> Tree {
        Tree(owning: ts_tree_copy(pointer), bytesCount: bytesCount)
    }

    /// Records an edit of the text so that the next parse can reuse this tree.
    public func edit(_ edit: InputEdit) {
        var raw = edit.raw
        ts_tree_edit(pointer, &raw)
    }

    /// The byte ranges whose syntax differs between this (edited) tree and `newTree`.
    public func changedRanges(to newTree: Tree) -> [Range<Int>] {
        var count: UInt32 = 0
        guard let ranges = ts_tree_get_changed_ranges(pointer, newTree.pointer, &count) else { return [] }
        defer { free(ranges) }
        return (0..<Int(count)).map { Int(ranges[$0].start_byte)..<Int(ranges[$0].end_byte) }
    }
}
