/// Zhang and Shasha's tree edit distance (SIAM J. Computing 1989) between two small subtrees,
/// and the node mapping of an optimal edit: what GumTree's recovery uses for small containers.
///
/// Deleting or inserting a node costs 1; renaming costs 0 for equal type and label, 1 for a new
/// label, and more than a delete and an insert for a new type, so nodes of different types are
/// never paired. Time O(n₁ n₂ min(depth, leaves)²), so subtrees already matched whole (identical
/// twins inside the two roots) are folded into single leaves that only match each other: the
/// search then spends its time on what is left to match.
struct OptimalMatcher {
    /// Nodes in post-order, 1-based (index 0 is unused).
    private let oldNodes: [Int]
    private let newNodes: [Int]
    /// Post-order index of each node's leftmost leaf.
    private let oldLeftmost: [Int]
    private let newLeftmost: [Int]
    private var treeDistance: [Int]
    private var forestDistance: [Int]
    private let width: Int
    /// Type and label keys by post-order index.
    private let oldKeys: [(type: UInt64, label: UInt64)]
    private let newKeys: [(type: UInt64, label: UInt64)]
    /// Post-order indices of folded subtrees, whose pairs are not reported.
    private let oldFolded: Set<Int>

    /// Roughly how many table cells the search fills.
    var cost: Int { oldNodes.count * newNodes.count }

    /// The type key of a folded subtree; its label key is the old node's index.
    private static let foldedKey = StableHash.of("\u{0}matched subtree")

    /// Nil when either folded subtree has more than `limit` nodes.
    init?(old: TreeDiff.Tree, oldRoot: Int, new: TreeDiff.Tree, newRoot: Int, oldToNew: [Int], newToOld: [Int], limit: Int) {
        let newEnd = newRoot + new.sizes[newRoot]
        let oldEnd = oldRoot + old.sizes[oldRoot]
        let oldWalk = Self.foldedPostOrder(old, oldRoot) { node in
            let partner = oldToNew[node]
            return partner > newRoot && partner < newEnd && old.hashes[node] == new.hashes[partner]
        }
        let newWalk = Self.foldedPostOrder(new, newRoot) { node in
            let partner = newToOld[node]
            return partner > oldRoot && partner < oldEnd && new.hashes[node] == old.hashes[partner]
        }
        guard oldWalk.nodes.count - 1 <= limit && newWalk.nodes.count - 1 <= limit else { return nil }
        oldNodes = oldWalk.nodes
        newNodes = newWalk.nodes
        oldLeftmost = oldWalk.leftmost
        newLeftmost = newWalk.leftmost
        width = newNodes.count
        var folded = Set<Int>()
        oldKeys = oldWalk.nodes.indices.map { index in
            let node = oldWalk.nodes[index]
            if node < 0 { return (0, 0) }
            if oldWalk.folded[index] {
                folded.insert(index)
                return (Self.foldedKey, UInt64(node))
            }
            return (old.typeKeys[node], old.labelKeys[node])
        }
        newKeys = newWalk.nodes.indices.map { index in
            let node = newWalk.nodes[index]
            if node < 0 { return (0, 0) }
            if newWalk.folded[index] { return (Self.foldedKey, UInt64(newToOld[node])) }
            return (new.typeKeys[node], new.labelKeys[node])
        }
        oldFolded = folded
        treeDistance = [Int](repeating: 0, count: oldNodes.count * width)
        forestDistance = [Int](repeating: 0, count: oldNodes.count * width)
    }

    /// The subtree's nodes in post-order (1-based, a -1 first), each node's leftmost leaf, and
    /// which nodes stand for a whole folded subtree.
    private static func foldedPostOrder(_ tree: TreeDiff.Tree, _ root: Int, isFolded: (Int) -> Bool)
        -> (nodes: [Int], leftmost: [Int], folded: [Bool]) {
        var nodes = [-1]
        var leftmost = [0]
        var folded = [false]
        // Open nodes: the next child to visit, the end of the subtree, the first post-order index
        // emitted below it.
        var stack: [(node: Int, next: Int, end: Int, first: Int)] = [(root, root + 1, root + tree.sizes[root], -1)]
        func emit(_ node: Int, leftmostLeaf: Int?, isFoldedNode: Bool, stack: inout [(node: Int, next: Int, end: Int, first: Int)]) {
            let index = nodes.count
            nodes.append(node)
            leftmost.append(leftmostLeaf ?? index)
            folded.append(isFoldedNode)
            if let last = stack.indices.last, stack[last].first == -1 { stack[last].first = leftmostLeaf ?? index }
        }
        while let top = stack.last {
            if top.next < top.end {
                let child = top.next
                stack[stack.count - 1].next += tree.sizes[child]
                let foldedChild = tree.sizes[child] > 1 && isFolded(child)
                if tree.sizes[child] == 1 || foldedChild {
                    emit(child, leftmostLeaf: nil, isFoldedNode: foldedChild, stack: &stack)
                } else {
                    stack.append((child, child + 1, child + tree.sizes[child], -1))
                }
            } else {
                stack.removeLast()
                emit(top.node, leftmostLeaf: top.first == -1 ? nil : top.first, isFoldedNode: false, stack: &stack)
            }
        }
        return (nodes, leftmost, folded)
    }

