/// Finds which nodes of two trees correspond (see ``TreeDiff``): identical subtrees top down,
/// declarations by unique name, containers bottom up with recovery inside each, and a last pass
/// that takes back small subtrees matched into new code when they have a twin in place.
struct TreeMatcher {
    let old: TreeDiff.Tree
    let new: TreeDiff.Tree
    let options: TreeDiff.Options
    private(set) var oldToNew: [Int]
    private(set) var newToOld: [Int]
    /// Whether descendant counting ran past the budget and containers were matched coarsely.
    private(set) var budgetExhausted = false

    private var work = 0
    private let budget: Int
    /// A group of identical subtrees larger than this many pairs on the two sides is paired in
    /// document order instead of by parent similarity.
    private let candidatePairLimit = 4096
    private var diceCache: [Int: Double] = [:]
    /// Per new node, the stamp of the last candidate search that visited it.
    private var visited: [Int]
    private var stamp = 0

    init(old: TreeDiff.Tree, new: TreeDiff.Tree, options: TreeDiff.Options) {
        self.old = old
        self.new = new
        self.options = options
        oldToNew = [Int](repeating: -1, count: old.count)
        newToOld = [Int](repeating: -1, count: new.count)
        visited = [Int](repeating: 0, count: new.count)
        budget = options.workBudget * max(old.count + new.count, 1000)
    }

    mutating func run() {
        matchIdenticalSubtrees()
        matchNamedDeclarations()
        matchContainers()
        undoStrayMoves()
    }

    private mutating func map(_ a: Int, _ b: Int) {
        oldToNew[a] = b
        newToOld[b] = a
    }

    /// Maps two isomorphic subtrees node for node (their pre-orders line up).
    private mutating func mapSubtrees(_ a: Int, _ b: Int) {
        for offset in 0..<old.sizes[a] {
            map(a + offset, b + offset)
        }
    }

    // MARK: Phase 1: identical subtrees, top down

    private mutating func matchIdenticalSubtrees() {
        var oldQueue = HeightQueue(heights: old.heights, minHeight: options.minHeight)
        var newQueue = HeightQueue(heights: new.heights, minHeight: options.minHeight)
        oldQueue.push(old.root)
        newQueue.push(new.root)
        var candidates: [(Int, Int)] = []
        while true {
            let oldHeight = oldQueue.maxHeight
            let newHeight = newQueue.maxHeight
            if min(oldHeight, newHeight) < options.minHeight { break }
            if oldHeight > newHeight {
                for node in oldQueue.pop(oldHeight) { oldQueue.pushChildren(of: node, in: old) }
                continue
            }
            if newHeight > oldHeight {
                for node in newQueue.pop(newHeight) { newQueue.pushChildren(of: node, in: new) }
                continue
            }
            let oldNodes = oldQueue.pop(oldHeight)
            let newNodes = newQueue.pop(newHeight)
            var groups: [UInt64: (old: [Int], new: [Int])] = [:]
            var order: [UInt64] = []
            for node in oldNodes {
                let hash = old.hashes[node]
                if groups[hash] == nil { order.append(hash) }
                groups[hash, default: ([], [])].old.append(node)
            }
            for node in newNodes {
                groups[new.hashes[node], default: ([], [])].new.append(node)
            }
            for node in oldNodes where groups[old.hashes[node]]!.new.isEmpty {
                oldQueue.pushChildren(of: node, in: old)
            }
            for node in newNodes where groups[new.hashes[node]]!.old.isEmpty {
                newQueue.pushChildren(of: node, in: new)
            }
            for hash in order {
                let group = groups[hash]!
                if group.new.isEmpty { continue }
                if group.old.count == 1 && group.new.count == 1 {
                    mapSubtrees(group.old[0], group.new[0])
                } else if group.old.count * group.new.count <= candidatePairLimit {
                    for a in group.old {
                        for b in group.new { candidates.append((a, b)) }
                    }
                } else {
                    for (a, b) in zip(group.old, group.new) { mapSubtrees(a, b) }
                }
            }
        }
        resolveAmbiguousSubtrees(candidates)
    }

