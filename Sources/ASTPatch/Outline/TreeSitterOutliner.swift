import TreeSitter

/// Lists a file's declarations from its tree-sitter tree, following the language's ``OutlineRules``.
struct TreeSitterOutliner {
    let rules: OutlineRules
    let source: SourceText
    let body: [UInt8]

    init(rules: OutlineRules, source: SourceText) {
        self.rules = rules
        self.source = source
        self.body = source.parseableBytes
    }

    func symbols(in tree: Tree) -> [OutlineSymbol] {
        var state = WalkState()
        visit(tree.rootNode, parentPath: nil, depth: 0, insideFunction: false, state: &state)
        return state.symbols
    }

    private struct WalkState {
        var allocator = SymbolPathAllocator()
        var symbols: [OutlineSymbol] = []
    }

    private func visit(_ node: Node, parentPath: String?, depth: Int, insideFunction: Bool, state: inout WalkState) {
        for child in node.namedChildren {
            guard let rule = rules.rules[child.type], applies(rule, to: child, insideFunction: insideFunction),
                  let rawName = name(rule.name, of: child)
            else {
                visit(child, parentPath: parentPath, depth: depth, insideFunction: insideFunction, state: &state)
                continue
            }
            var parent = parentPath
            if let qualifier = rule.qualifier, let type = name(qualifier, of: child) {
                parent = join(parent, type)
            }
            var simpleName = rawName
            for separator in rules.qualifierSeparators {
                let parts = simpleName.components(separatedBy: separator)
                if parts.count > 1, parts.allSatisfy({ !$0.isEmpty }) {
                    for part in parts.dropLast() { parent = join(parent, part) }
                    simpleName = parts.last!
                }
            }
            let path: String
            if rule.listed {
                path = state.allocator.path(parent: parent, name: simpleName)
                let range = declarationRange(of: child)
                state.symbols.append(OutlineSymbol(
                    kind: depth > 0 && !insideFunction ? (rule.nestedKind ?? rule.kind) : rule.kind,
                    name: simpleName, path: path, byteRange: range,
                    start: source.location(ofOffset: range.lowerBound), end: source.location(ofOffset: range.upperBound),
                    depth: depth))
            } else {
                path = join(parent, simpleName)
            }
            if rule.container {
                visit(child, parentPath: path, depth: rule.listed ? depth + 1 : depth,
                      insideFunction: insideFunction || rule.isFunction, state: &state)
            }
        }
    }

    private func join(_ parent: String?, _ name: String) -> String {
        parent.map { "\($0).\(name)" } ?? name
    }

    private func applies(_ rule: OutlineRules.Rule, to node: Node, insideFunction: Bool) -> Bool {
        if rule.outsideFunctionsOnly && insideFunction { return false }
        if let parents = rule.parents {
            guard let parent = node.parent, parents.contains(parent.type) else { return false }
        }
        return true
    }

    /// The node's range widened to wrappers that belong to it (decorators, `export`, templates).
    private func declarationRange(of node: Node) -> Range<Int> {
        var current = node
        while let parent = current.parent {
            if rules.wrappers.contains(parent.type)
                || rules.singleDeclarationWrappers.contains(parent.type) && declarationCount(parent) == 1 {
                current = parent
            } else {
                break
            }
        }
        return current.byteRange
    }

    /// The named children of a declaration statement that are not comments.
    private func declarationCount(_ node: Node) -> Int {
        node.namedChildren.filter { rules.rules[$0.type] != nil }.count
    }

    private func name(_ name: OutlineRules.Name, of node: Node) -> String? {
        let found: Node?
        switch name {
        case .field(let field):
            found = node.child(byField: field)
        case .declarator(let field):
            var current = node.child(byField: field)
            while let inner = current?.child(byField: "declarator") { current = inner }
            found = current
        case .firstChild(let types):
            found = node.namedChildren.first { types.contains($0.type) }
        case .typeName(let field):
            found = node.child(byField: field).flatMap { firstTypeIdentifier(in: $0) }
        }
        guard let found else { return nil }
        let text = found.text(in: body).trimmingWhitespace
        guard !text.isEmpty, text.count <= 200, !text.contains(where: { $0 == "\n" || $0 == "," }) else { return nil }
        return text
    }

    private func firstTypeIdentifier(in node: Node) -> Node? {
        if node.type == "type_identifier" { return node }
        for child in node.namedChildren {
            if let found = firstTypeIdentifier(in: child) { return found }
        }
        return nil
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
