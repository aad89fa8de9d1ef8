extension TreeDiff {
    /// An in-memory copy of a tree's structure that an edit script can be applied to: the check
    /// that a script really turns the old tree into the new one.
    public struct EditableTree: Sendable, Equatable {
        struct Node: Sendable, Equatable {
            var type: String
            var label: String
            var parent: Int
            var children: [Int]
        }

        private var nodes: [Node]
        private let oldCount: Int
        /// Where the node inserted for each new node was put in ``nodes``.
        private var insertedNodes: [Int: Int] = [:]

        /// A copy of `tree`.
        public init(_ tree: Tree) {
            nodes = (0..<tree.count).map {
                Node(type: tree.types[$0], label: tree.labels[$0], parent: tree.parents[$0], children: Array(tree.children(of: $0)))
            }
            oldCount = tree.count
        }

        /// Applies each action in turn; `new` is the tree the script was made for, which supplies
        /// inserted nodes and updated labels.
        public mutating func apply(_ actions: [Action], from new: Tree) throws(ScriptError) {
            for (index, action) in actions.enumerated() {
                try apply(action, from: new, index: index)
            }
        }

        private mutating func apply(_ action: Action, from new: Tree, index: Int) throws(ScriptError) {
            switch action.kind {
            case .insert:
                guard let x = action.newNode, x < new.count, insertedNodes[x] == nil,
                      let parent = action.parent, let position = action.position
                else { throw ScriptError(action: index, reason: "an insert needs a new node, a parent and a position") }
                let target = try resolve(parent, action: index)
                let node = nodes.count
                nodes.append(Node(type: new.types[x], label: new.labels[x], parent: -1, children: []))
                insertedNodes[x] = node
                try attach(node, to: target, at: position, action: index)
            case .delete:
                let node = try oldNode(action, index: index)
                guard nodes[node].children.isEmpty else {
                    throw ScriptError(action: index, reason: "node \(node) still has children when deleted")
                }
                detach(node)
            case .update:
                let node = try oldNode(action, index: index)
                guard let x = action.newNode, x < new.count else { throw ScriptError(action: index, reason: "an update needs a new node") }
                nodes[node].label = new.labels[x]
            case .move:
                let node = try oldNode(action, index: index)
                guard let parent = action.parent, let position = action.position
                else { throw ScriptError(action: index, reason: "a move needs a parent and a position") }
                let target = try resolve(parent, action: index)
                var ancestor = target
                while ancestor >= 0 {
                    if ancestor == node { throw ScriptError(action: index, reason: "node \(node) would move below itself") }
                    ancestor = nodes[ancestor].parent
                }
                detach(node)
                try attach(node, to: target, at: position, action: index)
            }
        }

        private func oldNode(_ action: Action, index: Int) throws(ScriptError) -> Int {
            guard let node = action.oldNode, node < oldCount, node > 0 || action.kind == .update else {
                throw ScriptError(action: index, reason: "no old node to \(action.kind.rawValue)")
            }
            return node
        }

        private func resolve(_ reference: NodeReference, action: Int) throws(ScriptError) -> Int {
            switch reference {
            case .old(let node):
                guard node < oldCount else { throw ScriptError(action: action, reason: "no old node \(node)") }
                return node
            case .inserted(let x):
                guard let node = insertedNodes[x] else { throw ScriptError(action: action, reason: "new node \(x) was not inserted yet") }
                return node
            }
        }

        private mutating func attach(_ node: Int, to parent: Int, at position: Int, action: Int) throws(ScriptError) {
            guard position >= 0 && position <= nodes[parent].children.count else {
                throw ScriptError(action: action, reason: "position \(position) is past the \(nodes[parent].children.count) children of node \(parent)")
            }
            nodes[parent].children.insert(node, at: position)
            nodes[node].parent = parent
        }

        private mutating func detach(_ node: Int) {
            let parent = nodes[node].parent
            guard parent >= 0 else { return }
            nodes[parent].children.removeAll { $0 == node }
            nodes[node].parent = -1
        }

        /// The pre-order list of types, labels and child counts from the root, as
        /// ``Tree/signature`` gives it for a parsed tree.
        public var signature: [NodeSignature] {
            var result: [NodeSignature] = []
            var stack = [0]
            while let node = stack.popLast() {
                result.append(NodeSignature(type: nodes[node].type, label: nodes[node].label, childCount: nodes[node].children.count))
                stack.append(contentsOf: nodes[node].children.reversed())
            }
            return result
        }
    }

    /// An action that cannot be applied to the tree as the script has left it.
    public struct ScriptError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The action's index in the script.
        public var action: Int
        public var reason: String

        public var description: String { "action #\(action + 1): \(reason)" }
    }
}