    /// Maps identical subtrees that had several partners, the pairs whose parents are most alike
    /// first; then the pairs that sit at the same place among their siblings and in the file.
    private mutating func resolveAmbiguousSubtrees(_ candidates: [(Int, Int)]) {
        guard !candidates.isEmpty else { return }
        struct Ranked {
            var a: Int
            var b: Int
            var parentSimilarity: Double
            var parentChildrenInCommon: Int
            var siblingDistance: Double
            var fileDistance: Double
        }
        var ranked: [Ranked] = []
        ranked.reserveCapacity(candidates.count)
        for (a, b) in candidates {
            let oldParent = old.parents[a]
            let newParent = new.parents[b]
            let similarity = oldParent >= 0 && newParent >= 0 ? cachedDice(oldParent, newParent) : 0
            let inCommon = oldParent >= 0 && newParent >= 0 ? childrenInCommon(oldParent, newParent) : 0
            let siblingDistance = abs(relativePosition(a, in: old) - relativePosition(b, in: new))
            let fileDistance = abs(Double(a) / Double(old.count) - Double(b) / Double(new.count))
            ranked.append(Ranked(a: a, b: b, parentSimilarity: similarity, parentChildrenInCommon: inCommon,
                                 siblingDistance: siblingDistance, fileDistance: fileDistance))
        }
        ranked.sort {
            if $0.parentSimilarity != $1.parentSimilarity { return $0.parentSimilarity > $1.parentSimilarity }
            if $0.parentChildrenInCommon != $1.parentChildrenInCommon { return $0.parentChildrenInCommon > $1.parentChildrenInCommon }
            if $0.siblingDistance != $1.siblingDistance { return $0.siblingDistance < $1.siblingDistance }
            if $0.fileDistance != $1.fileDistance { return $0.fileDistance < $1.fileDistance }
            return ($0.a, $0.b) < ($1.a, $1.b)
        }
        for pair in ranked where oldToNew[pair.a] == -1 && newToOld[pair.b] == -1 {
            mapSubtrees(pair.a, pair.b)
        }
    }

    /// How many children of `a` have an identical twin among the children of `b`: what tells
    /// `def add(a, b)` from `def sub(a, b)` when their bodies both changed.
    private func childrenInCommon(_ a: Int, _ b: Int) -> Int {
        var counts: [UInt64: Int] = [:]
        for child in new.children(of: b) { counts[new.hashes[child], default: 0] += 1 }
        var common = 0
        for child in old.children(of: a) {
            if let count = counts[old.hashes[child]], count > 0 {
                counts[old.hashes[child]] = count - 1
                common += 1
            }
        }
        return common
    }

    private func relativePosition(_ node: Int, in tree: TreeDiff.Tree) -> Double {
        let parent = tree.parents[node]
        guard parent >= 0 else { return 0 }
        let siblings = tree.children(of: parent).count
        return siblings <= 1 ? 0 : Double(tree.position(of: node)) / Double(siblings - 1)
    }

    private mutating func cachedDice(_ a: Int, _ b: Int) -> Double {
        let key = a &* new.count &+ b
        if let known = diceCache[key] { return known }
        let value = dice(a, b)
        diceCache[key] = value
        return value
    }

    /// Twice the number of `a`'s descendants mapped to `b`'s, over their descendant counts.
    private mutating func dice(_ a: Int, _ b: Int) -> Double {
        let descendants = old.sizes[a] - 1 + new.sizes[b] - 1
        guard descendants > 0 else { return 0 }
        let bEnd = b + new.sizes[b]
        let aEnd = a + old.sizes[a]
        let common = oldToNew.withUnsafeBufferPointer { partners in
            var count = 0
            for node in (a + 1)..<aEnd {
                let partner = partners[node]
                if partner > b && partner < bEnd { count += 1 }
            }
            return count
        }
        work += old.sizes[a]
        return 2 * Double(common) / Double(descendants)
    }

    // MARK: Declarations by name

    /// Declarations matched because they have the same type and name, unique on each side; their
    /// insides are recovered when the bottom-up walk reaches them.
    private var namedPairs: [Int: Int] = [:]

