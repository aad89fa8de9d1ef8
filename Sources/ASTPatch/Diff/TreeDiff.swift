/// The structural difference between two syntax trees: which nodes correspond, and a short edit
/// script of inserts, deletes, updates (a leaf's text changed) and moves that turns the old tree
/// into the new one.
///
/// Matching follows GumTree (Falleri et al., ASE 2014): identical subtrees are matched greedily
/// from the tallest down, ambiguities broken by how alike their parents are; declarations whose
/// type and name are unique on both sides are paired; containers are then matched bottom-up by
/// the share of matched descendants they have in common, and inside each matched container the
/// remaining children are recovered by longest common subsequences (of identical, then
/// same-shaped subtrees), by types that occur once on each side, and, where what is left is
/// small, by an optimal tree edit mapping (Zhang and Shasha). The edit script is Chawathe et
/// al.'s (SIGMOD 1996), with children aligned by the heaviest increasing subsequence so that the
/// larger side of a swap stays put.
///
/// Cost is close to linear on typical inputs. Past ``Options/maxNodes`` nodes the trees are folded
/// below a depth (coarser matching); past ``Options/workBudget`` steps per node of similarity
/// counting the bottom-up phase falls back to looking at direct children only. Either way the
/// script stays correct, only less fine.
public struct TreeDiff: Sendable {
    /// Tuning and bounds.
    public struct Options: Sendable, Equatable {
        /// Subtrees shorter than this are left to the bottom-up phase: a lone leaf is too common to
        /// be matched on sight.
        public var minHeight: Int
        /// The share of common descendants above which two containers of one type match.
        public var minSimilarity: Double
        /// Pairs of containers reached by recovery that have, once the subtrees already matched
        /// whole are folded, no more nodes than this on either side get the rest of their nodes
        /// matched by an optimal tree edit mapping (Zhang and Shasha).
        public var optimalRecoverySize: Int
        /// The largest tree matched node by node; a larger one is folded below the depth at which
        /// both trees fit, each folded subtree becoming a leaf labelled with its tokens.
        public var maxNodes: Int
        /// Steps of descendant counting the bottom-up phase may spend, per node of the two trees,
        /// before it settles for comparing direct children.
        public var workBudget: Int

        public init(minHeight: Int = 2, minSimilarity: Double = 0.5, optimalRecoverySize: Int = 200,
                    maxNodes: Int = 500_000, workBudget: Int = 1000) {
            self.minHeight = minHeight
            self.minSimilarity = minSimilarity
            self.optimalRecoverySize = optimalRecoverySize
            self.maxNodes = maxNodes
            self.workBudget = workBudget
        }
    }

    public let old: Tree
    public let new: Tree
    /// For each old node, its partner in the new tree, or -1.
    public let oldToNew: [Int]
    /// For each new node, its partner in the old tree, or -1.
    public let newToOld: [Int]
    /// The node-level edit script, in the order it applies.
    public let actions: [Action]
    /// Whether the work budget ran out and containers were matched on their children alone.
    public let usedCoarseMatching: Bool

    /// Diffs two trees (which should come from the same parser).
    public init(old: Tree, new: Tree, options: Options = Options()) {
        let (old, new) = Self.fitting(old, new, maxNodes: options.maxNodes)
        var matcher = TreeMatcher(old: old, new: new, options: options)
        matcher.run()
        self.old = old
        self.new = new
        oldToNew = matcher.oldToNew
        newToOld = matcher.newToOld
        usedCoarseMatching = matcher.budgetExhausted
        var generator = EditScriptGenerator(old: old, new: new, oldToNew: matcher.oldToNew, newToOld: matcher.newToOld)
        actions = generator.run()
    }

    /// Parses both texts (swift-syntax for Swift, tree-sitter otherwise) and diffs them.
    public init(old: [UInt8], new: [UInt8], language: String, grammars: GrammarRegistry = .shared,
                options: Options = Options()) throws {
        let oldTree = try Tree.parse(SourceText(old), language: language, grammars: grammars)
        let newTree = try Tree.parse(SourceText(new), language: language, grammars: grammars)
        self.init(old: oldTree, new: newTree, options: options)
    }

    /// Whether the trees are the same (formatting aside).
    public var isEmpty: Bool { actions.isEmpty }

    /// Folds both trees below the same depth when either has more than `maxNodes` nodes.
    static func fitting(_ old: Tree, _ new: Tree, maxNodes: Int) -> (Tree, Tree) {
        guard old.count > maxNodes || new.count > maxNodes else { return (old, new) }
        let oldCounts = old.nodeCountsByDepth()
        let newCounts = new.nodeCountsByDepth()
        var depth = 0
        var oldTotal = 0
        var newTotal = 0
        while true {
            oldTotal += depth < oldCounts.count ? oldCounts[depth] : 0
            newTotal += depth < newCounts.count ? newCounts[depth] : 0
            if oldTotal > maxNodes || newTotal > maxNodes { break }
            depth += 1
        }
        let limit = max(1, depth - 1)
        return (old.collapsed(belowDepth: limit), new.collapsed(belowDepth: limit))
    }
}

extension TreeDiff {
    /// One step of an edit script.
    public struct Action: Sendable, Equatable {
        public enum Kind: String, Sendable, Codable, CaseIterable {
            case insert, delete, update, move
        }

        public var kind: Kind
        /// The old tree's node that is deleted, updated or moved; nil for an insert.
        public var oldNode: Int?
        /// The new tree's node that is inserted, or that the updated or moved node becomes; nil
        /// for a delete.
        public var newNode: Int?
        /// For an insert or a move: the node it goes under, in the tree being edited.
        public var parent: NodeReference?
        /// For an insert or a move: its index among the parent's children once it is there.
        public var position: Int?

        public init(kind: Kind, oldNode: Int? = nil, newNode: Int? = nil, parent: NodeReference? = nil, position: Int? = nil) {
            self.kind = kind
            self.oldNode = oldNode
            self.newNode = newNode
            self.parent = parent
            self.position = position
        }
    }

    /// A node of the tree an edit script is editing: one of the old tree's, or one an earlier
    /// insert added (named by the new tree's node it copies).
    public enum NodeReference: Sendable, Hashable {
        case old(Int)
        case inserted(Int)
    }
}
