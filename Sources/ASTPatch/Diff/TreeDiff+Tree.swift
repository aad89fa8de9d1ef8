extension TreeDiff {
    /// A syntax tree reduced to what tree differencing needs: node types, leaf labels, byte ranges
    /// and the declarations' names, stored flat in pre-order (a node's descendants follow it).
    ///
    /// Node 0 is a synthetic `document` root above the parser's root, so that two files always have
    /// matching roots. Leaves carry their source text as label; inner nodes have an empty label.
    /// Delimiter tokens (brackets, commas, semicolons, quotes, line-break tokens) are dropped: the
    /// structure already says where they go, and keeping them would turn every added argument into
    /// two insertions. Other anonymous tokens become `keyword` or `operator` leaves labelled with
    /// their text, so `public` becoming `private` or `+` becoming `-` is one update. A node whose
    /// children were all dropped becomes a leaf labelled with their text (`()`), which whitespace
    /// cannot change.
    public struct Tree: Sendable {
        /// The text the tree was parsed from; byte ranges are offsets into its ``SourceText/body``.
        public let source: SourceText
        public let language: String
        /// Each node's type: the grammar's node type, `keyword`, `operator` or `comment`.
        public let types: [String]
        /// Each leaf's source text; empty for inner nodes.
        public let labels: [String]
        /// Each node's parent, -1 for the root.
        public let parents: [Int]
        /// Each node's number of nodes in its subtree, itself included: node `i`'s descendants are
        /// `i + 1 ..< i + sizes[i]`.
        public let sizes: [Int]
        /// Each node's bytes in ``source``'s body.
        public let byteRanges: [Range<Int>]
        /// The declarations (functions, classes, …) by node, with their names (empty when unnamed).
        public let declarations: [Int: String]
        /// Whether subtrees below a depth were folded into single leaves to keep the tree within
        /// ``TreeDiff/Options/maxNodes``.
        public let isCollapsed: Bool

        let typeKeys: [UInt64]
        let labelKeys: [UInt64]
        /// 1 for a leaf.
        let heights: [Int]
        /// Equal for isomorphic subtrees: same types, labels and shape.
        let hashes: [UInt64]
        /// Equal for subtrees of the same types and shape, labels aside.
        let shapeHashes: [UInt64]

        public var count: Int { types.count }
        public var root: Int { 0 }

        public func isLeaf(_ node: Int) -> Bool { sizes[node] == 1 }

        /// The children of `node`, in order.
        public func children(of node: Int) -> Children { Children(sizes: sizes, parent: node) }

        /// The source text of a node.
        public func text(of node: Int) -> String { text(ofBytes: byteRanges[node]) }

        /// The source text of a byte range of the body.
        public func text(ofBytes range: Range<Int>) -> String {
            let body = source.body
            return String(decoding: body[(body.startIndex + range.lowerBound)..<(body.startIndex + range.upperBound)], as: UTF8.self)
        }

        /// Where a node starts and ends (just past its last byte), 1-based.
        public func span(of node: Int) -> (start: SourceLocation, end: SourceLocation) { span(ofBytes: byteRanges[node]) }

        /// Where a byte range of the body starts and ends, 1-based.
        public func span(ofBytes range: Range<Int>) -> (start: SourceLocation, end: SourceLocation) {
            (source.location(ofOffset: range.lowerBound), source.location(ofOffset: range.upperBound))
        }

        /// The node's index among its parent's children.
        public func position(of node: Int) -> Int {
            let parent = parents[node]
            guard parent >= 0 else { return 0 }
            var index = 0
            for child in children(of: parent) {
                if child == node { return index }
                index += 1
            }
            return index
        }

        /// Whether `node` is `ancestor` or below it.
        public func isDescendant(_ node: Int, of ancestor: Int) -> Bool {
            node >= ancestor && node < ancestor + sizes[ancestor]
        }

        /// The nearest declaration that is `node` or holds it.
        public func enclosingDeclaration(of node: Int) -> Int? {
            var current = node
            while current >= 0 {
                if declarations[current] != nil { return current }
                current = parents[current]
            }
            return nil
        }

        /// The node's subtree as a tree of its own (under a new `document` root), for diffing one
        /// declaration against another.
        public func subtree(at node: Int) -> Tree {
            var builder = TreeBuilder()
            builder.open(type: Tree.documentType, range: byteRanges[node], declarationName: nil)
            copy(node, into: &builder, depthLimit: Int.max, depth: 0)
            builder.close()
            return builder.finish(source: source, language: language, isCollapsed: isCollapsed)
        }

        /// The pre-order list of types, labels and child counts: what two trees must share to be
        /// equal for differencing purposes.
        public var signature: [NodeSignature] {
            (0..<count).map { NodeSignature(type: types[$0], label: labels[$0], childCount: children(of: $0).count) }
        }

        static let documentType = "document"

        /// The children of a node, found by skipping over each child's subtree.
        public struct Children: Sequence {
            let sizes: [Int]
            let parent: Int

            public func makeIterator() -> Iterator {
                Iterator(sizes: sizes, upcoming: parent + 1, end: parent + sizes[parent])
            }

            public var count: Int {
                var n = 0
                for _ in self { n += 1 }
                return n
            }

            public struct Iterator: IteratorProtocol {
                let sizes: [Int]
                var upcoming: Int
                let end: Int

                public mutating func next() -> Int? {
                    guard upcoming < end else { return nil }
                    defer { upcoming += sizes[upcoming] }
                    return upcoming
                }
            }
        }
    }

    /// A node as structure comparison sees it.
    public struct NodeSignature: Sendable, Hashable {
        public var type: String
        public var label: String
        public var childCount: Int

        public init(type: String, label: String, childCount: Int) {
            self.type = type
            self.label = label
            self.childCount = childCount
        }
    }
}

