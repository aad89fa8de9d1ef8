/// A change told at declaration level, in a few short lines for people: `updated
/// function_definition add`, `inserted function_definition sub`, `moved method_definition m`,
/// `deleted class_definition A`, `renamed function_definition add to plus`.
///
/// Declarations are the node types of the language's outline rules (swift-syntax's declarations
/// for Swift), named from their `name` field. A change inside a declaration updates the innermost
/// declaration around it; a change outside any names the file-level node it is in.
public enum StructuralSummary {
    /// The summary of the change from `old` to `new` in `language`.
    public static func summarize(old: [UInt8], new: [UInt8], language: String,
                                 grammars: GrammarRegistry = .shared) throws -> [String] {
        summarize(try TreeDiff(old: old, new: new, language: language, grammars: grammars))
    }

    /// The summary of a diff already made.
    public static func summarize(_ diff: TreeDiff) -> [String] {
        var lines: [String] = []
        var seen = Set<String>()
        func add(_ line: String) {
            if seen.insert(line).inserted { lines.append(line) }
        }
        let old = diff.old
        let new = diff.new
        for change in diff.changes {
            switch change.kind {
            case .insert:
                let node = change.newNode!
                let declarations = outermostDeclarations(in: node, of: new)
                if declarations.isEmpty {
                    add(updated(around: node, in: new, diff: diff, side: .new))
                } else {
                    for declaration in declarations { add(describe("inserted", declaration, in: new)) }
                }
            case .delete:
                let node = change.oldNode!
                let declarations = outermostDeclarations(in: node, of: old)
                if declarations.isEmpty {
                    add(updated(around: node, in: old, diff: diff, side: .old))
                } else {
                    for declaration in declarations { add(describe("deleted", declaration, in: old)) }
                }
            case .move:
                let node = change.oldNode!
                let declarations = outermostDeclarations(in: node, of: old)
                if declarations.isEmpty {
                    add(updated(around: node, in: old, diff: diff, side: .old))
                    add(updated(around: change.newNode!, in: new, diff: diff, side: .new))
                } else {
                    for declaration in declarations { add(describe("moved", declaration, in: old)) }
                }
            case .update:
                add(updated(around: change.oldNode!, in: old, diff: diff, side: .old))
            }
        }
        return lines
    }

    private enum Side { case old, new }

    /// The declarations in `node`'s subtree that no other declaration in it encloses: `node`
    /// itself if it is one, the function in a decorated definition or an export statement.
    private static func outermostDeclarations(in node: Int, of tree: TreeDiff.Tree) -> [Int] {
        var result: [Int] = []
        var index = node
        let end = node + tree.sizes[node]
        while index < end {
            if tree.declarations[index] != nil {
                result.append(index)
                index += tree.sizes[index]
            } else {
                index += 1
            }
        }
        return result
    }

    /// `updated T name` (or `renamed T old to new`) for the declaration around `node`, or for the
    /// file-level node holding it when no declaration does.
    private static func updated(around node: Int, in tree: TreeDiff.Tree, diff: TreeDiff, side: Side) -> String {
        let holder = tree.enclosingDeclaration(of: node) ?? topLevelNode(holding: node, in: tree)
        guard tree.declarations[holder] != nil else { return "updated \(tree.types[holder])" }
        let name = tree.declarations[holder] ?? ""
        let partner = side == .old ? diff.oldToNew[holder] : diff.newToOld[holder]
        if partner >= 0 {
            let other = side == .old ? diff.new : diff.old
            if let otherName = other.declarations[partner], otherName != name {
                let (before, after) = side == .old ? (name, otherName) : (otherName, name)
                return "renamed \(tree.types[holder]) \(before) to \(after)"
            }
        }
        return describe("updated", holder, in: tree)
    }

    private static func describe(_ verb: String, _ declaration: Int, in tree: TreeDiff.Tree) -> String {
        let name = tree.declarations[declaration] ?? ""
        return name.isEmpty ? "\(verb) \(tree.types[declaration])" : "\(verb) \(tree.types[declaration]) \(name)"
    }

    /// The ancestor of `node` just below the parser's root (the root itself for the root).
    private static func topLevelNode(holding node: Int, in tree: TreeDiff.Tree) -> Int {
        var current = node
        var path: [Int] = [current]
        while tree.parents[current] >= 0 {
            current = tree.parents[current]
            path.append(current)
        }
        // path ends with document, then the parser's root, then the top-level node.
        return path.count >= 3 ? path[path.count - 3] : path[0]
    }
}