    /// Pairs the declarations whose type and name occur once in each tree: a function keeps its
    /// identity through a rewrite of its body or its parameters, which descendant counting alone
    /// may not see when a similar function appears next to it.
    private mutating func matchNamedDeclarations() {
        func index(_ tree: TreeDiff.Tree) -> [String: (count: Int, node: Int)] {
            var result: [String: (count: Int, node: Int)] = [:]
            for (node, name) in tree.declarations where !name.isEmpty {
                result[tree.types[node] + "\u{0}" + name, default: (0, node)].count += 1
            }
            return result
        }
        let newIndex = index(new)
        for (key, entry) in index(old) where entry.count == 1 {
            guard let other = newIndex[key], other.count == 1,
                  oldToNew[entry.node] == -1, newToOld[other.node] == -1 else { continue }
            map(entry.node, other.node)
            namedPairs[entry.node] = other.node
        }
    }

    // MARK: Phase 2: containers, bottom up, with recovery inside each

    private mutating func matchContainers() {
        for a in old.postOrder() {
            if a == old.root {
                if oldToNew[a] == -1 && newToOld[new.root] == -1 { map(a, new.root) }
                if oldToNew[a] == new.root { recover(a, new.root) }
                continue
            }
            if let b = namedPairs[a] {
                recover(a, b)
                continue
            }
            if oldToNew[a] != -1 || old.isLeaf(a) { continue }
            let best = budgetExhausted ? coarseCandidate(for: a) : bestCandidate(for: a)
            if let best {
                map(a, best)
                recover(a, best)
            }
            if work > budget { budgetExhausted = true }
        }
    }

    /// The unmatched new container of `a`'s type above the partners of `a`'s descendants that
    /// shares the most descendants with it, if it shares enough.
    private mutating func bestCandidate(for a: Int) -> Int? {
        stamp += 1
        var candidates: [Int] = []
        var partners: [Int] = []
        let key = old.typeKeys[a]
        for node in (a + 1)..<(a + old.sizes[a]) {
            var current = oldToNew[node]
            guard current >= 0 else { continue }
            partners.append(current)
            while true {
                let parent = new.parents[current]
                if parent <= new.root || visited[parent] == stamp { break }
                visited[parent] = stamp
                work += 1
                if new.typeKeys[parent] == key && newToOld[parent] == -1 { candidates.append(parent) }
                current = parent
            }
        }
        work += old.sizes[a]
        guard !candidates.isEmpty else { return nil }
        // A candidate's share is the number of partners inside its pre-order range.
        partners.sort()
        work += partners.count
        var best: Int?
        var bestSimilarity = options.minSimilarity
        let descendants = old.sizes[a] - 1
        for candidate in candidates {
            let common = Self.count(partners, in: (candidate + 1)..<(candidate + new.sizes[candidate]))
            let similarity = 2 * Double(common) / Double(descendants + new.sizes[candidate] - 1)
            if similarity > bestSimilarity {
                best = candidate
                bestSimilarity = similarity
            }
        }
        // In nested constructs of one type (a call in a call's argument), the outer node may be
        // the better partner: leave it the candidate rather than take it greedily.
        if let best, let outer = nearestUnmatchedAncestor(of: a, ofType: key), dice(outer, best) > bestSimilarity {
            return nil
        }
        return best
    }

    /// How many of the sorted `values` fall in `range`.
    private static func count(_ values: [Int], in range: Range<Int>) -> Int {
        func firstIndex(notBelow bound: Int) -> Int {
            var low = 0
            var high = values.count
            while low < high {
                let mid = (low + high) / 2
                if values[mid] < bound { low = mid + 1 } else { high = mid }
            }
            return low
        }
        return firstIndex(notBelow: range.upperBound) - firstIndex(notBelow: range.lowerBound)
    }

    /// The closest ancestor of `a` of the given type, a few levels up at most, through unmatched
    /// nodes only.
    private func nearestUnmatchedAncestor(of a: Int, ofType key: UInt64) -> Int? {
        var current = old.parents[a]
        var steps = 0
        while current > old.root && oldToNew[current] == -1 && steps < 6 {
            if old.typeKeys[current] == key { return current }
            current = old.parents[current]
            steps += 1
        }
        return nil
    }

    /// Once the budget is spent: the parent shared by most partners of `a`'s children, if it is
    /// of `a`'s type, unmatched, and shares enough of its children with `a`.
    private func coarseCandidate(for a: Int) -> Int? {
        var counts: [Int: Int] = [:]
        var childCount = 0
        for child in old.children(of: a) {
            childCount += 1
            let partner = oldToNew[child]
            guard partner >= 0 else { continue }
            let parent = new.parents[partner]
            if parent > new.root && newToOld[parent] == -1 && new.typeKeys[parent] == old.typeKeys[a] {
                counts[parent, default: 0] += 1
            }
        }
        guard let (parent, shared) = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { return nil }
        let similarity = 2 * Double(shared) / Double(childCount + new.children(of: parent).count)
        return similarity > options.minSimilarity ? parent : nil
    }

