extension TreeDiff {
    /// One change as a person reads it: an inserted or deleted subtree counts once (at its root),
    /// and each update and move counts once.
    public struct Change: Sendable, Equatable {
        public var kind: Action.Kind
        /// The type of the changed node (the root of an inserted or deleted subtree).
        public var type: String
        /// The node in the old tree; nil for an insert.
        public var oldNode: Int?
        /// The node in the new tree; nil for a delete.
        public var newNode: Int?
        /// The bytes the change covers in the old body: the node's, and those of comments right
        /// before it that went the same way.
        public var oldRange: Range<Int>?
        public var newRange: Range<Int>?
        /// How many script actions the change stands for.
        public var actionCount: Int

        public init(kind: Action.Kind, type: String, oldNode: Int?, newNode: Int?, oldRange: Range<Int>?,
                    newRange: Range<Int>?, actionCount: Int) {
            self.kind = kind
            self.type = type
            self.oldNode = oldNode
            self.newNode = newNode
            self.oldRange = oldRange
            self.newRange = newRange
            self.actionCount = actionCount
        }
    }

    /// The script grouped into changes, in reading order of the new file (a deletion sits where
    /// the text that followed it went).
    public var changes: [Change] {
        var inserted = Set<Int>()
        var deleted = Set<Int>()
        for action in actions {
            switch action.kind {
            case .insert: inserted.insert(action.newNode!)
            case .delete: deleted.insert(action.oldNode!)
            default: break
            }
        }
        var result: [Change] = []
        var insertedRoots: [Int: Int] = [:]
        var deletedRoots: [Int: Int] = [:]
        for action in actions {
            switch action.kind {
            case .insert:
                var top = action.newNode!
                while new.parents[top] >= 0 && inserted.contains(new.parents[top]) { top = new.parents[top] }
                if let index = insertedRoots[top] {
                    result[index].actionCount += 1
                } else {
                    insertedRoots[top] = result.count
                    result.append(Change(kind: .insert, type: new.types[top], oldNode: nil, newNode: top, oldRange: nil,
                                         newRange: new.byteRanges[top], actionCount: 1))
                }
            case .delete:
                var top = action.oldNode!
                while old.parents[top] >= 0 && deleted.contains(old.parents[top]) { top = old.parents[top] }
                if let index = deletedRoots[top] {
                    result[index].actionCount += 1
                } else {
                    deletedRoots[top] = result.count
                    result.append(Change(kind: .delete, type: old.types[top], oldNode: top, newNode: nil,
                                         oldRange: old.byteRanges[top], newRange: nil, actionCount: 1))
                }
            case .update, .move:
                result.append(Change(kind: action.kind, type: old.types[action.oldNode!], oldNode: action.oldNode,
                                     newNode: action.newNode, oldRange: old.byteRanges[action.oldNode!],
                                     newRange: new.byteRanges[action.newNode!], actionCount: 1))
            }
        }
        result = foldingLeadingComments(result)
        let anchors = result.map(anchor)
        return result.indices.sorted { anchors[$0] < anchors[$1] }.map { result[$0] }
    }

    /// Folds each inserted, deleted or moved comment into the change of the node right after it
    /// when that node went the same way: a function moved with its doc comment is one move.
    private func foldingLeadingComments(_ changes: [Change]) -> [Change] {
        var changes = changes
        var byOld: [Int: Int] = [:]
        var byNew: [Int: Int] = [:]
        for (index, change) in changes.enumerated() where change.kind != .update {
            if let node = change.oldNode { byOld[node] = index }
            if let node = change.newNode { byNew[node] = index }
        }
        func nextSibling(_ node: Int, in tree: Tree) -> Int? {
            let parent = tree.parents[node]
            let next = node + tree.sizes[node]
            return parent >= 0 && next < parent + tree.sizes[parent] ? next : nil
        }
        var folded = Set<Int>()
        var foldedInto: [Int: Int] = [:]
        // Last comment first, so a run of comments folds into the declaration after the run.
        let comments = changes.indices.filter { changes[$0].kind != .update && changes[$0].type.contains("comment") }
            .sorted { (changes[$0].oldNode ?? changes[$0].newNode!) > (changes[$1].oldNode ?? changes[$1].newNode!) }
        for index in comments {
            let comment = changes[index]
            var target: Int?
            switch comment.kind {
            case .insert:
                target = nextSibling(comment.newNode!, in: new).flatMap { byNew[$0] }
            case .delete:
                target = nextSibling(comment.oldNode!, in: old).flatMap { byOld[$0] }
            case .move:
                if let next = nextSibling(comment.oldNode!, in: old), let candidate = byOld[next],
                   nextSibling(comment.newNode!, in: new) == oldToNew[next] {
                    target = candidate
                }
            case .update:
                break
            }
            guard var target else { continue }
            while let next = foldedInto[target] { target = next }
            guard changes[target].kind == comment.kind else { continue }
            changes[target].actionCount += comment.actionCount
            if let range = comment.oldRange, let targetRange = changes[target].oldRange {
                changes[target].oldRange = range.lowerBound..<targetRange.upperBound
            }
            if let range = comment.newRange, let targetRange = changes[target].newRange {
                changes[target].newRange = range.lowerBound..<targetRange.upperBound
            }
            folded.insert(index)
            foldedInto[index] = target
        }
        return changes.indices.filter { !folded.contains($0) }.map { changes[$0] }
    }

    /// Sorts a change by where it shows in the new file; a deletion goes where the first matched
    /// node after it went, before whatever was inserted there.
    private func anchor(_ change: Change) -> Anchor {
        let order = change.kind == .delete ? 0 : change.kind == .insert ? 2 : 1
        if let node = change.newNode {
            return Anchor(offset: change.newRange?.lowerBound ?? new.byteRanges[node].lowerBound, order: order, node: node)
        }
        let node = change.oldNode!
        var following = node + old.sizes[node]
        while following < old.count && oldToNew[following] == -1 { following += 1 }
        let offset = following < old.count ? new.byteRanges[oldToNew[following]].lowerBound : new.source.body.count
        return Anchor(offset: offset, order: order, node: node)
    }

    private struct Anchor: Comparable {
        var offset: Int
        var order: Int
        var node: Int

        static func < (lhs: Anchor, rhs: Anchor) -> Bool {
            (lhs.offset, lhs.order, lhs.node) < (rhs.offset, rhs.order, rhs.node)
        }
    }

    /// How many actions of each kind the script has.
    public var actionCounts: [Action.Kind: Int] {
        var counts: [Action.Kind: Int] = [:]
        for action in actions { counts[action.kind, default: 0] += 1 }
        return counts
    }
}