    /// Pairs of (old node, new node) an optimal edit keeps, renamed or not.
    mutating func mapping() -> [(Int, Int)] {
        let n = oldNodes.count - 1
        let m = newNodes.count - 1
        guard n > 0 && m > 0 else { return [] }
        let newKeyRoots = keyRoots(newLeftmost)
        for i in keyRoots(oldLeftmost) {
            for j in newKeyRoots {
                computeForestDistance(i, j)
            }
        }
        // Walk back from the last forest computed, (n, m), redoing the forests of subtree pairs.
        var result: [(Int, Int)] = []
        var pending = [(n, m)]
        var isRootPair = true
        while let (lastRow, lastColumn) = pending.popLast() {
            if !isRootPair { computeForestDistance(lastRow, lastColumn) }
            isRootPair = false
            let firstRow = oldLeftmost[lastRow] - 1
            let firstColumn = newLeftmost[lastColumn] - 1
            var row = lastRow
            var column = lastColumn
            while row > firstRow || column > firstColumn {
                let here = forestDistance[row * width + column]
                if row > firstRow && forestDistance[(row - 1) * width + column] + 1 == here {
                    row -= 1
                } else if column > firstColumn && forestDistance[row * width + column - 1] + 1 == here {
                    column -= 1
                } else if oldLeftmost[row] == oldLeftmost[lastRow] && newLeftmost[column] == newLeftmost[lastColumn] {
                    if !oldFolded.contains(row) { result.append((oldNodes[row], newNodes[column])) }
                    row -= 1
                    column -= 1
                } else {
                    pending.append((row, column))
                    row = oldLeftmost[row] - 1
                    column = newLeftmost[column] - 1
                }
            }
        }
        return result
    }

    /// The nodes that are the highest with their leftmost leaf: the root and every node with a
    /// left sibling, in increasing order.
    private func keyRoots(_ leftmost: [Int]) -> [Int] {
        var seen = Set<Int>()
        var roots: [Int] = []
        for index in stride(from: leftmost.count - 1, through: 1, by: -1) where seen.insert(leftmost[index]).inserted {
            roots.append(index)
        }
        return roots.reversed()
    }

    private mutating func computeForestDistance(_ i: Int, _ j: Int) {
        let width = width
        let rowStart = oldLeftmost[i]
        let columnStart = newLeftmost[j]
        oldLeftmost.withUnsafeBufferPointer { oldLeftmost in
        newLeftmost.withUnsafeBufferPointer { newLeftmost in
        oldKeys.withUnsafeBufferPointer { oldKeys in
        newKeys.withUnsafeBufferPointer { newKeys in
        treeDistance.withUnsafeMutableBufferPointer { tree in
        forestDistance.withUnsafeMutableBufferPointer { forest in
            forest[(rowStart - 1) * width + columnStart - 1] = 0
            for row in rowStart...i {
                forest[row * width + columnStart - 1] = forest[(row - 1) * width + columnStart - 1] + 1
            }
            for column in columnStart...j {
                forest[(rowStart - 1) * width + column] = forest[(rowStart - 1) * width + column - 1] + 1
            }
            for row in rowStart...i {
                let rowIsTree = oldLeftmost[row] == rowStart
                let oldKey = oldKeys[row]
                // Distances stay below the node counts: wrapping arithmetic skips overflow checks.
                let rowBase = row &* width
                let leftmostRowBase = (oldLeftmost[row] &- 1) &* width
                for column in columnStart...j {
                    let here = rowBase &+ column
                    let delete = forest[here &- width] &+ 1
                    let insert = forest[here &- 1] &+ 1
                    if rowIsTree && newLeftmost[column] == columnStart {
                        let newKey = newKeys[column]
                        let rename = oldKey.type != newKey.type ? 3 : (oldKey.label == newKey.label ? 0 : 1)
                        let best = min(delete, insert, forest[here &- width &- 1] &+ rename)
                        forest[here] = best
                        tree[here] = best
                    } else {
                        let subtrees = forest[leftmostRowBase &+ newLeftmost[column] &- 1] &+ tree[here]
                        forest[here] = min(delete, insert, subtrees)
                    }
                }
            }
        }}}}}}
    }
}

extension TreeDiff.Tree {
    /// The nodes of `root`'s subtree, each after its descendants and before its next sibling.
    func postOrder(of root: Int = 0) -> [Int] {
        // A node comes right after its last descendant; nodes ending at the same place form a
        // chain of ancestors, deepest (highest index) first.
        let count = sizes[root]
        var starts = [Int](repeating: 0, count: count + 1)
        for node in root..<(root + count) { starts[node - root + sizes[node]] += 1 }
        for index in 0..<count { starts[index + 1] += starts[index] }
        var order = [Int](repeating: 0, count: count)
        for node in stride(from: root + count - 1, through: root, by: -1) {
            let last = node - root + sizes[node] - 1
            order[starts[last]] = node
            starts[last] += 1
        }
        return order
    }
}