// MARK: - Folding deep subtrees

extension TreeDiff.Tree {
    /// The number of nodes at each depth (the root at depth 0).
    func nodeCountsByDepth() -> [Int] {
        var depths = [Int](repeating: 0, count: count)
        var counts: [Int] = []
        for node in 0..<count {
            let depth = node == 0 ? 0 : depths[parents[node]] + 1
            depths[node] = depth
            if depth == counts.count { counts.append(0) }
            counts[depth] += 1
        }
        return counts
    }

    /// The tree with every subtree whose root is `depth` deep folded into one leaf, labelled with
    /// its leaves' labels joined by spaces (so whitespace still cannot change it).
    func collapsed(belowDepth depth: Int) -> TreeDiff.Tree {
        var builder = TreeBuilder()
        builder.reserve(count)
        copy(root, into: &builder, depthLimit: depth, depth: 0)
        return builder.finish(source: source, language: language, isCollapsed: true)
    }

    fileprivate func copy(_ node: Int, into builder: inout TreeBuilder, depthLimit: Int, depth: Int) {
        if isLeaf(node) {
            builder.leaf(type: types[node], typeKey: typeKeys[node], label: labels[node], range: byteRanges[node])
        } else if depth >= depthLimit {
            let end = node + sizes[node]
            let label = (node..<end).filter { isLeaf($0) }.map { labels[$0] }.joined(separator: " ")
            builder.leaf(type: types[node], typeKey: typeKeys[node], label: label, range: byteRanges[node],
                         declarationName: declarations[node])
        } else {
            builder.open(type: types[node], typeKey: typeKeys[node], range: byteRanges[node], declarationName: declarations[node])
            for child in children(of: node) {
                copy(child, into: &builder, depthLimit: depthLimit, depth: depth + 1)
            }
            builder.close()
        }
    }
}

// MARK: - Building

/// Builds a ``TreeDiff/Tree`` in pre-order from any parser's walk: open a node, add its children,
/// close it. Parser adapters (tree-sitter, swift-syntax) only decide what each node becomes.
struct TreeBuilder {
    private var types: [String] = []
    private var labels: [String] = []
    private var typeKeys: [UInt64] = []
    private var labelKeys: [UInt64] = []
    private var parents: [Int] = []
    private var sizes: [Int] = []
    private var ranges: [Range<Int>] = []
    private var declarations: [Int: String] = [:]
    /// The open nodes, each with the text of the delimiter tokens dropped from it so far.
    private var stack: [(node: Int, dropped: String, keptChildren: Int)] = []

