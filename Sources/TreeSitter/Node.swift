import CTreeSitter

/// A node of a syntax tree: a cheap value that keeps its tree alive.
public struct Node {
    let raw: TSNode
    /// The tree this node belongs to.
    public let tree: Tree

    init(_ raw: TSNode, tree: Tree) {
        self.raw = raw
        self.tree = tree
    }

    init?(nullable raw: TSNode, tree: Tree) {
        if ts_node_is_null(raw) { return nil }
        self.init(raw, tree: tree)
    }

    /// The symbol tree-sitter gives ERROR nodes: `(TSSymbol)-1`.
    public static let errorSymbol = UInt16.max

    public var type: String { String(cString: ts_node_type(raw)) }
    public var symbol: UInt16 { ts_node_symbol(raw) }
    public var isNamed: Bool { ts_node_is_named(raw) }
    public var isMissing: Bool { ts_node_is_missing(raw) }
    public var isExtra: Bool { ts_node_is_extra(raw) }
    public var isError: Bool { symbol == Node.errorSymbol }
    /// Whether this node or any descendant is an ERROR or MISSING node.
    public var hasError: Bool { ts_node_has_error(raw) }

    public var startByte: Int { Int(ts_node_start_byte(raw)) }
    public var endByte: Int { Int(ts_node_end_byte(raw)) }
    public var byteRange: Range<Int> { startByte..<endByte }
    public var startPoint: Point { Point(ts_node_start_point(raw)) }
    public var endPoint: Point { Point(ts_node_end_point(raw)) }

    public var childCount: Int { Int(ts_node_child_count(raw)) }
    public var namedChildCount: Int { Int(ts_node_named_child_count(raw)) }

    public func child(at index: Int) -> Node? {
        Node(nullable: ts_node_child(raw, UInt32(index)), tree: tree)
    }

    public func namedChild(at index: Int) -> Node? {
        Node(nullable: ts_node_named_child(raw, UInt32(index)), tree: tree)
    }

    public func child(byField name: String) -> Node? {
        let found = name.withCString { ts_node_child_by_field_name(raw, $0, UInt32(name.utf8.count)) }
        return Node(nullable: found, tree: tree)
    }

    /// The child in field `id` (``Language/fieldID(named:)``): no name lookup, for hot loops.
    public func child(byFieldID id: UInt16) -> Node? {
        Node(nullable: ts_node_child_by_field_id(raw, id), tree: tree)
    }

    /// The field name under which the child at `index` hangs from this node, if any.
    public func fieldName(forChildAt index: Int) -> String? {
        guard let name = ts_node_field_name_for_child(raw, UInt32(index)) else { return nil }
        return String(cString: name)
    }

    public var parent: Node? { Node(nullable: ts_node_parent(raw), tree: tree) }
    public var nextSibling: Node? { Node(nullable: ts_node_next_sibling(raw), tree: tree) }
    public var previousSibling: Node? { Node(nullable: ts_node_prev_sibling(raw), tree: tree) }
    public var nextNamedSibling: Node? { Node(nullable: ts_node_next_named_sibling(raw), tree: tree) }

    /// The children in order. One cursor pass: `ts_node_child(i)` walks from the first child, so
    /// asking for each index in turn would take quadratic time on a long list of statements.
    public var children: [Node] { collectChildren(namedOnly: false) }

    public var namedChildren: [Node] { collectChildren(namedOnly: true) }

    private func collectChildren(namedOnly: Bool) -> [Node] {
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        var result: [Node] = []
        guard ts_tree_cursor_goto_first_child(&cursor) else { return result }
        repeat {
            let child = ts_tree_cursor_current_node(&cursor)
            if !namedOnly || ts_node_is_named(child) { result.append(Node(child, tree: tree)) }
        } while ts_tree_cursor_goto_next_sibling(&cursor)
        return result
    }

    /// The smallest named node that spans `range`.
    public func namedDescendant(spanning range: Range<Int>) -> Node? {
        Node(nullable: ts_node_named_descendant_for_byte_range(raw, UInt32(range.lowerBound), UInt32(range.upperBound)), tree: tree)
    }

    /// The node's S-expression, as tree-sitter prints it.
    public var sExpression: String {
        guard let text = ts_node_string(raw) else { return "" }
        defer { free(text) }
        return String(cString: text)
    }

    public func walk() -> TreeCursor {
        TreeCursor(node: self)
    }
}

extension Node: Equatable {
    public static func == (lhs: Node, rhs: Node) -> Bool {
        ts_node_eq(lhs.raw, rhs.raw)
    }
}
