import CTreeSitter

/// Owns one `TSTreeCursor`, the fastest way to walk a tree.
public final class TreeCursor {
    /// On the heap, so that moving the cursor needs no exclusive access to a stored property.
    private let raw: UnsafeMutablePointer<TSTreeCursor>
    private let tree: Tree

    public init(node: Node) {
        raw = .allocate(capacity: 1)
        raw.initialize(to: ts_tree_cursor_new(node.raw))
        tree = node.tree
    }

    deinit {
        ts_tree_cursor_delete(raw)
        raw.deallocate()
    }

    public var currentNode: Node { Node(ts_tree_cursor_current_node(raw), tree: tree) }

    /// The current node's symbol (``Node/errorSymbol`` for an ERROR), without making a ``Node``.
    public var currentSymbol: UInt16 { ts_node_symbol(ts_tree_cursor_current_node(raw)) }

    /// The current node's byte range, without making a ``Node``.
    public var currentByteRange: Range<Int> {
        let node = ts_tree_cursor_current_node(raw)
        return Int(ts_node_start_byte(node))..<Int(ts_node_end_byte(node))
    }

    public var currentFieldName: String? {
        guard let name = ts_tree_cursor_current_field_name(raw) else { return nil }
        return String(cString: name)
    }

    @discardableResult public func gotoFirstChild() -> Bool { ts_tree_cursor_goto_first_child(raw) }
    @discardableResult public func gotoNextSibling() -> Bool { ts_tree_cursor_goto_next_sibling(raw) }
    @discardableResult public func gotoParent() -> Bool { ts_tree_cursor_goto_parent(raw) }
}