    mutating func reserve(_ capacity: Int) {
        types.reserveCapacity(capacity)
        labels.reserveCapacity(capacity)
        typeKeys.reserveCapacity(capacity)
        labelKeys.reserveCapacity(capacity)
        parents.reserveCapacity(capacity)
        sizes.reserveCapacity(capacity)
        ranges.reserveCapacity(capacity)
    }

    /// The type of the innermost open node.
    var currentType: String? { stack.last.map { types[$0.node] } }

    private mutating func add(type: String, typeKey: UInt64, label: String, range: Range<Int>, declarationName: String?) -> Int {
        let node = types.count
        types.append(type)
        typeKeys.append(typeKey)
        labels.append(label)
        labelKeys.append(label.isEmpty ? 0 : StableHash.of(label))
        parents.append(stack.last?.node ?? -1)
        sizes.append(1)
        ranges.append(range)
        if let declarationName { declarations[node] = declarationName }
        if !stack.isEmpty { stack[stack.count - 1].keptChildren += 1 }
        return node
    }

    mutating func open(type: String, typeKey: UInt64? = nil, range: Range<Int>, declarationName: String?) {
        let node = add(type: type, typeKey: typeKey ?? StableHash.of(type), label: "", range: range, declarationName: declarationName)
        stack.append((node, "", 0))
    }

    mutating func leaf(type: String, typeKey: UInt64? = nil, label: String, range: Range<Int>, declarationName: String? = nil) {
        _ = add(type: type, typeKey: typeKey ?? StableHash.of(type), label: label, range: range, declarationName: declarationName)
    }

    /// Records a delimiter token of the innermost open node, which gets no node of its own.
    mutating func drop(_ text: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].dropped += text
    }

    mutating func close() {
        let (node, dropped, kept) = stack.removeLast()
        sizes[node] = types.count - node
        if kept == 0 && !dropped.isEmpty {
            labels[node] = dropped
            labelKeys[node] = StableHash.of(dropped)
        }
    }

    /// The finished tree, with heights and hashes computed bottom-up.
    func finish(source: SourceText, language: String, isCollapsed: Bool) -> TreeDiff.Tree {
        precondition(stack.isEmpty, "every opened node must be closed")
        let count = types.count
        var heights = [Int](repeating: 1, count: count)
        var hashes = [UInt64](repeating: 0, count: count)
        var shapes = [UInt64](repeating: 0, count: count)
        // A node's hash folds in its children's in order; visiting in reverse pre-order finishes
        // every child before its parent, but sees siblings last to first, so children are folded
        // from a per-node accumulator seeded when the node itself is reached.
        var childHash = [UInt64](repeating: 0, count: count)
        var childShape = [UInt64](repeating: 0, count: count)
        for node in stride(from: count - 1, through: 0, by: -1) {
            let hash = StableHash.combine(StableHash.combine(typeKeys[node], labelKeys[node]), childHash[node])
            let shape = StableHash.combine(typeKeys[node], childShape[node])
            hashes[node] = hash
            shapes[node] = shape
            let parent = parents[node]
            if parent >= 0 {
                // Reverse order: prepend this child's hash to what its later siblings gave.
                childHash[parent] = StableHash.combine(hash, childHash[parent])
                childShape[parent] = StableHash.combine(shape, childShape[parent])
                heights[parent] = max(heights[parent], heights[node] + 1)
            }
        }
        return TreeDiff.Tree(
            source: source, language: language, types: types, labels: labels, parents: parents, sizes: sizes,
            byteRanges: ranges, declarations: declarations, isCollapsed: isCollapsed, typeKeys: typeKeys,
            labelKeys: labelKeys, heights: heights, hashes: hashes, shapeHashes: shapes)
    }
}

/// A 64-bit hash that is the same in every run (Swift's `Hasher` is seeded per process).
enum StableHash {
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return mix(hash)
    }

    /// Order-sensitive: `combine(a, b) != combine(b, a)`.
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x9e37_79b9_7f4a_7c15 &+ b &+ 0x632b_e59b_d9b4_e019)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