    /// Matches what is left below two matched containers: among their children, identical
    /// subtrees in order, then same-shaped subtrees in order (their differing leaves become
    /// updates), then children whose type occurs once on each side, recursively; then, in each
    /// pair so reached that is small enough and still has unmatched nodes on both sides, the
    /// nodes an optimal edit mapping pairs.
    private mutating func recover(_ a: Int, _ b: Int) {
        var pending = [(a, b)]
        var reached: [(Int, Int)] = []
        while let (a, b) = pending.popLast() {
            reached.append((a, b))
            matchChildSequences(a, b, by: \.hashes)
            matchChildSequences(a, b, by: \.shapeHashes)
            let oldParent = old.parents[a]
            let newParent = new.parents[b]
            let parentsAgree = (oldParent < 0 && newParent < 0)
                || (oldParent >= 0 && newParent >= 0 && old.typeKeys[oldParent] == new.typeKeys[newParent])
            guard parentsAgree else { continue }
            var oldByType: [UInt64: (count: Int, node: Int)] = [:]
            var newByType: [UInt64: (count: Int, node: Int)] = [:]
            var oldOrder: [UInt64] = []
            for child in old.children(of: a) where oldToNew[child] == -1 {
                let key = old.typeKeys[child]
                if oldByType[key] == nil { oldOrder.append(key) }
                oldByType[key, default: (0, child)].count += 1
            }
            for child in new.children(of: b) where newToOld[child] == -1 {
                newByType[new.typeKeys[child], default: (0, child)].count += 1
            }
            for key in oldOrder {
                guard let one = oldByType[key], one.count == 1, let other = newByType[key], other.count == 1 else { continue }
                map(one.node, other.node)
                if !old.isLeaf(one.node) && !new.isLeaf(other.node) { pending.append((one.node, other.node)) }
            }
        }
        // Outermost pairs first; a pair inside one already mapped optimally is covered.
        reached.sort { $0.0 < $1.0 }
        var coveredUntil = -1
        for (a, b) in reached where a >= coveredUntil && max(old.sizes[a], new.sizes[b]) <= options.optimalRecoverySize * 16 {
            if hasUnmatchedDescendants(a, in: old, oldToNew) && hasUnmatchedDescendants(b, in: new, newToOld)
                && matchOptimally(a, b) {
                coveredUntil = a + old.sizes[a]
            }
        }
    }

    /// Small subtrees matched into an inserted container although the partner of their own
    /// parent has an unmatched child of their type: identical twins of code that was edited in
    /// place (`(a, b)` in a new `sub` while `add(a, b)` became `add(a, b, c=0)`). Each is matched
    /// to that child instead, unless that child wraps the partner.
    private mutating func undoStrayMoves() {
        var node = 1
        while node < old.count {
            let partner = oldToNew[node]
            let parent = old.parents[node]
            guard partner >= 0, parent >= 0, old.sizes[node] <= 16 else {
                node += 1
                continue
            }
            let parentPartner = oldToNew[parent]
            let newParent = new.parents[partner]
            guard parentPartner >= 0, parentPartner != newParent, newParent >= 0, newToOld[newParent] == -1,
                  let sibling = new.children(of: parentPartner).first(where: { newToOld[$0] == -1 && new.typeKeys[$0] == old.typeKeys[node] }),
                  // Not a wrapper of its own partner (`a + b` becoming `a + b + c`): that is a real move.
                  !new.isDescendant(partner, of: sibling)
            else {
                node += 1
                continue
            }
            for descendant in node..<(node + old.sizes[node]) where oldToNew[descendant] >= 0 {
                newToOld[oldToNew[descendant]] = -1
                oldToNew[descendant] = -1
            }
            map(node, sibling)
            if !old.isLeaf(node) && !new.isLeaf(sibling) { recover(node, sibling) }
            node += old.sizes[node]
        }
    }

