/// Chawathe et al.'s edit script generation: walk the new tree breadth first, inserting, updating
/// and moving so that each node's copy in the tree being edited sits under the right parent in the
/// right place, then delete what is left unmatched, children first.
///
/// The tree being edited starts as the old tree. Its nodes are numbered like the old tree's; a
/// node inserted for new node `x` is `old.count + x`.
struct EditScriptGenerator {
    let old: TreeDiff.Tree
    let new: TreeDiff.Tree
    // The trees' arrays, held directly: reaching them through the trees costs in debug builds.
    private let oldCount: Int
    private let oldSizes: [Int]
    private let newSizes: [Int]
    private let newParents: [Int]
    private var editedToNew: [Int]
    private var newToEdited: [Int]
    private var parents: [Int]
    /// Children lists that differ from the old tree's; other nodes still have the old children.
    private var changedChildren: [Int: [Int]] = [:]
    private var editedInOrder: [Bool]
    private var newInOrder: [Bool]
    /// Scratch: each new node's index in the list being aligned.
    private var slot: [Int]
    private var actions: [TreeDiff.Action] = []

    init(old: TreeDiff.Tree, new: TreeDiff.Tree, oldToNew: [Int], newToOld: [Int]) {
        self.old = old
        self.new = new
        oldCount = old.count
        oldSizes = old.sizes
        newSizes = new.sizes
        newParents = new.parents
        let total = old.count + new.count
        editedToNew = oldToNew + [Int](repeating: -1, count: new.count)
        newToEdited = newToOld
        parents = old.parents + [Int](repeating: -1, count: new.count)
        editedInOrder = [Bool](repeating: false, count: total)
        newInOrder = [Bool](repeating: false, count: new.count)
        slot = [Int](repeating: -1, count: new.count)
    }

    mutating func run() -> [TreeDiff.Action] {
        precondition(newToEdited[new.root] == old.root, "the roots must be matched")
        var queue = [new.root]
        queue.reserveCapacity(new.count)
        var head = 0
        while head < queue.count {
            let x = queue[head]
            head += 1
            var child = x + 1
            while child < x + newSizes[x] {
                queue.append(child)
                child += newSizes[child]
            }
            if x != new.root { place(x) }
            alignChildren(newToEdited[x], x)
        }
        for node in old.postOrder() where editedToNew[node] == -1 {
            actions.append(TreeDiff.Action(kind: .delete, oldNode: node))
            removeChild(node, from: parents[node])
        }
        return actions
    }

    /// Inserts `x`'s copy, or updates and moves its partner, under the partner of `x`'s parent.
    private mutating func place(_ x: Int) {
        let z = newToEdited[new.parents[x]]
        let w = newToEdited[x]
        if w == -1 {
            let inserted = old.count + x
            let position = findPosition(x)
            insertChild(inserted, into: z, at: position)
            newToEdited[x] = inserted
            editedToNew[inserted] = x
            actions.append(TreeDiff.Action(kind: .insert, newNode: x, parent: reference(z), position: position))
            editedInOrder[inserted] = true
            newInOrder[x] = true
            return
        }
        if old.labelKeys[w] != new.labelKeys[x] || old.labels[w] != new.labels[x] {
            actions.append(TreeDiff.Action(kind: .update, oldNode: w, newNode: x))
        }
        if parents[w] != z {
            removeChild(w, from: parents[w])
            let position = findPosition(x)
            insertChild(w, into: z, at: position)
            actions.append(TreeDiff.Action(kind: .move, oldNode: w, newNode: x, parent: reference(z), position: position))
            editedInOrder[w] = true
            newInOrder[x] = true
        }
    }

    /// Puts the children of `w` that stay under it in the order their partners have under `x`,
    /// moving the lightest subtrees that are out of order.
    private mutating func alignChildren(_ w: Int, _ x: Int) {
        if isAligned(w, x) { return }
        let editedKids = children(of: w)
        let newKids = Array(new.children(of: x))
        for child in editedKids { editedInOrder[child] = false }
        for child in newKids { newInOrder[child] = false }
        let staying = editedKids.filter { editedToNew[$0] != -1 && new.parents[editedToNew[$0]] == x }
        guard !staying.isEmpty else { return }
        let arriving = newKids.filter { newToEdited[$0] != -1 && parents[newToEdited[$0]] == w }
        for (index, child) in arriving.enumerated() { slot[child] = index }
        let keys = staying.map { slot[editedToNew[$0]] }
        var inOrder: [Bool]
        if zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) {
            inOrder = [Bool](repeating: true, count: staying.count)
        } else {
            inOrder = SequenceAlignment.heaviestIncreasingSubsequence(
                keys: keys, weights: staying.map { new.sizes[editedToNew[$0]] })
        }
        for (index, child) in staying.enumerated() where inOrder[index] {
            editedInOrder[child] = true
            newInOrder[editedToNew[child]] = true
        }
        for b in arriving where !newInOrder[b] {
            let a = newToEdited[b]
            precondition(a < old.count, "only old nodes can be out of order")
            removeChild(a, from: w)
            let position = findPosition(b)
            insertChild(a, into: w, at: position)
            actions.append(TreeDiff.Action(kind: .move, oldNode: a, newNode: b, parent: reference(w), position: position))
            editedInOrder[a] = true
            newInOrder[b] = true
        }
    }

    /// Whether `w` has the old tree's children and they are exactly the partners of `x`'s, in
    /// order: the common case, settled without building lists. Marks them all in order.
    private mutating func isAligned(_ w: Int, _ x: Int) -> Bool {
        guard w < oldCount, changedChildren[w] == nil else { return false }
        var a = w + 1
        var b = x + 1
        let aEnd = w + oldSizes[w]
        let bEnd = x + newSizes[x]
        while a < aEnd && b < bEnd {
            if editedToNew[a] != b { return false }
            a += oldSizes[a]
            b += newSizes[b]
        }
        guard a == aEnd && b == bEnd else { return false }
        a = w + 1
        b = x + 1
        while a < aEnd {
            editedInOrder[a] = true
            newInOrder[b] = true
            a += oldSizes[a]
            b += newSizes[b]
        }
        return true
    }

    /// Where `x`'s copy goes among the edited children of its parent's partner: right after the
    /// partner of its nearest in-order left sibling, or first.
    private func findPosition(_ x: Int) -> Int {
        let y = new.parents[x]
        var leftSibling = -1
        for sibling in new.children(of: y) {
            if sibling == x { break }
            if newInOrder[sibling] { leftSibling = sibling }
        }
        guard leftSibling >= 0 else { return 0 }
        let u = newToEdited[leftSibling]
        guard let index = children(of: parents[u]).firstIndex(of: u) else { return 0 }
        return index + 1
    }

    private func reference(_ node: Int) -> TreeDiff.NodeReference {
        node < old.count ? .old(node) : .inserted(node - old.count)
    }

    private func children(of node: Int) -> [Int] {
        if let changed = changedChildren[node] { return changed }
        return node < old.count ? Array(old.children(of: node)) : []
    }

    private mutating func insertChild(_ child: Int, into parent: Int, at position: Int) {
        var list = children(of: parent)
        list.insert(child, at: min(position, list.count))
        changedChildren[parent] = list
        parents[child] = parent
    }

    private mutating func removeChild(_ child: Int, from parent: Int) {
        guard parent >= 0 else { return }
        var list = children(of: parent)
        if let index = list.firstIndex(of: child) { list.remove(at: index) }
        changedChildren[parent] = list
        parents[child] = -1
    }
}
