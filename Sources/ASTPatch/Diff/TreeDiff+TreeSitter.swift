import TreeSitter

extension TreeDiff.Tree {
    /// Parses `source` and reduces its tree: with swift-syntax for Swift (tree-sitter-swift wraps
    /// whole valid files in ERROR nodes), with the language's tree-sitter grammar otherwise.
    public static func parse(_ source: SourceText, language: String, grammars: GrammarRegistry = .shared) throws -> TreeDiff.Tree {
        if language == "swift" {
            return TreeDiff.Tree(swiftSource: source)
        }
        let parser = Parser()
        try parser.setLanguage(try grammars.language(named: language))
        guard let tree = parser.parse(source.parseableBytes) else { throw TreeDiffError.parserGaveUp(language: language) }
        return TreeDiff.Tree(treeSitter: tree, source: source, language: language)
    }

    /// Reduces a tree-sitter tree of `source`'s body. Declarations are the node types of the
    /// language's outline rules, named as the outline names them.
    public init(treeSitter tree: TreeSitter.Tree, source: SourceText, language: String,
                rules: OutlineRules? = nil) {
        let rules = rules ?? OutlineRules.builtIn[language]
        var adapter = TreeSitterAdapter(source: source, rules: rules)
        self = adapter.build(tree.rootNode, language: language)
    }
}

/// Why a tree could not be built.
public enum TreeDiffError: Error, Equatable, Sendable, CustomStringConvertible {
    case parserGaveUp(language: String)

    public var description: String {
        switch self {
        case .parserGaveUp(let language): "the \(language) parser gave up on the file"
        }
    }
}

/// Walks a tree-sitter tree with a cursor and feeds a ``TreeBuilder``.
private struct TreeSitterAdapter {
    let source: SourceText
    let body: [UInt8]
    let rules: OutlineRules?
    var builder = TreeBuilder()
    /// What each grammar symbol becomes, worked out once per symbol.
    var symbols: [UInt16: SymbolInfo] = [:]
    /// For each open node, whether it is a function (its locals are not declarations).
    var functionFlags: [Bool] = []
    var functionDepth = 0

    /// What a leaf becomes.
    enum Role { case namedLeaf, keyword, operatorToken, delimiter }

    struct SymbolInfo {
        var type: String
        var typeKey: UInt64
        var tokenRole: Role
    }

    init(source: SourceText, rules: OutlineRules?) {
        self.source = source
        self.body = source.parseableBytes
        self.rules = rules
    }

    mutating func build(_ root: Node, language: String) -> TreeDiff.Tree {
        builder.reserve(max(16, body.count / 4))
        builder.open(type: TreeDiff.Tree.documentType, range: root.byteRange, declarationName: nil)
        functionFlags.append(false)
        let cursor = root.walk()
        var descend = enter(cursor.currentNode)
        walk: while true {
            if descend && cursor.gotoFirstChild() {
                descend = enter(cursor.currentNode)
                continue
            }
            if descend { leave() }
            while !cursor.gotoNextSibling() {
                guard cursor.gotoParent() else { break walk }
                leave()
            }
            descend = enter(cursor.currentNode)
        }
        leave()
        return builder.finish(source: source, language: language, isCollapsed: false)
    }

    /// Adds the node; true when it was opened and its children are to be visited.
    private mutating func enter(_ node: Node) -> Bool {
        let range = node.byteRange
        if range.isEmpty { return false }  // MISSING nodes and empty rules: nothing in the text
        let info = symbolInfo(node)
        // A comment is text: some grammars give it children (Rust's `//` and `/*` tokens) that
        // leave the words out, so it is kept whole as one leaf.
        if node.childCount > 0 && !(node.isNamed && info.type.hasSuffix("comment")) {
            var name: String?
            var isFunction = false
            if let rule = rules?.rules[info.type], applies(rule, parentType: builder.currentType) {
                name = declarationName(rule.name, of: node) ?? node.child(byField: "name").map(text) ?? ""
                isFunction = rule.isFunction
            }
            builder.open(type: info.type, typeKey: info.typeKey, range: range, declarationName: name)
            functionFlags.append(isFunction)
            if isFunction { functionDepth += 1 }
            return true
        }
        switch info.tokenRole {
        case .delimiter:
            builder.drop(text(node))
        case .keyword:
            builder.leaf(type: "keyword", typeKey: TreeDiff.keywordKey, label: text(node), range: range)
        case .operatorToken:
            builder.leaf(type: "operator", typeKey: TreeDiff.operatorKey, label: text(node), range: range)
        case .namedLeaf:
            let name = rules?.rules[info.type].map { _ in text(node) }
            builder.leaf(type: info.type, typeKey: info.typeKey, label: text(node), range: range, declarationName: name)
        }
        return false
    }

    private mutating func leave() {
        builder.close()
        if functionFlags.removeLast() { functionDepth -= 1 }
    }

    private func applies(_ rule: OutlineRules.Rule, parentType: String?) -> Bool {
        if let parents = rule.parents, !parents.contains(parentType ?? "") { return false }
        if rule.outsideFunctionsOnly && functionDepth > 0 { return false }
        return true
    }

    private mutating func symbolInfo(_ node: Node) -> SymbolInfo {
        let symbol = node.symbol
        if let known = symbols[symbol] { return known }
        let type = node.type
        let role: Role
        if node.isNamed {
            role = .namedLeaf
        } else if type.allSatisfy({ TreeDiff.delimiterCharacters.contains($0) || $0.isWhitespace }) {
            role = .delimiter
        } else if let first = type.first, first.isLetter || first == "_" || first == "#" || first == "@" {
            role = .keyword
        } else {
            role = .operatorToken
        }
        let info = SymbolInfo(type: type, typeKey: StableHash.of(type), tokenRole: role)
        symbols[symbol] = info
        return info
    }

    private func text(_ node: Node) -> String {
        let range = node.byteRange.clamped(to: 0..<body.count)
        return String(decoding: body[range], as: UTF8.self)
    }

    private func declarationName(_ name: OutlineRules.Name, of node: Node) -> String? {
        switch name {
        case .field(let field):
            return node.child(byField: field).map { shortened(text($0)) }
        case .declarator(let field):
            guard var current = node.child(byField: field) else { return nil }
            while let inner = current.child(byField: "declarator") { current = inner }
            return shortened(text(current))
        case .firstChild(let types):
            return node.namedChildren.first { types.contains($0.type) }.map { shortened(text($0)) }
        case .typeName(let field):
            guard let holder = node.child(byField: field) else { return nil }
            return firstTypeIdentifier(in: holder).map(text) ?? shortened(text(holder))
        }
    }

    private func firstTypeIdentifier(in node: Node) -> Node? {
        if node.type == "type_identifier" { return node }
        for child in node.namedChildren {
            if let found = firstTypeIdentifier(in: child) { return found }
        }
        return nil
    }

    /// A name fit for one line: the first line of a long left-hand side, at most 60 characters.
    private func shortened(_ text: String) -> String {
        let line = text.prefix { $0 != "\n" && $0 != "\r" }
        return line.count > 60 ? String(line.prefix(60)) + "…" : String(line)
    }
}

extension TreeDiff {
    /// Characters of tokens that structure alone implies; a token made only of these is dropped.
    static let delimiterCharacters: Set<Character> = ["(", ")", "[", "]", "{", "}", ",", ";", "'", "\"", "`"]
    static let keywordKey = StableHash.of("keyword")
    static let operatorKey = StableHash.of("operator")
}