    /// Adds the pairs of an optimal edit mapping of the two subtrees that are free and alike in
    /// type. An edit distance may pair nodes whose parents it does not pair (a name under a deleted
    /// class and one under an inserted function); such a pair, a move, is kept only for subtrees
    /// that share at least `minSimilarity` of their descendants, never for a lone leaf.
    ///
    /// Returns false when the pair is too large once its matched twins are folded.
    private mutating func matchOptimally(_ a: Int, _ b: Int) -> Bool {
        work += old.sizes[a] + new.sizes[b]
        guard var optimal = OptimalMatcher(old: old, oldRoot: a, new: new, newRoot: b, oldToNew: oldToNew, newToOld: newToOld,
                                           limit: options.optimalRecoverySize) else { return false }
        work += optimal.cost
        let pairs = optimal.mapping().sorted { $0.0 < $1.0 }
        var proposed: [Int: Int] = [:]
        for (x, y) in pairs { proposed[x] = y }
        for (x, y) in pairs where oldToNew[x] == -1 && newToOld[y] == -1 && old.typeKeys[x] == new.typeKeys[y] {
            let oldParent = old.parents[x]
            if (x == a && y == b) || (oldParent >= 0 && oldToNew[oldParent] == new.parents[y]) {
                map(x, y)
            } else if !old.isLeaf(x) && !new.isLeaf(y) {
                let yEnd = y + new.sizes[y]
                var common = 0
                for node in (x + 1)..<(x + old.sizes[x]) {
                    let partner = oldToNew[node] >= 0 ? oldToNew[node] : proposed[node] ?? -1
                    if partner > y && partner < yEnd { common += 1 }
                }
                let similarity = 2 * Double(common) / Double(old.sizes[x] - 1 + new.sizes[y] - 1)
                if similarity >= options.minSimilarity { map(x, y) }
            }
        }
        return true
    }

    /// Maps, in a longest common subsequence, the children of `a` and `b` that are wholly
    /// unmatched and agree on `hash`.
    private mutating func matchChildSequences(_ a: Int, _ b: Int, by hash: KeyPath<TreeDiff.Tree, [UInt64]>) {
        let oldChildren = old.children(of: a).filter { isWhollyUnmatched($0, in: old, oldToNew) }
        let newChildren = new.children(of: b).filter { isWhollyUnmatched($0, in: new, newToOld) }
        guard !oldChildren.isEmpty && !newChildren.isEmpty else { return }
        let oldHashes = old[keyPath: hash]
        let newHashes = new[keyPath: hash]
        let pairs = SequenceAlignment.longestCommonSubsequence(oldChildren.map { oldHashes[$0] }, newChildren.map { newHashes[$0] })
        for (i, j) in pairs {
            mapSubtrees(oldChildren[i], newChildren[j])
        }
    }

    private func hasUnmatchedDescendants(_ node: Int, in tree: TreeDiff.Tree, _ partners: [Int]) -> Bool {
        ((node + 1)..<(node + tree.sizes[node])).contains { partners[$0] == -1 }
    }

    private mutating func isWhollyUnmatched(_ node: Int, in tree: TreeDiff.Tree, _ partners: [Int]) -> Bool {
        let end = node + tree.sizes[node]
        work += tree.sizes[node]
        for descendant in node..<end where partners[descendant] != -1 { return false }
        return true
    }
}

/// Nodes waiting to be compared, by height, tallest first.
private struct HeightQueue {
    let heights: [Int]
    let minHeight: Int
    private var buckets: [[Int]]
    /// The tallest non-empty bucket, or 0.
    private(set) var maxHeight = 0

    init(heights: [Int], minHeight: Int) {
        self.heights = heights
        self.minHeight = minHeight
        buckets = [[Int]](repeating: [], count: (heights.max() ?? 0) + 1)
    }

    mutating func push(_ node: Int) {
        let height = heights[node]
        guard height >= minHeight else { return }
        buckets[height].append(node)
        maxHeight = max(maxHeight, height)
    }

    mutating func pushChildren(of node: Int, in tree: TreeDiff.Tree) {
        for child in tree.children(of: node) { push(child) }
    }

    /// Removes and returns the nodes of `height`, in the order they were pushed.
    mutating func pop(_ height: Int) -> [Int] {
        let nodes = buckets[height]
        buckets[height] = []
        while maxHeight > 0 && buckets[maxHeight].isEmpty { maxHeight -= 1 }
        return nodes
    }
}
